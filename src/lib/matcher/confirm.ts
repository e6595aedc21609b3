/**
 * Stage 2: confirm. A line the scan flagged is prepared (log prefixes stripped, volatile tokens
 * replaced) and each pattern whose literal it contains runs on that line alone.
 */
import { toCapture, type Capture } from './captures.ts';
import { normalizeVolatile, stripLinePrefixes } from './normalize.ts';
import type { CompiledPattern, Found, Occurrence } from './types.ts';

/** A paste rarely holds more; the cap keeps pathological inputs (a million hits) bounded. */
const MAX_OCCURRENCES_PER_PAGE = 50;

export function prepareLine(line: string): string {
  return normalizeVolatile(stripLinePrefixes(line));
}

/**
 * Run every pattern whose literal the prepared line contains, in pattern order, and record the
 * occurrences. `context` gives the `# package` header that applies to this line, if any.
 */
export function confirmLine(
  patterns: readonly CompiledPattern[],
  lowerLiterals: readonly string[],
  line: string,
  lineNo: number,
  found: Found,
  context: () => string | undefined,
): void {
  const lower = line.toLowerCase();
  for (let i = 0; i < patterns.length; i++) {
    if (!lower.includes(lowerLiterals[i])) continue;
    const p = patterns[i];
    const occurrence = confirm(p, line, lineNo);
    if (!occurrence) continue;
    if (!occurrence.captures.package) {
      const pkg = context();
      if (pkg) occurrence.captures.package = { kind: 'package', text: pkg };
    }
    const list = found.get(p.slug) ?? [];
    if (list.length >= MAX_OCCURRENCES_PER_PAGE) continue;
    if (!list.some((o) => o.line === lineNo)) list.push(occurrence);
    found.set(p.slug, list);
  }
}

/** Run one pattern on one line; returns the occurrence with typed captures, or undefined. */
export function confirm(p: CompiledPattern, line: string, lineNo: number): Occurrence | undefined {
  const m = p.regex.exec(line);
  if (!m) return undefined;
  const captures: Record<string, Capture> = {};
  if (p.leading) {
    let i = m.index;
    while (i > 0 && m.index - i < p.leading.max && p.leading.test.test(line[i - 1])) i--;
    if (i === m.index) return undefined;
    const value = line.slice(i, m.index);
    if (p.leading.startsWith && !p.leading.startsWith.test(value)) return undefined;
    captures[p.leading.name] = toCapture(p.leading.kind, value);
  }
  for (const hole of p.holes) {
    const value = m.groups?.[hole.name];
    if (value !== undefined) captures[hole.name] = toCapture(hole.kind, value);
  }
  if (p.code) captures.code = { kind: 'code', text: m[0].trim(), code: p.code.value };
  return { line: lineNo, text: line, captures, messageIndex: p.messageIndex };
}

/** How many lines before an error a `# <package>` header from go build/go test is looked for. */
export const HEADER_LOOKBACK_LINES = 64;
const PACKAGE_HEADER = /^# ([\w.~/-]{1,300})$/;

/**
 * The package named by a line, when it is the header go build and go test print before the
 * output of each failing package (`# <import path>`, `# command-line-arguments` for files named on
 * the command line).
 */
export function packageHeader(line: string): string | undefined {
  if (!line.includes('#')) return undefined;
  return PACKAGE_HEADER.exec(stripLinePrefixes(line))?.[1];
}
