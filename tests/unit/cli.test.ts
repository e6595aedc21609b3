/** The triage command-line tool, run as a user runs it: exit codes, human output and JSON Lines. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/lib/catalog/load-node.ts';

const dir = mkdtempSync(join(tmpdir(), 'triage-cli-'));
const glibcLog = join(dir, 'glibc.log');
writeFileSync(glibcLog, "#9 0.4 ./app: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by ./app)\n");
const cleanLog = join(dir, 'clean.log');
writeFileSync(cleanLog, 'ok  \texample.com/hello\t0.012s\n');

function triage(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(projectRoot, 'src/cli/triage.ts'), ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the triage command-line tool', () => {
  it('names the error, its URL, line and captured values, and exits 0', () => {
    const r = triage([glibcLog]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('glibc-version-not-found');
    expect(r.stdout).toMatch(/https?:\/\/\S+\/errors\/glibc-version-not-found\//);
    expect(r.stdout).toContain('line 1:');
    expect(r.stdout).toContain('version=GLIBC_2.34');
  });

  it('prints one JSON object per input with --json, best match first', () => {
    const r = triage(['--json', glibcLog, cleanLog]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].file).toBe(glibcLog);
    const m = lines[0].matches[0];
    expect(Object.keys(m).sort()).toEqual(['aliases', 'captures', 'line', 'score', 'slug', 'text', 'title', 'url'].sort());
    expect(m.slug).toBe('glibc-version-not-found');
    expect(m.captures.version.version.numbers).toEqual([2, 34]);
    expect(lines[1]).toEqual({ file: cleanLog, matches: [] });
  });

  it('reads standard input for "-" and exits 1 when nothing matched', () => {
    const r = triage(['-'], 'all good\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no known Go linker or loader error found');
  });

  it('exits 2 with a message on stderr for a missing file or an unknown option', () => {
    const missing = triage([join(dir, 'nope.log')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    const bad = triage(['--nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage:');
  });
});
