#!/usr/bin/env node
/**
 * A fresh clone must stay clean after `npm install` (the README's first step): clones the
 * committed HEAD into a temp folder, runs `npm install` twice (the second run, with node_modules
 * present, is the one that used to rewrite package-lock.json) and fails if `git status
 * --porcelain` lists anything. Uncommitted changes of the working tree are not part of the clone.
 * Usage: node scripts/check-clean-install.mjs [--keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'gne-clean-install-'));
const keep = process.argv.includes('--keep');

function sh(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

let ok = false;
try {
  sh('git', ['clone', '--quiet', '--no-hardlinks', repo, dir]);
  for (const round of ['first', 'second']) {
    const started = Date.now();
    sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir);
    const status = sh('git', ['status', '--porcelain'], dir);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (status.trim()) {
      console.log(`npm install (${round} run, ${seconds} s) changed the fresh clone:\n${status}`);
      console.log(sh('git', ['diff', '--stat'], dir));
      throw new Error('a fresh clone is not clean after npm install');
    }
    console.log(`npm install (${round} run, ${seconds} s): git status clean`);
  }
  ok = true;
} catch (err) {
  console.log(err instanceof Error ? err.message : err);
} finally {
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
