/** The triage command-line tool, run as a user runs it: exit codes, human output and JSON Lines. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompiledCatalog } from '../../src/cli/catalog-file.ts';
import { loadCatalog, projectRoot } from '../../src/lib/catalog/load-node.ts';
import { COMPILED_FORMAT } from '../../src/lib/matcher/index.ts';

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
  it('stops quietly when its reader closes the pipe early (| head)', () => {
    const files = Array.from({ length: 400 }, () => glibcLog);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(projectRoot, 'src/cli/triage.ts')}" "$@" | head -c 100 >/dev/null`, 'sh', ...files], {
      encoding: 'utf8',
    });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).toBe('');
  });

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

describe('start-up from the compiled catalog', () => {
  it('loads neither the MDX pages nor YAML nor zod when the compiled catalog is current', () => {
    triage(['-'], ''); // brings generated/compiled-catalog.json up to date
    // Node's module hooks report every module the tool loads.
    const hook = `data:text/javascript,${encodeURIComponent(
      "import { registerHooks } from 'node:module'; registerHooks({ resolve(s, c, next) { const r = next(s, c); process.stderr.write('LOAD ' + r.url + '\\n'); return r; } });",
    )}`;
    const r = spawnSync(process.execPath, ['--import', hook, join(projectRoot, 'bin/go-native-errors.mjs'), '-'], { input: '', encoding: 'utf8' });
    const loaded = r.stderr.split('\n').filter((l) => l.startsWith('LOAD '));
    expect(loaded.some((l) => l.includes('/src/cli/triage.ts'))).toBe(true);
    expect(loaded.filter((l) => /\/node_modules\/(?:yaml|zod)\/|\.mdx$|load-node\.ts|catalog\/parse\.ts/.test(l))).toEqual([]);
    expect(r.status).toBe(1);
  });
});

describe('the compiled catalog file', () => {
  const file = (name: string) => join(dir, name);
  const fake = { generatedBy: 'test', format: COMPILED_FORMAT, entries: [{ slug: 'fake', title: 'fake' }], patterns: [] };

  it('is used as it is while it is newer than every source', async () => {
    writeFileSync(file('fresh.json'), JSON.stringify(fake));
    const later = new Date(Date.now() + 3600_000);
    utimesSync(file('fresh.json'), later, later);
    expect((await loadCompiledCatalog(file('fresh.json'))).entries).toEqual(fake.entries);
  });

  it('is rebuilt from the pages when it is older than a source, in another format, or missing', async () => {
    const pages = loadCatalog().length;
    writeFileSync(file('stale.json'), JSON.stringify(fake));
    utimesSync(file('stale.json'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect((await loadCompiledCatalog(file('stale.json'))).entries).toHaveLength(pages);
    expect(JSON.parse(readFileSync(file('stale.json'), 'utf8')).entries).toHaveLength(pages);
    writeFileSync(file('old-format.json'), JSON.stringify({ ...fake, format: COMPILED_FORMAT - 1 }));
    expect((await loadCompiledCatalog(file('old-format.json'))).entries).toHaveLength(pages);
    expect((await loadCompiledCatalog(file('missing/compiled.json'))).entries).toHaveLength(pages);
  });
});

describe('reading input in chunks', () => {
  const error = 'github.com/ebitengine/purego.dlopenABI0: relocation target dlopen not defined';
  // Filler up to just before the 1 MB chunk boundary, then a `# package` header and an error
  // line that straddles it, then more filler and a second error 100k lines later.
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `ok  \texample.com/pkg${i}\t0.0${i % 10}s`).join('\n');
  const head = filler(30_000);
  const pad = 'x'.repeat((1 << 20) - head.length - 60 - 1);
  const text = [head, pad, '# example.com/straddle', error, filler(100_000), error, ''].join('\n');
  const big = join(dir, 'big.log');
  writeFileSync(big, text);
  const gz = join(dir, 'big.log.gz');
  writeFileSync(gz, gzipSync(text));

  async function expected() {
    const { loadMatcher } = await import('../../src/lib/matcher/index.ts');
    return loadMatcher(await loadCompiledCatalog()).match(text).map((d) => [d.slug, d.line, d.captures.package?.text, d.occurrences.map((o) => o.line)]);
  }
  const summary = (stdout: string) =>
    JSON.parse(stdout.trim()).matches.map((m: { slug: string; line: number; captures: { package?: { text: string } } }) => [m.slug, m.line, m.captures.package?.text]);

  it('gives the lines and package headers of the whole text when lines cross chunk boundaries', async () => {
    const want = await expected();
    expect(want[0].slice(0, 3)).toEqual(['purego-dlfcn-relocation-target-not-defined', 30_003, 'example.com/straddle']);
    const r = triage(['--json', big]);
    expect(r.code).toBe(0);
    expect(summary(r.stdout)).toEqual(want.map((w) => w.slice(0, 3)));
  });

  it('reads .gz files and gzip on standard input transparently', async () => {
    const want = (await expected()).map((w) => w.slice(0, 3));
    expect(summary(triage(['--json', gz]).stdout)).toEqual(want);
    const r = spawnSync(process.execPath, [join(projectRoot, 'src/cli/triage.ts'), '--json', '-'], { input: readFileSync(gz), encoding: 'utf8' });
    expect(summary(r.stdout)).toEqual(want);
  });

  it('reports a corrupt .gz as a read error (exit 2)', () => {
    const bad = join(dir, 'bad.log.gz');
    writeFileSync(bad, Buffer.concat([gzipSync(text).subarray(0, 5000), Buffer.from('junk')]));
    const r = triage([bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read');
  });
});
