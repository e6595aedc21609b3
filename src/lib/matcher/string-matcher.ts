/**
 * The matcher for strings only: the same pipeline as matcher.ts (which builds on this file) without
 * the byte and stream sources. The wizard matches pastes up to 200 KB on the page's main thread
 * with it (larger ones go to a Web Worker with the full matcher), so the page does not load code
 * for files, chunks and UTF-8 lanes it never uses.
 */
import { patternsFromData, type CompiledData } from './compiled.ts';
import { rankDiagnoses } from './rank.ts';
import { buildEngine, matchSource, stringSource, type Engine, type Source } from './stream.ts';
import type { CompiledPattern, Diagnosis, RankEntry } from './types.ts';

/** Patterns and ranking data of a compiled catalog, with the automaton built on first use. */
export interface Prepared {
  patterns: readonly CompiledPattern[];
  byEntry: Map<string, RankEntry>;
  engine(): Engine;
}

export function prepare(data: CompiledData): Prepared {
  const patterns = patternsFromData(data);
  let engine: Engine | undefined;
  // An empty input never pays for the automaton.
  return { patterns, byEntry: new Map(data.entries.map((e) => [e.slug, e])), engine: () => (engine ??= buildEngine(patterns)) };
}

/** Scan, confirm and rank one source. */
export function matchPrepared(p: Prepared, src: Source, json?: boolean): Diagnosis[] {
  if (src.length === 0) return [];
  const { found, totalLines } = matchSource(p.engine(), src, json);
  return rankDiagnoses(found, p.byEntry, totalLines);
}

export interface StringMatcher {
  readonly patterns: readonly CompiledPattern[];
  match(text: string): Diagnosis[];
}

export function loadStringMatcher(data: CompiledData): StringMatcher {
  const p = prepare(data);
  return { patterns: p.patterns, match: (text) => (typeof text === 'string' ? matchPrepared(p, stringSource(text)) : []) };
}
