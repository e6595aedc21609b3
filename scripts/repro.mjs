#!/usr/bin/env node
// Reproduction lab runner. See repro/README.md.
//
//   node scripts/repro.mjs [--check] [--keep] [slug...]
//
// Without --check: runs every case (or the named ones) twice in fresh temp
// dirs, checks that the two normalised outputs are identical, and writes
// repro/<slug>/expected*.txt plus repro/fixtures.json.
// With --check: runs each case once and compares with the stored files;
// exit 1 on any mismatch or failure, 0 when everything that ran matched.
// Exit 2 on usage errors. Installs nothing.

import { parseArgs } from 'node:util';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPRO = path.join(ROOT, 'repro');

// ---------------------------------------------------------------- arguments
let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (err) {
  console.error(`repro: ${err.message}`);
  usage(2);
}
if (args.values.help) usage(0);

function usage(code) {
  (code ? console.error : console.log)(
    'usage: node scripts/repro.mjs [--check] [--keep] [slug...]\n' +
      '  (no flag)  run cases twice, write repro/<slug>/expected*.txt and repro/fixtures.json\n' +
      '  --check    run cases once, compare with the stored expected*.txt (exit 1 on mismatch)\n' +
      '  --keep     keep the temporary directories (printed) for debugging',
  );
  process.exit(code);
}

// ---------------------------------------------------------------- toolchains
const GO_TOOLCHAINS = {
  'go1.19': { env: 'GO119', bin: '/usr/lib/go-1.19/bin/go', pkg: 'golang-1.19-go', backports: false },
  'go1.21': { env: 'GO121', bin: '/usr/lib/go-1.21/bin/go', pkg: 'golang-1.21-go', backports: true },
  'go1.22': { env: 'GO122', bin: '/usr/lib/go-1.22/bin/go', pkg: 'golang-1.22-go', backports: true },
  'go1.23': { env: 'GO123', bin: '/usr/lib/go-1.23/bin/go', pkg: 'golang-1.23-go', backports: true },
};
// "needs" names -> how to detect them, and the Debian package that provides them.
const NEEDS = {
  gcc: { pkg: 'gcc', test: () => which('gcc') },
  'gcc-multilib': { pkg: 'gcc-multilib', test: () => canCompile32() },
  'musl-gcc': { pkg: 'musl-tools', test: () => which('musl-gcc') && fs.existsSync('/lib/ld-musl-x86_64.so.1') },
  patchelf: { pkg: 'patchelf', test: () => which('patchelf') },
  file: { pkg: 'file', test: () => which('file') },
  bash: { pkg: 'bash', test: () => which('bash') },
  dash: { pkg: 'dash', test: () => which('dash') },
};

function which(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}
let multilibResult;
function canCompile32() {
  if (multilibResult !== undefined) return multilibResult;
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-m32-'));
  fs.writeFileSync(path.join(d, 'a.c'), 'int main(void){return 0;}\n');
  multilibResult =
    which('gcc') && spawnSync('gcc', ['-m32', '-o', path.join(d, 'a'), path.join(d, 'a.c')]).status === 0;
  fs.rmSync(d, { recursive: true, force: true });
  return multilibResult;
}

function firstLine(cmd, argv) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout) return null;
  return r.stdout.split('\n')[0].trim();
}

const present = {};
for (const [name, t] of Object.entries(GO_TOOLCHAINS)) {
  if (fs.existsSync(t.bin)) {
    const v = firstLine(t.bin, ['version']); // "go version go1.23.5 linux/amd64"
    const m = v && v.match(/go version (go\S+) (\S+)/);
    if (m) present[name] = { ...t, version: m[1], platform: m[2] };
  }
}
const needsOk = {};
for (const [name, n] of Object.entries(NEEDS)) needsOk[name] = !!n.test();

function systemString() {
  let distro = 'Linux';
  try {
    const osr = fs.readFileSync('/etc/os-release', 'utf8');
    const id = osr.match(/^NAME="?([^"\n]+)"?/m)?.[1]?.split(' ')[0] ?? 'Linux';
    const ver = osr.match(/^VERSION_ID="?([^"\n]+)"?/m)?.[1] ?? '';
    distro = `${id} ${ver}`.trim();
  } catch {}
  const ldd = firstLine('ldd', ['--version']) || '';
  const g = ldd.match(/\b(\d+\.\d+)\s*$/);
  return g ? `${distro} (glibc ${g[1]})` : distro;
}
const SYSTEM = systemString();
const GCC_VERSION = (() => {
  const l = firstLine('gcc', ['-dumpfullversion']);
  return l ? `gcc ${l}` : null;
})();
const MUSL_VERSION = (() => {
  const r = spawnSync('/lib/ld-musl-x86_64.so.1', [], { encoding: 'utf8' });
  const m = (r.stderr || '').match(/Version (\S+)/);
  return m ? `musl ${m[1]}` : null;
})();

// ---------------------------------------------------------------- cases
function loadCases() {
  const cases = [];
  for (const d of fs.readdirSync(REPRO, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const f = path.join(REPRO, d.name, 'case.json');
    if (!fs.existsSync(f)) continue;
    let c;
    try {
      c = JSON.parse(fs.readFileSync(f, 'utf8'));
    } catch (err) {
      throw new Error(`${f}: ${err.message}`);
    }
    validateCase(c, d.name, f);
    cases.push({ ...c, dir: path.join(REPRO, d.name) });
  }
  return cases.sort((a, b) => a.slug.localeCompare(b.slug));
}

function validateCase(c, dirName, f) {
  const bad = (msg) => {
    throw new Error(`${f}: ${msg}`);
  };
  if (c.slug !== dirName) bad(`slug "${c.slug}" must equal the folder name "${dirName}"`);
  if (!Array.isArray(c.toolchains)) bad('toolchains must be an array');
  for (const t of c.toolchains) if (!GO_TOOLCHAINS[t]) bad(`unknown toolchain ${t}`);
  for (const n of c.needs ?? []) if (!NEEDS[n]) bad(`unknown need ${n}`);
  if (!Array.isArray(c.steps) || !c.steps.length) bad('steps must be a non-empty array');
  for (const s of c.steps) {
    if (typeof s.run !== 'string') bad('every step needs a "run" string');
    if (typeof s.expectFail !== 'boolean') bad('every step needs "expectFail": true|false');
    if (isCaptured(s) && typeof s.expect !== 'string') bad('every captured step needs an "expect" substring');
  }
  if (!c.steps.some(isCaptured)) bad('no step is captured');
  for (const name of Object.values(c.shared ?? {})) {
    if (!fs.existsSync(path.join(REPRO, '_shared', String(name)))) bad(`shared folder repro/_shared/${name} does not exist`);
  }
}

const isCaptured = (s) => (s.capture ?? s.expectFail) === true;
const outputOf = (s) => s.output ?? 'expected.txt';

// ---------------------------------------------------------------- running
function runShell(cmd, cwd, env, timeoutMs) {
  return new Promise((resolve) => {
    const outFile = path.join(cwd, '.repro-step-output');
    const fd = fs.openSync(outFile, 'w');
    // stdout and stderr share one file descriptor, so the order is the real one.
    const child = spawn('sh', ['-c', cmd], { cwd, env, stdio: ['ignore', fd, fd], detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid, 'SIGKILL'); // stray background children of the step
      } catch {}
      fs.closeSync(fd);
      const out = fs.readFileSync(outFile, 'utf8');
      fs.rmSync(outFile, { force: true });
      resolve({ code: code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : -1), signal, timedOut, out });
    });
  });
}

function copyCase(src, dst) {
  for (const e of fs.readdirSync(src, { withFileTypes: true })) {
    if (/^expected.*\.txt$/.test(e.name)) continue;
    const s = path.join(src, e.name);
    const d = path.join(dst, e.name);
    if (e.isDirectory()) {
      fs.mkdirSync(d);
      copyCase(s, d);
    } else fs.copyFileSync(s, d);
  }
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Replace volatile parts with stable placeholders. Deliberately does NOT touch
// versions, symbol names, error numbers or file names.
function normalise(text, tmpPaths) {
  let t = text.replace(/\r\n/g, '\n');
  for (const p of tmpPaths) t = t.replace(new RegExp(escapeRe(p), 'g'), '$TMP');
  t = t
    .replace(/\$TMP\/\.tmp\/go-build\d+/g, '$WORK') // go command work dir (GOTMPDIR)
    .replace(/\/tmp\/go-build\d+/g, '$WORK')
    .replace(/\$TMP\/\.tmp\/go-link-\d+/g, '$LINKTMP') // cmd/link temp dir (TMPDIR)
    .replace(/\/tmp\/go-link-\d+/g, '$LINKTMP')
    .replace(/\$TMP\/\.tmp\/cc[A-Za-z0-9]{6}\b/g, '$TMP/.tmp/ccXXXXXX') // gcc temp files
    .replace(/0x[0-9a-fA-F]+/g, '0xADDR') // addresses, pc offsets
    .replace(/\bgoroutine \d+/g, 'goroutine N')
    .replace(/\bgp=0xADDR m=\d+/g, 'gp=0xADDR m=N')
    .replace(/\b(pid|PID)([=: ]+)\d+/g, '$1$2PID')
    .replace(/\b\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\b/g, 'YYYY/MM/DD hh:mm:ss') // log timestamps
    .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?/g, 'YYYY-MM-DDThh:mm:ss')
    .replace(/-buildid=\S+/g, '-buildid=BUILDID')
    .replace(/(\t)\d+\.\d+s$/gm, '$1N.NNNs'); // go test durations
  // A runtime throw dumps every goroutine; the background ones (finalizer, GC workers) change
  // state from run to run, so only the running goroutine's stack is kept.
  t = t
    .split('\n\n')
    .filter((block) => !/^goroutine N [^\n[]*\[(?!running\])[^\]\n]*\]:/.test(block))
    .join('\n\n');
  return t;
}

async function runCase(c) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `repro-${c.slug}-`));
  const real = fs.realpathSync(tmp);
  copyCase(c.dir, real);
  // Files several cases share (the plugin host) live once in repro/_shared/<name>/ and are
  // copied into the case's folder: "shared": { "host": "plugin-host" }.
  for (const [into, name] of Object.entries(c.shared ?? {})) {
    fs.mkdirSync(path.join(real, into), { recursive: true });
    copyCase(path.join(REPRO, '_shared', name), path.join(real, into));
  }
  for (const d of ['.tmp', '.cache', '.gopath', '.home']) fs.mkdirSync(path.join(real, d));
  // Go 1.23 telemetry: turn it off up front, otherwise the go command starts a
  // background uploader that keeps writing into $HOME after the step ends.
  const tel = path.join(real, '.home', '.config', 'go', 'telemetry');
  fs.mkdirSync(tel, { recursive: true });
  fs.writeFileSync(path.join(tel, 'mode'), 'off 2006-01-02\n');
  const env = {
    PATH: process.env.PATH || '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: path.join(real, '.home'),
    XDG_CONFIG_HOME: path.join(real, '.home', '.config'),
    TMPDIR: path.join(real, '.tmp'),
    GOTMPDIR: path.join(real, '.tmp'),
    GOCACHE: path.join(real, '.cache'),
    GOPATH: path.join(real, '.gopath'),
    GOENV: 'off',
    GOFLAGS: '',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    LC_ALL: 'C',
    LANG: 'C',
    TMP: real,
  };
  for (const t of Object.values(present)) env[t.env] = t.bin;
  if (c.toolchains[0]) env.GO = present[c.toolchains[0]].bin;
  const timeoutMs = (c.timeoutSeconds ?? 120) * 1000;
  const outputs = new Map(); // file -> { text, commands: [{run, code}] }
  let failure = null;
  for (const [i, s] of c.steps.entries()) {
    const r = await runShell(s.run, real, env, timeoutMs);
    const out = normalise(r.out, [real, tmp]);
    const failed = r.code !== 0;
    if (r.timedOut) {
      failure = `step ${i + 1} timed out after ${c.timeoutSeconds ?? 120}s: ${s.run}\n${indent(out)}`;
      break;
    }
    if (failed !== s.expectFail) {
      failure =
        `step ${i + 1} ${s.expectFail ? 'was expected to fail but exited 0' : `failed (exit ${r.code})`}: ${s.run}\n` +
        indent(out);
      break;
    }
    if (s.expect && !out.includes(s.expect)) {
      failure = `step ${i + 1}: output does not contain ${JSON.stringify(s.expect)}: ${s.run}\n${indent(out)}`;
      break;
    }
    if (isCaptured(s)) {
      const f = outputOf(s);
      if (!outputs.has(f)) outputs.set(f, { text: '', commands: [] });
      const o = outputs.get(f);
      o.text += out;
      o.commands.push({ run: s.run, code: r.code });
    }
  }
  if (args.values.keep) console.log(`  kept ${real}`);
  else removeTree(real);
  return { failure, outputs };
}

function removeTree(dir) {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch {
    if (spawnSync('rm', ['-rf', dir]).status !== 0) console.log(`  warning: could not remove ${dir}`);
  }
}

function indent(s) {
  return s
    .trimEnd()
    .split('\n')
    .map((l) => `    | ${l}`)
    .join('\n');
}

function toolchainLabel(c, file) {
  const tcs = c.outputs?.[file]?.toolchains ?? c.toolchains;
  if (tcs.length) return tcs.map((t) => present[t].version).join(', ');
  const needs = c.needs ?? [];
  if (needs.includes('musl-gcc') && MUSL_VERSION) return `none (${GCC_VERSION}, ${MUSL_VERSION})`;
  return `none (${GCC_VERSION ?? 'no C compiler'})`;
}

function render(c, file, o) {
  const tcs = c.outputs?.[file]?.toolchains ?? c.toolchains;
  const lines = [
    `# repro: ${c.slug}${file === 'expected.txt' ? '' : ` (${file})`}`,
    `# toolchain: ${toolchainLabel(c, file)}`,
    ...tcs.map((t) => `# ${GO_TOOLCHAINS[t].env}=${present[t].bin} (${present[t].version} ${present[t].platform})`),
    `# system: ${SYSTEM}`,
    ...o.commands.map((cmd) => `# command: ${cmd.run}  [exit ${cmd.code}]`),
    '# ---',
  ];
  let body = o.text;
  if (body && !body.endsWith('\n')) body += '\n';
  return lines.join('\n') + '\n' + body;
}

function diffish(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out = [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n && out.length < 40; i++) {
    if (a[i] !== b[i]) {
      if (a[i] !== undefined) out.push(`    ${i + 1}- ${a[i]}`);
      if (b[i] !== undefined) out.push(`    ${i + 1}+ ${b[i]}`);
    }
  }
  return out.join('\n');
}

function aptHelp(missingTcs, missingNeeds) {
  const lines = [];
  const std = missingTcs.filter((t) => !GO_TOOLCHAINS[t].backports).map((t) => GO_TOOLCHAINS[t].pkg);
  std.push(...new Set(missingNeeds.map((n) => NEEDS[n].pkg)));
  const bpo = missingTcs.filter((t) => GO_TOOLCHAINS[t].backports).map((t) => GO_TOOLCHAINS[t].pkg);
  if (bpo.length) {
    lines.push(
      "  echo 'deb http://deb.debian.org/debian bookworm-backports main' > /etc/apt/sources.list.d/backports.list",
    );
  }
  lines.push('  apt-get update');
  if (std.length) lines.push(`  apt-get install -y ${[...new Set(std)].join(' ')}`);
  if (bpo.length) lines.push(`  apt-get install -y -t bookworm-backports ${bpo.join(' ')}`);
  return lines.join('\n');
}

function regenerateFixtures(cases) {
  const fixtures = [];
  for (const c of cases) {
    const files = fs
      .readdirSync(c.dir)
      .filter((f) => /^expected.*\.txt$/.test(f))
      .sort((a, b) => (a === 'expected.txt' ? -1 : b === 'expected.txt' ? 1 : a.localeCompare(b)));
    for (const f of files) {
      const text = fs.readFileSync(path.join(c.dir, f), 'utf8');
      const tc = text.match(/^# toolchain: (.*)$/m)?.[1] ?? '';
      const sys = text.match(/^# system: (.*)$/m)?.[1] ?? '';
      const entry = { slug: c.slug, file: `repro/${c.slug}/${f}`, toolchain: tc, system: sys };
      if (f !== 'expected.txt') entry.variant = f.replace(/^expected-?|\.txt$/g, '');
      const extra = c.outputs?.[f];
      if (extra?.note) entry.note = extra.note;
      // The page this output must rank first, when it is not the case's own (a plugin.Open
      // wrapper around glibc's text ranks the glibc page first).
      if (extra?.page) entry.page = extra.page;
      fixtures.push(entry);
    }
  }
  fs.writeFileSync(path.join(REPRO, 'fixtures.json'), JSON.stringify(fixtures, null, 2) + '\n');
  return fixtures.length;
}

// ---------------------------------------------------------------- main
async function main() {
  let cases;
  try {
    cases = loadCases();
  } catch (err) {
    console.error(`repro: ${err.message}`);
    process.exit(2);
  }
  const all = cases;
  const wanted = args.positionals;
  if (wanted.length) {
    const known = new Set(cases.map((c) => c.slug));
    const unknown = wanted.filter((w) => !known.has(w));
    if (unknown.length) {
      console.error(`repro: unknown case(s): ${unknown.join(', ')}`);
      console.error(`known: ${[...known].join(' ')}`);
      process.exit(2);
    }
    cases = cases.filter((c) => wanted.includes(c.slug));
  }

  console.log(`repro: ${SYSTEM}; ${GCC_VERSION ?? 'no gcc'}${MUSL_VERSION ? `; ${MUSL_VERSION}` : ''}`);
  for (const [name, t] of Object.entries(GO_TOOLCHAINS)) {
    console.log(`  ${name}: ${present[name] ? `${present[name].version} (${t.bin})` : `MISSING (${t.bin})`}`);
  }
  const usedTcs = new Set(cases.flatMap((c) => c.toolchains));
  const usedNeeds = new Set(cases.flatMap((c) => c.needs ?? []));
  const missingTcs = [...usedTcs].filter((t) => !present[t]);
  const missingNeeds = [...usedNeeds].filter((n) => !needsOk[n]);
  if (missingTcs.length || missingNeeds.length) {
    console.log(`\nMissing: ${[...missingTcs, ...missingNeeds].join(', ')}. Install them with (as root):`);
    console.log(aptHelp(missingTcs, missingNeeds));
    console.log('Cases that need them are skipped.\n');
  }

  const results = { ok: [], written: [], failed: [], skipped: [] };
  for (const c of cases) {
    const miss = [...c.toolchains.filter((t) => !present[t]), ...(c.needs ?? []).filter((n) => !needsOk[n])];
    if (miss.length) {
      results.skipped.push(`${c.slug} (needs ${miss.join(', ')})`);
      console.log(`SKIP  ${c.slug}: needs ${miss.join(', ')}`);
      continue;
    }
    const t0 = Date.now();
    const first = await runCase(c);
    if (first.failure) {
      results.failed.push(c.slug);
      console.log(`FAIL  ${c.slug}: ${first.failure}`);
      continue;
    }
    const rendered = new Map([...first.outputs].map(([f, o]) => [f, render(c, f, o)]));
    if (args.values.check) {
      const problems = [];
      for (const [f, text] of rendered) {
        const p = path.join(c.dir, f);
        if (!fs.existsSync(p)) {
          problems.push(`  ${f}: no stored output (run without --check to create it)`);
          continue;
        }
        const stored = fs.readFileSync(p, 'utf8');
        if (stored !== text) problems.push(`  ${f} differs (- stored, + now):\n${diffish(stored, text)}`);
      }
      const extra = fs
        .readdirSync(c.dir)
        .filter((f) => /^expected.*\.txt$/.test(f) && !rendered.has(f));
      for (const f of extra) problems.push(`  ${f}: stored, but no step produces it any more`);
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      if (problems.length) {
        results.failed.push(c.slug);
        console.log(`DIFF  ${c.slug} (${secs}s)\n${problems.join('\n')}`);
      } else {
        results.ok.push(c.slug);
        console.log(`ok    ${c.slug} (${secs}s)`);
      }
      continue;
    }
    // Write mode: run a second time and require identical normalised output.
    const second = await runCase(c);
    if (second.failure) {
      results.failed.push(c.slug);
      console.log(`FAIL  ${c.slug} (second run): ${second.failure}`);
      continue;
    }
    const unstable = [];
    for (const [f, text] of rendered) {
      const again = second.outputs.has(f) ? render(c, f, second.outputs.get(f)) : '';
      if (again !== text) unstable.push(`  ${f} is not deterministic (- run 1, + run 2):\n${diffish(text, again)}`);
    }
    if (unstable.length) {
      results.failed.push(c.slug);
      console.log(`FLAKY ${c.slug}: nothing written\n${unstable.join('\n')}`);
      continue;
    }
    for (const f of fs.readdirSync(c.dir)) {
      if (/^expected.*\.txt$/.test(f) && !rendered.has(f)) fs.rmSync(path.join(c.dir, f));
    }
    for (const [f, text] of rendered) fs.writeFileSync(path.join(c.dir, f), text);
    results.written.push(c.slug);
    console.log(`wrote ${c.slug}: ${[...rendered.keys()].join(', ')} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  }

  if (!args.values.check) {
    const n = regenerateFixtures(all);
    console.log(`\nrepro/fixtures.json: ${n} fixture(s)`);
  }
  console.log(
    `\n${args.values.check ? `${results.ok.length} matched` : `${results.written.length} written`}, ` +
      `${results.failed.length} failed, ${results.skipped.length} skipped`,
  );
  if (results.skipped.length) console.log(`skipped: ${results.skipped.join('; ')}`);
  if (results.failed.length) {
    console.log(`failed: ${results.failed.join(', ')}`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
