/**
 * `npm run bench`: the matching engine measured against baselines, from one run on one file.
 *
 * Builds a deterministic synthetic CI log (go build/test noise, errors planted from the
 * catalog's examples; 50 MB by default) and reports:
 *   - end to end, each command run as a process (median of --runs, interleaved so that all see
 *     the same machine load): the triage CLI (--json), `LC_ALL=C grep -E -c -f` with 40 plain
 *     patterns (catalog literals), `rg -c -f` with the same patterns when ripgrep is installed,
 *     and the previous engine (tests/reference-engine, whole file as one string);
 *     wall time and CPU time (user + sys) for each, and the CLI / grep ratios;
 *   - in-process throughput of Matcher.match on the log's bytes with the real catalog and with
 *     synthetic catalogs 2x and 4x its size (each page copied with its literal text rotated, so
 *     every copy adds new literals);
 *   - peak RSS of the CLI on a 400 MB log (the 50 MB log 8 times);
 *   - start-up: the CLI on an empty input.
 * Options: --mb N (log size, default 50), --runs N (default 5), --json (one JSON object),
 * --no-big (skip the 400 MB log). Not a test: the machine's load shows in the figures.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../src/lib/catalog/load-node.ts';
import { toMatcherEntry } from '../src/lib/compiled-catalog/compiled-catalog.ts';
import { compile, loadMatcher, type MatcherEntry } from '../src/lib/matcher/index.ts';
import { loadCompiledCatalog } from '../src/cli/catalog-file.ts';
import { seededRandom as rng } from './lib/seeded-random.ts';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '50' },
    runs: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    'no-big': { type: 'boolean', default: false },
  },
});
const targetBytes = Number(values.mb) * 1e6;
const runs = Number(values.runs);
const root = fileURLToPath(new URL('../', import.meta.url));
const log = (s: string) => {
  if (!values.json) console.log(s);
};

const catalog = loadCatalog();
const compiled = await loadCompiledCatalog();
const matcher = loadMatcher(compiled);

const FILLER = [
  (r: () => number) => `go: downloading github.com/example/mod${Math.floor(r() * 500)} v1.${Math.floor(r() * 20)}.${Math.floor(r() * 9)}`,
  (r: () => number) => `ok  \texample.com/service/pkg${Math.floor(r() * 300)}\t${(r() * 3).toFixed(3)}s`,
  (r: () => number) => `=== RUN   TestHandler${Math.floor(r() * 900)}/case_${Math.floor(r() * 50)}`,
  (r: () => number) => `--- PASS: TestHandler${Math.floor(r() * 900)} (0.${Math.floor(r() * 99)}s)`,
  (r: () => number) => `2026-05-13T10:22:${String(Math.floor(r() * 60)).padStart(2, '0')}.1234567Z #12 ${(r() * 100).toFixed(3)} compiling module ${Math.floor(r() * 1e6)}`,
  () => '# example.com/service/internal/store',
  (r: () => number) => `mkdir -p $WORK/b${String(Math.floor(r() * 999)).padStart(3, '0')}/`,
  (r: () => number) => `/usr/lib/go-1.23/pkg/tool/linux_amd64/compile -o $WORK/b${Math.floor(r() * 999)}/_pkg_.a -trimpath "$WORK/b001=>" -p main -lang=go1.23 -complete -buildid abc/def -goversion go1.23.5 -c=4 -nolocalimports -importcfg $WORK/b001/importcfg -pack ./main.go`,
  (r: () => number) => `    main_test.go:${Math.floor(r() * 400)}: request ${Math.floor(r() * 1e5)} returned status 200 in ${Math.floor(r() * 90)}ms`,
  () => 'PASS',
];

function buildLog(): { text: string; planted: number } {
  const r = rng(42);
  const examples = catalog.flatMap((e) => e.examples.map((x) => x.text.trimEnd()));
  const lines: string[] = [];
  let bytes = 0;
  let planted = 0;
  while (bytes < targetBytes) {
    const planting = r() < 0.0005;
    const line = planting ? examples[Math.floor(r() * examples.length)] : FILLER[Math.floor(r() * FILLER.length)](r);
    if (planting) planted++;
    lines.push(line);
    bytes += line.length + 1;
  }
  return { text: lines.join('\n') + '\n', planted };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Timing {
  wall: number;
  cpu: number;
  rssKb: number;
  stdout: string;
}

/** Run a command under GNU time: wall and CPU seconds, peak RSS. */
function timed(cmd: string[], input?: string): Timing {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...cmd], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
    input,
    maxBuffer: 1 << 26,
  });
  const last = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall: last[0], cpu: last[1] + last[2], rssKb: last[3], stdout: r.stdout };
}

/** Each command `runs` times, interleaved; medians. */
function race(cmds: Record<string, string[]>): Record<string, Timing & { walls: number[] }> {
  const all: Record<string, Timing[]> = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  for (const c of Object.values(cmds)) timed(c); // warm-up (page cache, compile cache)
  for (let i = 0; i < runs; i++) for (const [k, c] of Object.entries(cmds)) all[k].push(timed(c));
  return Object.fromEntries(
    Object.entries(all).map(([k, ts]) => [
      k,
      { wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)), rssKb: Math.max(...ts.map((t) => t.rssKb)), stdout: ts[0].stdout, walls: ts.map((t) => t.wall) },
    ]),
  );
}

/** A copy of a page whose literal text is rotated (letters outside holes), so it adds new literals. */
function rotated(e: MatcherEntry, k: number): MatcherEntry {
  const rot = (s: string) =>
    s.replace(/\{[^{}]*\}|\[\[|\]\]|[a-z]/gi, (m) => {
      if (m.length > 1) return m;
      const base = m <= 'Z' ? 65 : 97;
      return String.fromCharCode(((m.charCodeAt(0) - base + 7 * k) % 26) + base);
    });
  return { ...e, slug: `${e.slug}-x${k}`, messages: e.messages.map((m) => ({ ...m, text: rot(m.text) })), codes: [], supersedes: [] };
}

function inProcess(m: { match(b: Uint8Array): unknown }, bytes: Uint8Array): { ms: number; cpuMs: number } {
  m.match(bytes);
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    m.match(bytes);
    walls.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpus.push((u.user + u.system) / 1000);
  }
  return { ms: median(walls), cpuMs: median(cpus) };
}

const dir = mkdtempSync(join(tmpdir(), 'bench-matcher-'));
const { text, planted } = buildLog();
const bytes = Buffer.from(text);
const mb = bytes.length / 1e6;
const logFile = join(dir, 'ci.log');
writeFileSync(logFile, bytes);

// 40 plain patterns for grep and rg: distinct catalog literals, escaped.
const literals = [...new Set(compiled.patterns.map((p) => p.literal))].slice(0, 40);
const patternsFile = join(dir, 'patterns.txt');
writeFileSync(patternsFile, literals.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\n') + '\n');

const node = process.execPath;
const cli = [node, join(root, 'bin/go-native-errors.mjs'), '--json', logFile];
const cmds: Record<string, string[]> = {
  cli,
  grep: ['grep', '-E', '-c', '-f', patternsFile, logFile],
  previous: [node, join(root, 'scripts/bench-reference-cli.ts'), logFile],
};
const hasRg = spawnSync('rg', ['--version']).status === 0;
if (hasRg) cmds.rg = ['rg', '-c', '-f', patternsFile, logFile];
log(`log: ${mb.toFixed(1)} MB, ${text.split('\n').length - 1} lines, ${planted} planted errors; ${compiled.patterns.length} patterns from ${compiled.entries.length} pages; ${runs} runs each`);
const e2e = race(cmds);
const found = JSON.parse(e2e.cli.stdout).matches.length;

// In process: the real catalog, then 2x and 4x.
const real = catalog.map(toMatcherEntry);
const scaled = [1, 2, 4].map((n) => {
  const entries = n === 1 ? real : [...real, ...Array.from({ length: n - 1 }, (_, k) => real.map((e) => rotated(e, k + 1))).flat()];
  const m = n === 1 ? matcher : compile(entries);
  return { size: n, patterns: m.patterns.length, ...inProcess(m, bytes) };
});

// Start-up: an empty input.
writeFileSync(join(dir, 'empty.log'), '');
const startup = race({ empty: [node, join(root, 'bin/go-native-errors.mjs'), join(dir, 'empty.log')] });

// Peak RSS on a 400 MB log.
let big: Timing | undefined;
if (!values['no-big']) {
  const bigFile = join(dir, 'big.log');
  for (let i = 0; i < Math.ceil(400 / mb); i++) appendFileSync(bigFile, bytes);
  big = timed([node, join(root, 'bin/go-native-errors.mjs'), '--json', bigFile]);
  big = { ...big, stdout: '' };
  rmSync(bigFile);
}

const rate = (seconds: number) => mb / seconds;
const figures = {
  log: { mb: Number(mb.toFixed(1)), planted, pagesFound: found, patterns: compiled.patterns.length, pages: compiled.entries.length },
  endToEnd: Object.fromEntries(Object.entries(e2e).map(([k, t]) => [k, { wallS: t.wall, cpuS: Number(t.cpu.toFixed(2)), mbPerS: Number(rate(t.wall).toFixed(0)), rssMb: Math.round(t.rssKb / 1024) }])),
  ratios: {
    cliVsGrepWall: Number((e2e.cli.wall / e2e.grep.wall).toFixed(2)),
    cliVsGrepCpu: Number((e2e.cli.cpu / e2e.grep.cpu).toFixed(2)),
    ...(hasRg ? { cliVsRgWall: Number((e2e.cli.wall / e2e.rg.wall).toFixed(2)) } : {}),
    cliVsPreviousWall: Number((e2e.cli.wall / e2e.previous.wall).toFixed(2)),
  },
  inProcess: scaled.map((s) => ({ catalog: `${s.size}x`, patterns: s.patterns, ms: Math.round(s.ms), cpuMs: Math.round(s.cpuMs), mbPerS: Math.round(mb / (s.ms / 1000)), cpuMbPerS: Math.round(mb / (s.cpuMs / 1000)) })),
  scaling4xVs1x: Number((scaled[2].cpuMs / scaled[0].cpuMs).toFixed(2)),
  startupEmptyInput: { wallS: startup.empty.wall, cpuS: Number(startup.empty.cpu.toFixed(2)) },
  ...(big ? { big400: { wallS: big.wall, cpuS: Number(big.cpu.toFixed(2)), peakRssMb: Math.round(big.rssKb / 1024) } } : {}),
};
rmSync(dir, { recursive: true, force: true });

if (values.json) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  log(`the CLI found ${found} pages\n`);
  log('end to end (process)           wall s   cpu s    MB/s  peak RSS MB');
  for (const [k, t] of Object.entries(figures.endToEnd)) log(`${k.padEnd(30)} ${t.wallS.toFixed(2).padStart(6)}  ${t.cpuS.toFixed(2).padStart(6)}  ${String(t.mbPerS).padStart(6)}  ${String(t.rssMb).padStart(6)}`);
  log(`\nCLI / grep -E (40 patterns): ${figures.ratios.cliVsGrepWall} wall, ${figures.ratios.cliVsGrepCpu} CPU (target <= 1.0)`);
  if (hasRg) log(`CLI / rg: ${figures.ratios.cliVsRgWall} wall`);
  log(`CLI / previous engine: ${figures.ratios.cliVsPreviousWall} wall\n`);
  log('in process, Matcher.match(bytes)  patterns     ms  cpu ms   MB/s  cpu MB/s');
  for (const s of figures.inProcess) log(`catalog ${s.catalog.padEnd(25)} ${String(s.patterns).padStart(8)} ${String(s.ms).padStart(6)} ${String(s.cpuMs).padStart(7)} ${String(s.mbPerS).padStart(6)} ${String(s.cpuMbPerS).padStart(9)}`);
  log(`4x catalog CPU time / 1x: ${figures.scaling4xVs1x} (target <= 1.2)\n`);
  log(`start-up, empty input: ${figures.startupEmptyInput.wallS.toFixed(2)} s wall, ${figures.startupEmptyInput.cpuS.toFixed(2)} s CPU (target < 0.15 s wall)`);
  if (figures.big400) log(`400 MB log: ${figures.big400.wallS.toFixed(1)} s wall, ${figures.big400.cpuS.toFixed(1)} s CPU, peak RSS ${figures.big400.peakRssMb} MB (target <= 300 MB)`);
}
if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
