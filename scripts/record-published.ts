/**
 * Record every page and fix anchor in src/content/published-slugs.json (entries are only ever
 * added: a published address is permanent). Run it when a page or a fix is added; the catalog test
 * tests/catalog/published-slugs.test.ts fails until it has been.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog, projectRoot } from '../src/lib/catalog/load-node.ts';

const file = join(projectRoot, 'src/content/published-slugs.json');
const record: Record<string, { fixes: string[] }> = JSON.parse(readFileSync(file, 'utf8'));
let added = 0;
for (const e of loadCatalog()) {
  const have = record[e.slug]?.fixes ?? [];
  const fresh = e.fixes.map((f) => f.id).filter((id) => !have.includes(id));
  if (!record[e.slug] || fresh.length) {
    record[e.slug] = { fixes: [...have, ...fresh] };
    added++;
  }
}
const sorted = Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
writeFileSync(file, JSON.stringify(sorted, null, 2) + '\n');
console.log(`src/content/published-slugs.json: ${added} page(s) added or extended`);
