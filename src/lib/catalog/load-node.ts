/** Read `src/content/errors/*.mdx` from disk (Node only: the CLI, the tests, astro.config). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogEntry } from '../schema/error-entry.ts';
import { buildCatalog, parseEntry } from './parse.ts';
import { toReportEntry, type ReportEntry } from '../../integrations/report-entry.ts';
import { parseTranslations, type Translation } from './translations.ts';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const errorsDir = join(projectRoot, 'src/content/errors');

export function readErrorFiles(dir = errorsDir): { file: string; source: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: relative(projectRoot, join(dir, f)), source: readFileSync(join(dir, f), 'utf8') }));
}

export function loadCatalog(dir = errorsDir): CatalogEntry[] {
  return buildCatalog(readErrorFiles(dir));
}

/** The translations of one language (`zh-cn`), validated against the English pages. */
export function loadTranslations(locale: string, entries = loadCatalog()): Translation[] {
  const dir = join(projectRoot, `src/content/errors-${locale}`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ file: relative(projectRoot, join(dir, f)), source: readFileSync(join(dir, f), 'utf8') }));
  return parseTranslations(files, new Set(entries.map((e) => e.slug)));
}

/** Every page's report entry (plain title, cause, first fix and its command), for the CLI and the Action. */
export function loadReportEntries(): ReportEntry[] {
  return readErrorFiles().flatMap(({ file, source }) => {
    const { entry, body } = parseEntry(file, source);
    return entry ? [toReportEntry(entry, body ?? '')] : [];
  });
}
