/**
 * Every page and every fix anchor is recorded in src/content/published-slugs.json as soon as it
 * exists, so that tests/build/links-and-cards.test.ts can hold every published address to its
 * promise (pages and anchors are permanent links; entries are never removed).
 */
import { describe, expect, it } from 'vitest';
import published from '../../src/content/published-slugs.json' with { type: 'json' };
import { loadCatalog } from '../../src/lib/catalog/load-node.ts';

const catalog = loadCatalog();
const record = published as Record<string, { fixes: string[] }>;

describe('published slugs and anchors (src/content/published-slugs.json)', () => {
  it.each(catalog.map((e) => e.slug))('%s and its fix anchors are recorded as published', (slug) => {
    const fixes = catalog.find((e) => e.slug === slug)!.fixes.map((f) => f.id);
    const missing = fixes.filter((id) => !record[slug]?.fixes.includes(id));
    const hint = `a new page or fix is published: add "${slug}": { "fixes": ${JSON.stringify(record[slug] ? [...record[slug].fixes, ...missing] : fixes)} } to src/content/published-slugs.json (entries are never removed; \`npx node scripts/record-published.ts\` does it)`;
    expect(record[slug], hint).toBeDefined();
    expect(missing, hint).toEqual([]);
  });
});
