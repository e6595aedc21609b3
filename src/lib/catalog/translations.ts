/**
 * Translated error pages (src/content/errors-<locale>/<slug>.mdx) -> validated prose, with errors
 * that name the file and the field, like parse.ts for the English pages. Pure.
 */
import { parse as parseYaml } from 'yaml';
import { translationEntrySchema, type TranslationEntry } from '../schema/translation-entry.ts';
import { CatalogError, describeZodError, slugFromFile, splitFrontmatter } from './parse.ts';

export interface Translation extends TranslationEntry {
  slug: string;
  body: string;
  file: string;
}

export function parseTranslations(files: { file: string; source: string }[], englishSlugs: ReadonlySet<string>): Translation[] {
  const problems: string[] = [];
  const out: Translation[] = [];
  for (const { file, source } of files) {
    const slug = slugFromFile(file);
    const split = splitFrontmatter(source);
    if (!split) {
      problems.push(`${file}: (frontmatter): missing --- frontmatter block`);
      continue;
    }
    if (!englishSlugs.has(slug)) problems.push(`${file}: (file name): no English page src/content/errors/${slug}.mdx`);
    let data: unknown;
    try {
      data = parseYaml(split.data);
    } catch (err) {
      problems.push(`${file}: (frontmatter): YAML error: ${(err as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = translationEntrySchema.safeParse(data);
    if (!result.success) problems.push(...describeZodError(file, result.error));
    else out.push({ ...result.data, slug, body: split.body, file });
  }
  if (problems.length) throw new CatalogError(problems);
  return out;
}
