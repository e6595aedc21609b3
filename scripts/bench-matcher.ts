/**
 * `npm run bench`: matcher throughput, measured side by side with two baselines in one run.
 *
 * Builds a deterministic 20 MB synthetic CI log (go build/test noise with errors planted from the
 * catalog's examples), then reports MB/s (10^6 bytes) for:
 *   - the matcher (literal prefilter + per-line confirmation),
 *   - a naive loop running every compiled pattern over the whole text,
 *   - `grep -E -c -f` with the catalog's patterns converted to POSIX ERE (whole process),
 * plus the time to match a 100 KB paste. Median of 5 runs after a warm-up.
 * Options: --mb N (log size, default 20), --runs N (default 5).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../src/lib/catalog/load-node.ts';
import { compile } from '../src/lib/matcher/index.ts';
import { seededRandom as rng } from './lib/seeded-random.ts';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '20' }, runs: { type: 'string', default: '5' } } });
const targetBytes = Number(values.mb) * 1e6;
const runs = Number(values.runs);

const catalog = loadCatalog();
const matcher = compile(catalog);

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
    const line = r() < 0.0005 ? examples[Math.floor(r() * examples.length)] : FILLER[Math.floor(r() * FILLER.length)](r);
    if (line.includes('\n') || examples.includes(line)) planted++;
    lines.push(line);
    bytes += line.length + 1;
  }
  return { text: lines.join('\n') + '\n', planted };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  return median(ts);
}

/** JS regex source -> POSIX ERE for GNU grep (approximate: lookarounds are dropped). */
function toEre(source: string): string {
  return source
    .replace(/\(\?<[!=][^()]*(?:\([^()]*\)[^()]*)*\)/g, '') // lookbehinds
    .replace(/\(\?[!=][^()]*(?:\([^()]*\)[^()]*)*\)/g, '') // lookaheads
    .replace(/\(\?<\w+>/g, '(')
    .replace(/\(\?:/g, '(')
    .replace(/\\d/g, '[0-9]')
    .replace(/\[(\^?)([^\][]*)\]/g, (_m, neg: string, body: string) => `[${neg}${body.replace(/\\s/g, '[:space:]').replace(/\\w/g, '[:alnum:]_').replace(/\\\\/g, '\\\\')}]`)
    .replace(/\\s/g, '[[:space:]]')
    .replace(/\\w/g, '[[:alnum:]_]')
    .replace(/\\\//g, '/');
}

const { text, planted } = buildLog();
const mb = text.length / 1e6;
const dir = mkdtempSync(join(tmpdir(), 'bench-matcher-'));
const logFile = join(dir, 'ci.log');
const ereFile = join(dir, 'patterns.ere');
writeFileSync(logFile, text);
writeFileSync(ereFile, matcher.patterns.map((p) => toEre(p.source)).join('\n') + '\n');
// GNU grep turns bounded repeats such as {1,400} into very large automata; a second baseline
// relaxes them to + (which matches more), the way grep patterns are usually written.
const relaxedFile = join(dir, 'patterns-relaxed.ere');
writeFileSync(relaxedFile, matcher.patterns.map((p) => toEre(p.source).replace(/\{1,\d+\}/g, '+').replace(/\{0,\d+\}/g, '*')).join('\n') + '\n');

const found = matcher.match(text);
const tMatcher = time(() => matcher.match(text));

const naive = matcher.patterns.map((p) => new RegExp(p.source, `${p.flags}gm`));
const tNaive = time(() => {
  let n = 0;
  for (const re of naive) for (const _m of text.matchAll(re)) n++;
  return n;
});

let grepHits = -1;
const tGrep = time(() => {
  const r = spawnSync('grep', ['-E', '-c', '-f', ereFile, logFile], { env: { ...process.env, LC_ALL: 'C' }, encoding: 'utf8' });
  grepHits = Number(r.stdout.trim());
});

let relaxedHits = -1;
const tGrepRelaxed = time(() => {
  const r = spawnSync('grep', ['-E', '-c', '-f', relaxedFile, logFile], { env: { ...process.env, LC_ALL: 'C' }, encoding: 'utf8' });
  relaxedHits = Number(r.stdout.trim());
});

const paste = text.slice(0, 100_000);
const tPaste = time(() => matcher.match(paste));

const rate = (ms: number) => (mb / (ms / 1000)).toFixed(1);
console.log(`log: ${mb.toFixed(1)} MB, ${text.split('\n').length} lines, ${planted} planted errors; ${matcher.patterns.length} patterns from ${catalog.length} pages`);
console.log(`matcher found ${found.length} distinct pages (${found.reduce((n, d) => n + d.occurrences.length, 0)} lines); grep -E counted ${grepHits} lines (${relaxedHits} with relaxed bounds)`);
console.log('');
console.log('approach                          median ms    MB/s');
console.log(`matcher (prefilter + confirm)     ${tMatcher.toFixed(0).padStart(9)}  ${rate(tMatcher).padStart(6)}`);
console.log(`naive loop over all patterns      ${tNaive.toFixed(0).padStart(9)}  ${rate(tNaive).padStart(6)}`);
console.log(`LC_ALL=C grep -E -c -f (process)  ${tGrep.toFixed(0).padStart(9)}  ${rate(tGrep).padStart(6)}`);
console.log(`  same, bounds relaxed to +        ${tGrepRelaxed.toFixed(0).padStart(9)}  ${rate(tGrepRelaxed).padStart(6)}`);
console.log('');
console.log(`matcher / grep speed ratio: ${(tGrep / tMatcher).toFixed(2)} (target >= 1); against relaxed grep: ${(tGrepRelaxed / tMatcher).toFixed(2)}`);
console.log(`matcher / naive speed ratio: ${(tNaive / tMatcher).toFixed(1)}`);
console.log(`100 KB paste: ${tPaste.toFixed(2)} ms (target < 10 ms)`);
