// Reference engine: a frozen copy of src/lib/matcher/matcher.ts at commit b3ce4d8 (the end of the
// regex-prefilter engine). tests/engine/differential.test.ts compares the byte-level engine with it. Do not edit.
/**
 * compile(entries) -> Matcher (or loadMatcher(compiled data) -> Matcher); matcher.match(text) ->
 * Diagnosis[]. The pipeline:
 *
 *   patterns.ts  entries -> literal-led patterns, one distinctive literal each (compiled.ts keeps
 *                them as JSON data, so a program can ship them precompiled)
 *   normalize.ts paste -> matchable text (ANSI, line ends, entities, quotes, spacing)
 *   scan.ts      one pass over the text finds the lines that contain a literal
 *   confirm.ts   only those lines are prepared and run through the patterns they could match
 *   rank.ts      matches grouped per page and ranked with data from the frontmatter
 */
import { confirmLine, HEADER_LOOKBACK_LINES, NO_CONTEXT, packageHeader, prepareLine, type LineContext } from './confirm.ts';
import { normalizeText } from './normalize.ts';
import { compileData, patternsFromData, type CompiledData } from './compiled.ts';
import { rankDiagnoses } from './rank.ts';
import { buildPrefilter, scanLines } from './scan.ts';
import type { Diagnosis, Found, Matcher, MatcherEntry } from './types.ts';

export function compile(entries: readonly MatcherEntry[]): Matcher {
  return loadMatcher(compileData(entries));
}

export function loadMatcher(data: CompiledData): Matcher {
  const patterns = patternsFromData(data);
  const lowerLiterals = patterns.map((p) => p.literal.toLowerCase());
  const prefilter = buildPrefilter(lowerLiterals);
  const byEntry = new Map(data.entries.map((e) => [e.slug, e]));

  function match(raw: string): Diagnosis[] {
    if (typeof raw !== 'string' || raw.length === 0) return [];
    const text = normalizeText(raw);
    const found: Found = new Map();
    const totalLines = scanLines(text, prefilter, (from, to, lineNo, window) => {
      const context = window ? NO_CONTEXT : lineContext(text, from, to);
      confirmLine(patterns, lowerLiterals, prepareLine(text.slice(from, to)), lineNo, found, context);
    });
    return rankDiagnoses(found, byEntry, totalLines);
  }

  return { patterns, match };
}

/** Lines longer than this never match as a neighbour of a multi-line template. */
const MAX_NEIGHBOUR = 8192;

function lineContext(text: string, from: number, to: number): LineContext {
  return {
    pkg: () => packageHeaderBefore(text, from),
    neighbour(offset) {
      let start = from;
      let end = to;
      for (let n = 0; n < -offset; n++) {
        if (start === 0) return undefined;
        end = start - 1;
        start = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
      }
      for (let n = 0; n < offset; n++) {
        if (end === text.length) return undefined;
        start = end + 1;
        end = text.indexOf('\n', start);
        if (end === -1) end = text.length;
      }
      return end - start > MAX_NEIGHBOUR ? '' : prepareLine(text.slice(start, end));
    },
  };
}

/** The nearest `# <package>` header among the lines before the one starting at `lineStart`. */
function packageHeaderBefore(text: string, lineStart: number): string | undefined {
  let end = lineStart - 1;
  for (let n = 0; n < HEADER_LOOKBACK_LINES && end >= 0; n++) {
    const start = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
    const pkg = packageHeader(text.slice(start, end));
    if (pkg) return pkg;
    end = start - 1;
  }
  return undefined;
}
