/**
 * What the CI annotations, the job summary and the issue bot say about a page: its plain title,
 * its one-sentence cause and its first fix with the fix's quick command. Built from the pages at
 * bundle time (scripts/bundle.ts), so the bundles need no MDX at run time. Pure.
 */
import { extractFixTexts } from '../lib/catalog/fix-commands.ts';
import type { CatalogEntry } from '../lib/schema/error-entry.ts';

export interface ReportEntry {
  slug: string;
  /** The message template as the page titles it. */
  title: string;
  /** The title in plain words, when the page has one. */
  headline?: string;
  cause: string;
  fix?: {
    id: string;
    title: string;
    /** The fix's first fenced block: the command to run first. */
    command?: { lang: string; code: string };
  };
}

export function toReportEntry(entry: CatalogEntry, body: string): ReportEntry {
  const first = entry.fixes[0];
  const text = first ? extractFixTexts(body).find((f) => f.id === first.id) : undefined;
  const command = text?.commands[0];
  return {
    slug: entry.slug,
    title: entry.title,
    ...(entry.headline ? { headline: entry.headline } : {}),
    cause: entry.description,
    ...(first
      ? { fix: { id: first.id, title: first.title, ...(command ? { command: { lang: command.lang, code: command.code } } : {}) } }
      : {}),
  };
}
