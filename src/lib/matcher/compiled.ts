/**
 * The compiled form of a catalog for the matcher: plain JSON data (regex sources, hole tables),
 * so a program that ships it starts matching without parsing a single template. `compileData`
 * makes it from catalog entries; `loadMatcher` turns it into a Matcher.
 */
import { compilePatterns, linePattern } from './patterns.ts';
import type { LeadingHole } from './template.ts';
import type { CompiledPattern, LinePattern, MatcherEntry, RankEntry } from './types.ts';

/** Bump when the shape below or the meaning of a compiled pattern changes. */
export const COMPILED_FORMAT = 1;

interface LineData {
  source: string;
  leading?: LeadingHole;
  holes: LinePattern['holes'];
}

export interface PatternData extends LineData {
  /** Index into `entries`. */
  entry: number;
  messageIndex: number;
  flags: string;
  literal: string;
  code?: CompiledPattern['code'];
  lines?: (LineData & { gap: number })[];
  anchor?: number;
}

export interface CompiledData {
  format: number;
  /** The entries without their message texts (ranking and display need the rest). */
  entries: RankEntry[];
  patterns: PatternData[];
}

function lineData(p: LineData): LineData {
  return { source: p.source, ...(p.leading ? { leading: leadingData(p.leading) } : {}), holes: p.holes };
}

function leadingData({ name, kind, charClass, max, prefix }: LeadingHole): LeadingHole {
  return { name, kind, charClass, max, ...(prefix ? { prefix } : {}) };
}

/** Compile entries into plain data. Throws TemplateError for a template that cannot be compiled. */
export function compileData(entries: readonly MatcherEntry[]): CompiledData {
  const index = new Map(entries.map((e, i) => [e.slug, i]));
  const patterns = compilePatterns(entries).map((p): PatternData => ({
    entry: index.get(p.slug)!,
    messageIndex: p.messageIndex,
    flags: p.flags,
    literal: p.literal,
    ...lineData(p),
    ...(p.code ? { code: p.code } : {}),
    ...(p.lines ? { lines: p.lines.map((l) => ({ ...lineData(l), gap: l.gap })), anchor: p.anchor } : {}),
  }));
  return {
    format: COMPILED_FORMAT,
    entries: entries.map(({ slug, title, aliases, specificity, supersedes }) => ({
      slug,
      title,
      ...(aliases?.length ? { aliases } : {}),
      ...(specificity ? { specificity } : {}),
      ...(supersedes?.length ? { supersedes } : {}),
    })),
    patterns,
  };
}

/** Compiled data -> patterns with their regexes (V8 compiles each regex on its first use). */
export function patternsFromData(data: CompiledData): CompiledPattern[] {
  if (data.format !== COMPILED_FORMAT) throw new Error(`compiled catalog format ${data.format}, expected ${COMPILED_FORMAT}: rebuild it`);
  return data.patterns.map((p) => ({
    slug: data.entries[p.entry].slug,
    messageIndex: p.messageIndex,
    flags: p.flags,
    literal: p.literal,
    ...linePattern(p, p.flags),
    ...(p.code ? { code: p.code } : {}),
    ...(p.lines ? { lines: p.lines.map((l) => ({ ...linePattern(l), gap: l.gap })), anchor: p.anchor } : {}),
  }));
}
