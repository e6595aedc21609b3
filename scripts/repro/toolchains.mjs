// What the lab can run with: the pinned Go toolchains and Go modules of repro/toolchains.json
// (fetched into the cache, or bookworm's own system package), and the system tools cases name in
// "needs". Detection only; nothing here installs anything.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE_ROOT, MANIFEST_FILE } from './paths.mjs';

export const manifest = JSON.parse(fs.readFileSync(MANIFEST_FILE, 'utf8'));

/** "needs" names -> the bookworm package that provides them and how to detect them. */
export const NEEDS = {
  gcc: { pkg: 'gcc', test: () => which('gcc') },
  'gcc-11': { pkg: 'gcc-11', test: () => which('gcc-11') },
  'gcc-multilib': { pkg: 'gcc-multilib', test: () => canCompile32() },
  'musl-gcc': { pkg: 'musl-tools', test: () => which('musl-gcc') && fs.existsSync('/lib/ld-musl-x86_64.so.1') },
  patchelf: { pkg: 'patchelf', test: () => which('patchelf') },
  file: { pkg: 'file', test: () => which('file') },
  bash: { pkg: 'bash', test: () => which('bash') },
  dash: { pkg: 'dash', test: () => which('dash') },
  clang: { pkg: 'clang-14', test: () => which('clang-14') },
  lld: { pkg: 'lld-14', test: () => which('ld.lld-14') },
  mingw: { pkg: 'gcc-mingw-w64-x86-64', test: () => which('x86_64-w64-mingw32-gcc') },
  'mingw-i686': { pkg: 'gcc-mingw-w64-i686', test: () => which('i686-w64-mingw32-gcc') },
  'pkg-config': { pkg: 'pkg-config', test: () => which('pkg-config') },
  'g++': { pkg: 'g++', test: () => which('g++') },
  // Libraries of a newer Debian release, fetched into the cache (never installed): run a program
  // with trixie's loader ("$TRIXIE_LIBS/ld-linux-x86-64.so.2 --library-path $TRIXIE_LIBS ...").
  'trixie-libs': {
    fetch: true,
    env: { TRIXIE_LIBS: path.join(CACHE_ROOT, 'usr/lib/x86_64-linux-gnu'), TRIXIE_BIN: path.join(CACHE_ROOT, 'usr/bin') },
    test: () =>
      ['lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', 'lib/x86_64-linux-gnu/libc.so.6', 'lib/x86_64-linux-gnu/libstdc++.so.6', 'bin/patchelf'].every(
        (f) => fs.existsSync(path.join(CACHE_ROOT, 'usr', f)),
      ),
  },
  'libsqlite3-dev': { pkg: 'libsqlite3-dev', test: () => fs.existsSync('/usr/include/sqlite3.h') },
};

export function which(cmd) {
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

export function firstLine(cmd, argv) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout) return null;
  return r.stdout.split('\n')[0].trim();
}

/**
 * Every Go toolchain of the manifest: where its binary is, the path the fixtures show for it
 * (where the Debian package installs it, which is what stack traces print once the cache prefix
 * is normalised away) and, when it runs, its version.
 */
export function detectToolchains() {
  const out = {};
  for (const [name, t] of Object.entries(manifest.go)) {
    const bin = t.system ?? path.join(CACHE_ROOT, t.bin);
    const shown = t.system ?? `/${t.bin}`;
    const entry = { name, env: t.env, bin, shown, system: !!t.system, packages: t.packages ?? [t.package] };
    if (fs.existsSync(bin)) {
      const m = firstLine(bin, ['version'])?.match(/go version (go\S+) (\S+)/);
      if (m) Object.assign(entry, { version: m[1], platform: m[2] });
    }
    out[name] = entry;
  }
  return out;
}

/** Go modules from Debian's golang-*-dev packages, used through a vendor directory. */
export function detectModules() {
  const out = {};
  for (const [modPath, m] of Object.entries(manifest.modules ?? {})) {
    const dir = path.join(CACHE_ROOT, m.dir);
    let goVersion = null;
    try {
      goVersion = fs.readFileSync(path.join(dir, 'go.mod'), 'utf8').match(/^go (\S+)/m)?.[1] ?? null;
    } catch {}
    out[modPath] = { path: modPath, version: m.version, dir, present: goVersion !== null, goVersion, needs: m.needs ?? [] };
  }
  return out;
}

export function detectNeeds() {
  return Object.fromEntries(Object.entries(NEEDS).map(([name, n]) => [name, !!n.test()]));
}

export function systemString() {
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

export function gccVersion() {
  const l = firstLine('gcc', ['-dumpfullversion']);
  return l ? `gcc ${l}` : null;
}

export function muslVersion() {
  const r = spawnSync('/lib/ld-musl-x86_64.so.1', [], { encoding: 'utf8' });
  const m = (r.stderr || '').match(/Version (\S+)/);
  return m ? `musl ${m[1]}` : null;
}
