/** Every page's report entry (src/integrations/report-entry.ts), read from the MDX files. */
import { parseEntry } from '../../src/lib/catalog/parse.ts';
import { readErrorFiles } from '../../src/lib/catalog/load-node.ts';
import { toReportEntry, type ReportEntry } from '../../src/integrations/report-entry.ts';

export function loadReportEntries(): ReportEntry[] {
  return readErrorFiles().flatMap(({ file, source }) => {
    const { entry, body } = parseEntry(file, source);
    return entry ? [toReportEntry(entry, body ?? '')] : [];
  });
}
