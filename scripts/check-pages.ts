/**
 * Authoring check for error pages: `npx node scripts/check-pages.ts [slug ...]`.
 * Loads the catalog leniently (other pages may be half-written), then for each named page (all
 * pages when none are named) prints schema problems, how each example ranks and whether a
 * counter-example matches. Exit 1 when a named page has a problem.
 */
import { buildCatalogWithProblems } from '../src/lib/catalog/parse.ts';
import { readErrorFiles } from '../src/lib/catalog/load-node.ts';
import { compile } from '../src/lib/matcher/index.ts';

const wanted = process.argv.slice(2);
const { entries, problems } = buildCatalogWithProblems(readErrorFiles(), { lenient: true });
const names = wanted.length ? wanted : entries.map((e) => e.slug);
let bad = 0;
const matcher = compile(entries);
for (const slug of names) {
  const own = problems.filter((p) => p.includes(`/${slug}.md`));
  for (const p of own) console.log(`PROBLEM ${p}`);
  bad += own.length;
  const entry = entries.find((e) => e.slug === slug);
  if (!entry) {
    if (!own.length) console.log(`PROBLEM ${slug}: no such page`);
    bad++;
    continue;
  }
  entry.examples.forEach((ex, i) => {
    const ranked = matcher.match(ex.text).map((r) => r.slug);
    const ok = ranked[0] === slug;
    if (!ok) bad++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${slug} example ${i}: ${ranked.join(', ') || 'no match'}`);
  });
  entry.counterExamples.forEach((ex, i) => {
    const ranked = matcher.match(ex.text).map((r) => r.slug);
    const ok = !ranked.includes(slug);
    if (!ok) bad++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${slug} counter-example ${i}: ${ranked.join(', ') || 'no match'}`);
  });
}
process.exit(bad ? 1 : 0);
