/**
 * compile(entries) -> Matcher; matcher.match(text) -> Diagnosis[].
 *
 * 1. Every message template and error code becomes a literal-led pattern with one distinctive
 *    literal (template.ts, codes.ts).
 * 2. One case-insensitive alternation of all literals scans the whole normalised text; only the
 *    lines it hits are looked at again (about as fast as grep -E; see tooling.md section 6).
 * 3. On a hit line, each pattern whose literal the line contains runs on that line alone.
 * 4. Matches are grouped per page and ranked with data from the frontmatter (rank.ts).
 */
import type { Code } from '../schema/error-entry.ts';
import { toCapture, type Capture } from './captures.ts';
import { codePatterns, codeValue } from './codes.ts';
import { normalizeText, normalizeVolatile, stripLinePrefixes } from './normalize.ts';
import { rankDiagnoses } from './rank.ts';
import { compileTemplate, escapeRegExp, type LeadingHole } from './template.ts';

/** What the matcher needs from a catalog entry (a subset of the frontmatter plus the slug). */
export interface MatcherEntry {
  slug: string;
  title: string;
  aliases?: string[];
  messages: { text: string; match?: boolean }[];
  codes?: Code[];
  specificity?: number;
  supersedes?: string[];
}

export interface CompiledPattern {
  slug: string;
  /** Index into the entry's `messages`, or -1 for a pattern made from an error code. */
  messageIndex: number;
  source: string;
  flags: string;
  literal: string;
  regex: RegExp;
  leading?: LeadingHole & { test: RegExp; startsWith?: RegExp };
  holes: { name: string; kind: Capture['kind'] }[];
  code?: { value: number; name: string; system: Code['system'] };
}

export interface Occurrence {
  /** 1-based line number in the normalised paste. */
  line: number;
  /** The line, without log prefixes and with volatile tokens replaced. */
  text: string;
  captures: Record<string, Capture>;
  messageIndex: number;
}

export interface Diagnosis {
  slug: string;
  aliases: string[];
  title: string;
  /** First line at which the page matched. */
  line: number;
  text: string;
  captures: Record<string, Capture>;
  /** Higher is better; results come sorted by it. */
  score: number;
  /** True when a more specific page that supersedes this one also matched. */
  superseded: boolean;
  occurrences: Occurrence[];
}

export interface Matcher {
  readonly patterns: readonly CompiledPattern[];
  match(text: string): Diagnosis[];
}

export class TemplateError extends Error {
  readonly slug: string;
  readonly messageIndex: number;
  constructor(slug: string, messageIndex: number, reason: string) {
    super(`${slug}: messages[${messageIndex}].text: ${reason}`);
    this.slug = slug;
    this.messageIndex = messageIndex;
  }
}

/** Lines longer than this are only examined around prefilter hits. */
const MAX_LINE = 8192;
const WINDOW = 2048;
/** A paste rarely holds more; the cap keeps pathological inputs (a million hits) bounded. */
const MAX_OCCURRENCES_PER_PAGE = 50;

export function compile(entries: readonly MatcherEntry[]): Matcher {
  const patterns: CompiledPattern[] = [];
  for (const entry of entries) {
    entry.messages.forEach((message, messageIndex) => {
      if (message.match === false) return;
      let compiled;
      try {
        compiled = compileTemplate(message.text);
      } catch (err) {
        throw new TemplateError(entry.slug, messageIndex, (err as Error).message);
      }
      patterns.push({
        slug: entry.slug,
        messageIndex,
        source: compiled.source,
        flags: '',
        literal: compiled.literal,
        regex: new RegExp(compiled.source),
        leading: compiled.leading && {
          ...compiled.leading,
          test: new RegExp(compiled.leading.charClass),
          startsWith: compiled.leading.prefix ? new RegExp(`^(?:${compiled.leading.prefix})`) : undefined,
        },
        holes: compiled.holes,
      });
    });
    for (const code of entry.codes ?? []) {
      for (const p of codePatterns(code)) {
        patterns.push({
          slug: entry.slug,
          messageIndex: -1,
          source: p.source,
          flags: p.flags,
          literal: p.literal,
          regex: new RegExp(p.source, p.flags),
          holes: [],
          code: { value: codeValue(code), name: code.name, system: code.system },
        });
      }
    }
  }
  const lowerLiterals = patterns.map((p) => p.literal.toLowerCase());
  const literals = [...new Set(lowerLiterals)];
  // A literal that contains another adds nothing to the scan (every line it hits, the shorter one
  // hits too), and each alternative costs time at every position of the text.
  const scanned = literals.filter((l) => !literals.some((o) => o.length < l.length && l.includes(o)));
  const prefilter = new RegExp(scanned.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gi');
  const byEntry = new Map(entries.map((e) => [e.slug, e]));

  function matchLine(line: string, lineNo: number, found: Map<string, Occurrence[]>, context: () => string | undefined): void {
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

  function match(raw: string): Diagnosis[] {
    if (typeof raw !== 'string' || raw.length === 0) return [];
    const text = normalizeText(raw);
    const found = new Map<string, Occurrence[]>();
    const seenLines = new Set<number>();
    // Line bookkeeping is incremental: line starts are only counted up to each hit.
    let lineNo = 1;
    let counted = 0;
    prefilter.lastIndex = 0;
    for (let m = prefilter.exec(text); m !== null; m = prefilter.exec(text)) {
      const at = m.index;
      const start = text.lastIndexOf('\n', at) + 1;
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      lineNo += countNewlines(text, counted, start);
      counted = start;
      if (end - start > MAX_LINE) {
        // A huge line (a minified blob, binary junk): look at a window around this hit only.
        const from = Math.max(start, at - WINDOW);
        const to = Math.min(end, at + WINDOW);
        matchLine(prepareLine(text.slice(from, to)), lineNo, found, () => undefined);
        prefilter.lastIndex = Math.max(prefilter.lastIndex, to);
        continue;
      }
      if (!seenLines.has(lineNo)) {
        seenLines.add(lineNo);
        matchLine(prepareLine(text.slice(start, end)), lineNo, found, () => packageHeaderBefore(text, start));
      }
      prefilter.lastIndex = end;
    }
    return rankDiagnoses(found, byEntry, lineNo);
  }

  return { patterns, match };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** How far back a `# <package>` header from go build/go test is looked for. */
const HEADER_LOOKBACK = 4096;
const PACKAGE_HEADER = /^# ([\w.~/-]{1,300})$/;

/**
 * The package a build error belongs to: go build and go test print `# <import path>` before the
 * output of each failing package (`# command-line-arguments` for files named on the command line).
 */
function packageHeaderBefore(text: string, lineStart: number): string | undefined {
  const from = Math.max(0, lineStart - HEADER_LOOKBACK);
  const lines = text.slice(from, lineStart).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = PACKAGE_HEADER.exec(stripLinePrefixes(lines[i]));
    if (m) return m[1];
  }
  return undefined;
}

function prepareLine(line: string): string {
  return normalizeVolatile(stripLinePrefixes(line));
}

/** Run one pattern on one line; returns the occurrence with typed captures, or undefined. */
function confirm(p: CompiledPattern, line: string, lineNo: number): Occurrence | undefined {
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

export type { Capture };
