/**
 * How many real reports get the right page first: `npx node scripts/eval-reports.ts FILE.jsonl [--misses]`.
 * FILE holds one JSON object per line, `{ "text": "<the pasted error>", "expected": "<slug>" }`
 * (`kind` is read when `expected` is missing, `url` is shown for misses). Prints the share that
 * ranks the expected page first, then a line per kind; `--misses` lists every miss with what
 * ranked first instead. A measure for writing pages, not a test: it never fails.
 */
import { readFileSync } from 'node:fs';
import { buildCatalogWithProblems } from '../src/lib/catalog/parse.ts';
import { readErrorFiles } from '../src/lib/catalog/load-node.ts';
import { compile } from '../src/lib/matcher/index.ts';

interface Report {
  text: string;
  expected?: string;
  kind?: string;
  url?: string;
}

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx node scripts/eval-reports.ts FILE.jsonl [--misses]');
  process.exit(2);
}
const reports: Report[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Report);
const { entries } = buildCatalogWithProblems(readErrorFiles(), { lenient: true });
const matcher = compile(entries);
const slugs = new Set(entries.map((e) => e.slug));

const byKind = new Map<string, { hit: number; total: number; hasPage: boolean }>();
const misses: string[] = [];
let hits = 0;
for (const r of reports) {
  const expected = r.expected ?? r.kind ?? '';
  const first = matcher.match(r.text)[0]?.slug;
  const ok = first === expected;
  if (ok) hits++;
  else misses.push(`${expected} <- ${first ?? 'no match'}  ${r.url ?? ''}`);
  const k = byKind.get(expected) ?? { hit: 0, total: 0, hasPage: slugs.has(expected) };
  k.total++;
  if (ok) k.hit++;
  byKind.set(expected, k);
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;
console.log(`${hits} of ${reports.length} reports rank the expected page first (${pct(hits, reports.length)})`);
for (const [kind, k] of [...byKind].sort((a, b) => b[1].total - a[1].total)) {
  console.log(`  ${String(k.hit).padStart(3)}/${String(k.total).padEnd(3)} ${kind}${k.hasPage ? '' : '  (no such page)'}`);
}
if (flags.includes('--misses')) console.log(`\nmisses:\n${misses.join('\n')}`);
