/**
 * A broken frontmatter field stops the catalog (and so the build: astro.config.mjs loads the
 * catalog first) with the file and the field named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError } from '../../src/lib/catalog/parse.ts';
import { loadCatalog, projectRoot } from '../../src/lib/catalog/load-node.ts';
import { compileTemplate } from '../../src/lib/matcher/template.ts';

function problemsOf(dir: string): string[] {
  try {
    loadCatalog(join(projectRoot, 'tests/fixtures', dir));
  } catch (err) {
    expect(err).toBeInstanceOf(CatalogError);
    return (err as CatalogError).problems;
  }
  throw new Error('the broken catalog was accepted');
}

describe('frontmatter validation', () => {
  const problems = problemsOf('catalog-broken');
  it.each([
    ['an unknown family', 'tests/fixtures/catalog-broken/bad-family.mdx: family:'],
    ['a message without a source', 'tests/fixtures/catalog-broken/missing-source.mdx: messages[1].source:'],
    ['a fix id that is not kebab-case', 'tests/fixtures/catalog-broken/missing-source.mdx: fixes[0].id: must be kebab-case'],
    ['a source URL that is not a URL', 'tests/fixtures/catalog-broken/missing-source.mdx: sources[0].url:'],
  ])('rejects %s, naming the file and the field', (_what, expected) => {
    expect(problems.some((p) => p.startsWith(expected)), problems.join('\n')).toBe(true);
  });

  it('rejects a link to a page that does not exist', () => {
    expect(problemsOf('catalog-dangling')).toEqual([
      'tests/fixtures/catalog-dangling/links-nowhere.mdx: related[0]: no error page has the slug "no-such-page"',
    ]);
  });

  it('is what the site build runs first', () => {
    const config = readFileSync(join(projectRoot, 'astro.config.mjs'), 'utf8');
    expect(config).toMatch(/const catalog = loadCatalog\(\);/);
  });
});

describe('message templates', () => {
  it.each([
    ['two holes side by side', '{a:symbol}{b:symbol} not defined', 'side by side'],
    ['an unknown kind', 'relocation target {t:symbl} not defined', 'unknown hole kind'],
    ['text that is not last', 'prefix {rest:text} suffix', 'must be the last part'],
    ['no distinctive literal', '{a:symbol}: {b:symbol}', 'too short to search for'],
    ['a name used twice', '{s:symbol}: relocation target {s:symbol} not defined', 'used twice'],
  ])('rejects %s with a reason', (_what, template, reason) => {
    expect(() => compileTemplate(template)).toThrow(reason);
  });

  it('compiles a template to a literal-led pattern with named, bounded captures', () => {
    const t = compileTemplate('{referrer:symbol}: relocation target {target:symbol} not defined');
    expect(t.source.startsWith(': relocation target ')).toBe(true);
    expect(t.source).toContain('(?<target>[^\\s\'"]{1,300})');
    expect(t.leading?.name).toBe('referrer');
    expect(t.literal).toBe(': relocation target');
  });
});
