/**
 * The catalog's own contract: every page validates, every example ranks its page first, every
 * counter-example misses its page, and the body follows the fixed skeleton.
 */
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { loadCatalog, readErrorFiles } from '../../src/lib/catalog/load-node.ts';
import { parseEntry } from '../../src/lib/catalog/parse.ts';
import { compile } from '../../src/lib/matcher/index.ts';

const files = readErrorFiles();
const catalog = loadCatalog();
const matcher = compile(catalog);

describe('the error catalog', () => {
  it('has pages', () => {
    expect(catalog.length).toBeGreaterThan(0);
  });

  describe.each(catalog.map((e) => [e.slug, e] as const))('%s', (slug, entry) => {
    it.each(entry.examples.map((ex, i) => [i, ex.text] as const))('example %i ranks this page first', (_i, text) => {
      const results = matcher.match(text);
      expect(results.map((r) => r.slug)[0], `results: ${results.map((r) => r.slug).join(', ') || 'none'}`).toBe(slug);
    });

    if (entry.counterExamples.length) {
      it.each(entry.counterExamples.map((ex, i) => [i, ex.text] as const))('counter-example %i does not match this page', (_i, text) => {
        expect(matcher.match(text).map((r) => r.slug)).not.toContain(slug);
      });
    }

    it('has at least two examples and one counter-example', () => {
      expect(entry.examples.length).toBeGreaterThanOrEqual(2);
      expect(entry.counterExamples.length).toBeGreaterThanOrEqual(1);
    });

    it('follows the page skeleton: What went wrong, then How to fix with one heading per fix', () => {
      const { body } = parseEntry(`${slug}.mdx`, files.find((f) => f.file.endsWith(`/${slug}.mdx`))!.source);
      const h2 = [...body!.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
      expect(h2).toEqual(['What went wrong', 'How to fix']);
      const fixesPart = body!.slice(body!.indexOf('## How to fix'));
      const slugger = new GithubSlugger();
      const h3 = [...fixesPart.matchAll(/^### (.+)$/gm)].map((m) => slugger.slug(m[1].trim()));
      expect(h3).toEqual(entry.fixes.map((f) => f.id));
      expect(entry.fixes.map((f) => f.title)).toEqual([...fixesPart.matchAll(/^### (.+)$/gm)].map((m) => m[1].trim()));
    });
  });
});
