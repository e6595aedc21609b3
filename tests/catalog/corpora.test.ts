/**
 * Two corpora around the catalog: real toolchain output captured by the reproduction lab must
 * rank its page first, and logs of successful builds must match nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, projectRoot } from '../../src/lib/catalog/load-node.ts';
import { compile } from '../../src/lib/matcher/index.ts';

const matcher = compile(loadCatalog());

interface Fixture {
  /** The case folder. */
  slug: string;
  /** The page the output must rank first, when it is not the case's own. */
  page?: string;
  file: string;
  toolchain?: string;
  system?: string;
}
const fixturesFile = join(projectRoot, 'repro/fixtures.json');
const fixtures: Fixture[] = existsSync(fixturesFile) ? JSON.parse(readFileSync(fixturesFile, 'utf8')) : [];

describe('reproduction lab outputs', () => {
  it('exist for at least 25 signatures', () => {
    expect(new Set(fixtures.map((f) => f.slug)).size).toBeGreaterThanOrEqual(25);
  });

  it.each(fixtures.map((f) => [f.file, f.page ?? f.slug] as const))('%s ranks %s first', (file, slug) => {
    // The lab's header (toolchain, command) ends at "# ---"; the captured output follows.
    const captured = readFileSync(join(projectRoot, file), 'utf8');
    const text = captured.slice(captured.indexOf('\n# ---\n') + 7);
    const ranked = matcher.match(text).map((d) => d.slug);
    expect(ranked[0], `ranked: ${ranked.join(', ') || 'nothing'}`).toBe(slug);
  });
});

describe('logs of successful builds', () => {
  const dir = join(projectRoot, 'tests/fixtures/benign');
  const files = readdirSync(dir).filter((f) => f.endsWith('.log'));
  it('are there to test with', () => expect(files.length).toBeGreaterThanOrEqual(5));
  it.each(files)('%s matches no error page', (file) => {
    const results = matcher.match(readFileSync(join(dir, file), 'utf8'));
    expect(results.map((d) => `${d.slug} (line ${d.line}: ${d.text})`)).toEqual([]);
  });
});
