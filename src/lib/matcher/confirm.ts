/**
 * Stage 2: confirm. A line the scan flagged is prepared (log prefixes stripped, volatile tokens
 * replaced) and each pattern whose literal it contains runs on that line alone.
 */
import { toCapture, type Capture } from './captures.ts';
import { normalizeVolatile, stripLinePrefixes } from './normalize.ts';
import type { CompiledPattern, Found, LinePattern, Occurrence } from './types.ts';

/** A paste rarely holds more; the cap keeps pathological inputs (a million hits) bounded. */
const MAX_OCCURRENCES_PER_PAGE = 50;

export function prepareLine(line: string): string {
  return normalizeVolatile(stripLinePrefixes(line));
}

/** What confirming a line may need from the text around it. */
export interface LineContext {
  /** The `# package` header that applies to this line, if any. */
  pkg(): string | undefined;
  /**
   * The prepared text of the line `offset` lines away (negative: before this one); '' for a line
   * too long to match, undefined past either end of the paste.
   */
  neighbour(offset: number): string | undefined;
  /**
   * The paste may have lost its first lines (repair.ts): a template of several lines whose
   * earlier lines would lie before the start of the paste matches from the lines that are there
   * (two at least).
   */
  startLost?: boolean;
}

/** For windows of huge lines: no package header, no neighbours. */
export const NO_CONTEXT: LineContext = { pkg: () => undefined, neighbour: () => undefined };

/**
 * Run every pattern whose literal the prepared line contains, in pattern order, and record the
 * occurrences.
 */
export function confirmLine(
  patterns: readonly CompiledPattern[],
  lowerLiterals: readonly string[],
  line: string,
  lineNo: number,
  found: Found,
  context: LineContext,
): void {
  confirmPatterns(patterns, lowerLiterals, undefined, line, lineNo, found, context);
}

/**
 * confirmLine restricted to `candidates` (pattern indices, ascending): the patterns whose literal
 * the scan found in the line. A pattern outside them cannot match (its literal is missing).
 */
export function confirmPatterns(
  patterns: readonly CompiledPattern[],
  lowerLiterals: readonly string[],
  candidates: readonly number[] | undefined,
  line: string,
  lineNo: number,
  found: Found,
  context: LineContext,
): void {
  const lower = line.toLowerCase();
  const n = candidates ? candidates.length : patterns.length;
  for (let c = 0; c < n; c++) {
    const i = candidates ? candidates[c] : c;
    if (!lower.includes(lowerLiterals[i])) continue;
    const p = patterns[i];
    const occurrence = p.lines ? confirmLines(p, line, lineNo, context) : confirm(p, line, lineNo);
    if (!occurrence) continue;
    if (!occurrence.captures.package) {
      const pkg = context.pkg();
      if (pkg) occurrence.captures.package = { kind: 'package', text: pkg };
    }
    const list = found.get(p.slug) ?? [];
    if (list.length >= MAX_OCCURRENCES_PER_PAGE) continue;
    if (!list.some((o) => o.line === occurrence.line)) list.push(occurrence);
    found.set(p.slug, list);
  }
}

/** Run one single-line pattern on one line; returns the occurrence with typed captures, or undefined. */
export function confirm(p: CompiledPattern, line: string, lineNo: number): Occurrence | undefined {
  const captures = matchLinePattern(p, line, p.code?.value);
  return captures && { line: lineNo, text: line, captures, messageIndex: p.messageIndex };
}

/** Captures of a line pattern on a line, or undefined when it does not match. */
export function matchLinePattern(p: LinePattern, line: string, code?: number): Record<string, Capture> | undefined {
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
  if (code !== undefined) captures.code = { kind: 'code', text: m[0].trim(), code };
  return captures;
}

/**
 * A template of several lines, anchored on this line: the lines after the anchor are matched
 * forwards and those before it backwards, each at the nearest line that fits (directly next to
 * its neighbour, or within the gap a `...` allows). The occurrence starts at the first line.
 */
function confirmLines(p: CompiledPattern, line: string, lineNo: number, context: LineContext): Occurrence | undefined {
  const lines = p.lines!;
  const anchor = p.anchor!;
  const captures = matchLinePattern(lines[anchor], line);
  if (!captures) return undefined;
  const texts = [line];
  let at = 0;
  for (let i = anchor + 1; i < lines.length; i++) {
    const hit = nearest(lines[i], context, at + 1, at + 1 + lines[i].gap);
    if (hit === undefined || hit === START) return undefined;
    Object.assign(captures, hit.captures);
    texts.push(hit.text);
    at = hit.offset;
  }
  at = 0;
  for (let i = anchor - 1; i >= 0; i--) {
    const hit = nearest(lines[i], context, at - 1, at - 1 - lines[i + 1].gap);
    // A lost start leaves at least two of the template's lines (one alone says too little).
    if (hit === START) {
      if (texts.length < 2) return undefined;
      break;
    }
    if (hit === undefined) return undefined;
    Object.assign(captures, hit.captures);
    texts.unshift(hit.text);
    at = hit.offset;
  }
  return { line: lineNo + at, text: texts.join('\n'), captures, messageIndex: p.messageIndex };
}

const START = 'start' as const;

/**
 * The first line from offset `from` to `to` (either direction) that the line pattern matches;
 * START when the search ran past the start of a paste that lost its first lines.
 */
function nearest(lp: LinePattern, context: LineContext, from: number, to: number) {
  const step = to >= from ? 1 : -1;
  for (let offset = from; offset !== to + step; offset += step) {
    const text = context.neighbour(offset);
    if (text === undefined) return step < 0 && context.startLost ? START : undefined;
    const captures = matchLinePattern(lp, text);
    if (captures) return { offset, text, captures };
  }
  return undefined;
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
