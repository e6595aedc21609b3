/**
 * Which error pages have a Chinese translation, and which translations are behind their English
 * page: `translatedFrom` (the `git hash-object` of the English page it was made from) differs from
 * the English page now. For a stale one, `git diff <translatedFrom> <current>` shows what changed;
 * bring the prose in step, then set `translatedFrom` to the new hash.
 *
 *   npx node scripts/translation-status.ts [--stale]   (--stale: exit 1 when any is behind)
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { errorsDir, loadCatalog, loadTranslations } from '../src/lib/catalog/load-node.ts';

const entries = loadCatalog();
const translations = new Map(loadTranslations('zh-cn', entries).map((t) => [t.slug, t]));
const missing: string[] = [];
const stale: string[] = [];
for (const e of entries) {
  const t = translations.get(e.slug);
  if (!t) {
    missing.push(e.slug);
    continue;
  }
  const now = execFileSync('git', ['hash-object', join(errorsDir, `${e.slug}.mdx`)], { encoding: 'utf8' }).trim();
  if (now !== t.translatedFrom) stale.push(`${e.slug}  (git diff ${t.translatedFrom.slice(0, 10)} ${now.slice(0, 10)})`);
}
console.log(`zh-cn: ${translations.size} of ${entries.length} pages translated; ${stale.length} behind their English page; ${missing.length} not translated`);
if (stale.length) console.log(`behind:\n  ${stale.join('\n  ')}`);
if (missing.length) console.log(`not translated:\n  ${missing.join('\n  ')}`);
if (process.argv.includes('--stale') && stale.length) process.exit(1);
