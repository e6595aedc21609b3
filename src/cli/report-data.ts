/**
 * The report texts of every page (plain title, cause, first fix and its command), for the CLI's
 * `--format github`. In a source checkout they are read from the pages; the packaged CLI has them
 * embedded instead (scripts/bundle.ts replaces this module).
 */
import type { ReportEntry } from '../integrations/report-entry.ts';

export async function loadReports(): Promise<Map<string, ReportEntry>> {
  const { loadReportEntries } = await import('../lib/catalog/load-node.ts');
  return new Map(loadReportEntries().map((r) => [r.slug, r]));
}
