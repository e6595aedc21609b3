// Running a case: a fresh copy of the case folder, its steps with a fixed environment, the
// captured (normalised) output, then each fix in a fresh copy of its own.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isCaptured, outputOf } from './cases.mjs';
import { normalise } from './normalise.mjs';
import { CACHE_GOCACHE, CACHE_ROOT, REPRO } from './paths.mjs';
import { NEEDS } from './toolchains.mjs';

/** Steps may take long on a cold shared cache and a busy machine; the timeout only catches hangs. */
export const MIN_TIMEOUT_SECONDS = 600;

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

function copyTree(src, dst) {
  for (const e of fs.readdirSync(src, { withFileTypes: true })) {
    if (/^expected.*\.txt$/.test(e.name)) continue;
    const s = path.join(src, e.name);
    const d = path.join(dst, e.name);
    if (e.isDirectory()) {
      fs.mkdirSync(d, { recursive: true });
      copyTree(s, d);
    } else fs.copyFileSync(s, d);
  }
}

/** Every directory under `dir` that holds a non-test .go file: the packages of a module. */
function goPackages(dir, rel = '') {
  const out = [];
  const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
  if (entries.some((e) => e.isFile() && e.name.endsWith('.go') && !e.name.endsWith('_test.go'))) out.push(rel);
  for (const e of entries) {
    if (e.isDirectory() && !/^[._]/.test(e.name) && e.name !== 'testdata') out.push(...goPackages(dir, rel ? `${rel}/${e.name}` : e.name));
  }
  return out;
}

/** vendor/ with Debian's sources of the case's modules, as `go mod vendor` would lay it out. */
function writeVendor(real, modules) {
  const lines = [];
  for (const m of modules) {
    fs.mkdirSync(path.join(real, 'vendor', m.path), { recursive: true });
    copyTree(m.dir, path.join(real, 'vendor', m.path));
    lines.push(`# ${m.path} ${m.version}`, `## explicit; go ${m.goVersion}`);
    for (const p of goPackages(m.dir)) lines.push(p ? `${m.path}/${p}` : m.path);
  }
  fs.writeFileSync(path.join(real, 'vendor', 'modules.txt'), lines.join('\n') + '\n');
}

/**
 * A fresh directory with the case's files, the shared folders it names, its vendored modules
 * and the private dirs of the environment. Returns the directory (resolved) and the env.
 */
function prepare(c, ctx, { forFix = false } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `repro-${c.slug}-`));
  const real = fs.realpathSync(tmp);
  copyTree(c.dir, real);
  // Files several cases share (the plugin host) live once in repro/_shared/<name>/ and are
  // copied into the case's folder: "shared": { "host": "plugin-host" }.
  for (const [into, name] of Object.entries(c.shared ?? {})) {
    fs.mkdirSync(path.join(real, into), { recursive: true });
    copyTree(path.join(REPRO, '_shared', name), path.join(real, into));
  }
  const modules = (c.modules ?? []).map((m) => ctx.modules[m]);
  if (modules.length) writeVendor(real, modules);
  for (const d of ['.tmp', '.cache', '.gopath', '.home']) fs.mkdirSync(path.join(real, d));
  // Go 1.23+ telemetry: turn it off up front, otherwise the go command starts a background
  // uploader that keeps writing into $HOME after the step ends.
  const tel = path.join(real, '.home', '.config', 'go', 'telemetry');
  fs.mkdirSync(tel, { recursive: true });
  fs.writeFileSync(path.join(tel, 'mode'), 'off 2006-01-02\n');
  // "gocache": "private" is for captured outputs that name cache paths; a fix's output is never
  // stored, so fixes always share the cache (a private one rebuilds the standard library each time).
  const privateCache = c.gocache === 'private' && !forFix;
  if (!privateCache) fs.mkdirSync(CACHE_GOCACHE, { recursive: true });
  const env = {
    PATH: process.env.PATH || '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: path.join(real, '.home'),
    XDG_CONFIG_HOME: path.join(real, '.home', '.config'),
    TMPDIR: path.join(real, '.tmp'),
    GOTMPDIR: path.join(real, '.tmp'),
    GOCACHE: privateCache ? path.join(real, '.cache') : CACHE_GOCACHE,
    GOPATH: path.join(real, '.gopath'),
    GOENV: 'off',
    GOFLAGS: modules.length ? '-mod=vendor' : '',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    LC_ALL: 'C',
    LANG: 'C',
    TMP: real,
  };
  for (const t of Object.values(ctx.toolchains)) if (t.version) env[t.env] = t.bin;
  for (const n of c.needs ?? []) Object.assign(env, NEEDS[n]?.env ?? {});
  if (c.toolchains[0]) env.GO = ctx.toolchains[c.toolchains[0]].bin;
  return { tmp, real, env };
}

function indent(s) {
  return s
    .trimEnd()
    .split('\n')
    .map((l) => `    | ${l}`)
    .join('\n');
}

/** Run steps in order; stop at the first that fails the wrong way. Captured outputs go to `outputs`. */
async function runSteps(steps, dir, env, c, outputs, label) {
  const timeoutSeconds = Math.max(c.timeoutSeconds ?? 0, MIN_TIMEOUT_SECONDS);
  let cacheRoots = [CACHE_ROOT];
  try {
    cacheRoots.push(fs.realpathSync(CACHE_ROOT));
  } catch {}
  let gocaches = [env.GOCACHE];
  try {
    gocaches.push(fs.realpathSync(env.GOCACHE));
  } catch {}
  for (const [i, s] of steps.entries()) {
    const r = await runShell(s.run, dir.real, env, timeoutSeconds * 1000);
    const out = normalise(r.out, { tmp: [dir.real, dir.tmp], cacheRoot: cacheRoots, gocache: gocaches });
    const expectFail = s.expectFail ?? false;
    const where = `${label}step ${i + 1}`;
    if (r.timedOut) return `${where} timed out after ${timeoutSeconds}s: ${s.run}\n${indent(out)}`;
    if ((r.code !== 0) !== expectFail) {
      return `${where} ${expectFail ? 'was expected to fail but exited 0' : `failed (exit ${r.code})`}: ${s.run}\n${indent(out)}`;
    }
    if (s.expect && !out.includes(s.expect)) {
      return `${where}: output does not contain ${JSON.stringify(s.expect)}: ${s.run}\n${indent(out)}`;
    }
    if (outputs && isCaptured(s)) {
      const f = outputOf(s);
      if (!outputs.has(f)) outputs.set(f, { text: '', commands: [] });
      const o = outputs.get(f);
      o.text += out;
      o.commands.push({ run: s.run, code: r.code });
    }
  }
  return null;
}

function removeTree(dir) {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch {
    if (spawnSync('rm', ['-rf', dir]).status !== 0) console.log(`  warning: could not remove ${dir}`);
  }
}

/**
 * Run a case: its steps must reproduce the failure; then, when `withFixes`, every fix runs in a
 * fresh copy (the case's first `setupSteps` steps, then the fix's own) and must succeed.
 * Returns { failure, outputs, fixes: [{ id, page }] } where failure is null or a message.
 */
export async function runCase(c, ctx, { withFixes = true, keep = false, log = () => {} } = {}) {
  const outputs = new Map(); // file -> { text, commands: [{run, code}] }
  const dir = prepare(c, ctx);
  let failure = await runSteps(c.steps, dir, dir.env, c, outputs, '');
  if (keep) log(`  kept ${dir.real}`);
  else removeTree(dir.real);
  const fixes = [];
  if (!failure && withFixes) {
    for (const fix of c.fixes) {
      const fdir = prepare(c, ctx, { forFix: true });
      const steps = [...c.steps.slice(0, fix.setupSteps ?? 0), ...fix.steps];
      const err = await runSteps(steps, fdir, fdir.env, c, null, `fix ${fix.id}: `);
      if (keep) log(`  kept ${fdir.real} (fix ${fix.id})`);
      else removeTree(fdir.real);
      if (err) {
        failure = `fix "${fix.id}" did not turn the failure into success:\n  ${err}`;
        break;
      }
      fixes.push({ id: fix.id, page: fix.page ?? c.slug, toolchains: fix.toolchains ?? c.toolchains.slice(0, 1) });
    }
  }
  return { failure, outputs, fixes };
}
