/**
 * The npm package as a user gets it: `npm pack` (prepack bundles the CLI), the tarball installed
 * into an empty folder, and its bin run with the system's Node (20 on this machine; the project's
 * own scripts run on Node 24), on a file and on standard input, with each documented exit code.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
// The Node a user has: the system's, not the project's node_modules/.bin/node.
const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find(existsSync) ?? process.execPath;
const SEED = '# example.com/lab\ngithub.com/ebitengine/purego.dlopenABI0: relocation target dlopen not defined\n';

let bin: string;
let dir: string;

beforeAll(() => {
  const packDir = mkdtempSync(join(tmpdir(), 'gne-pack-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const tgz = readdirSync(packDir).find((f) => f.endsWith('.tgz'))!;
  dir = mkdtempSync(join(tmpdir(), 'gne-user-'));
  writeFileSync(join(dir, 'package.json'), '{"name":"user","version":"1.0.0","private":true}\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(packDir, tgz)], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  bin = join(dir, 'node_modules/go-native-errors/cli/go-native-errors.mjs');
}, 180_000);

const run = (args: string[], input?: string) => spawnSync(systemNode, [bin, ...args], { cwd: dir, input, encoding: 'utf8' });

describe(`the packed CLI on ${systemNode}`, () => {
  it('ships only the bundle, with no dependencies to install', () => {
    expect(existsSync(bin)).toBe(true);
    expect(readdirSync(join(dir, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['go-native-errors']);
    expect(existsSync(join(dir, 'node_modules/.bin/go-native-errors'))).toBe(true);
  });

  it('diagnoses the purego seed line from a file (exit 0)', () => {
    writeFileSync(join(dir, 'build.log'), SEED);
    const r = run(['build.log']);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('purego-dlfcn-relocation-target-not-defined');
    expect(r.status).toBe(0);
  });

  it('reads standard input and prints GitHub annotations', () => {
    const r = run(['--format', 'github'], SEED);
    expect(r.stdout.startsWith('::error title=')).toBe(true);
    expect(r.stdout).toContain('/errors/purego-dlfcn-relocation-target-not-defined/');
    expect(r.status).toBe(0);
  });

  it('exits 1 when nothing matched and 2 on a usage error', () => {
    expect(run([], 'ok  \texample.com/lab\t0.01s\n').status).toBe(1);
    const bad = run(['--format', 'xml'], SEED);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage:');
    expect(run(['no-such-file.log']).status).toBe(2);
  });
});
