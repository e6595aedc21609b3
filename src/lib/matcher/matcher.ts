/**
 * compile(entries) -> Matcher (or loadMatcher(compiled data) -> Matcher); matcher.match(text) ->
 * Diagnosis[]. The pipeline:
 *
 *   patterns.ts  entries -> literal-led patterns, one distinctive literal each (compiled.ts keeps
 *                them as JSON data, so a program can ship them precompiled)
 *   scan.ts      one pass over the raw bytes (or string) finds the lines that contain a literal
 *                or need normalising, with one automaton for every literal
 *   stream.ts    only those lines are decoded and normalised (normalize.ts: ANSI, line ends,
 *                entities, quotes, spacing), for one buffer or a stream of chunks
 *   confirm.ts   each flagged line is prepared and run through the patterns whose literal it has
 *   rank.ts      matches grouped per page and ranked with data from the frontmatter
 */
import { compileData, patternsFromData, type CompiledData } from './compiled.ts';
import { rankDiagnoses } from './rank.ts';
import { buildEngine, bytesSource, matchSource, MatchStream, pasteLooksLikeJson, stringSource, withByteScan, type Engine } from './stream.ts';
import type { Diagnosis, Matcher, MatcherEntry, MatcherStream } from './types.ts';

const utf8 = new TextEncoder();
/**
 * Strings longer than this are matched as UTF-8 bytes (below it, encoding and the typed-array
 * searches cost more than the faster scan saves, in Chromium at least).
 */
const BYTES_ABOVE = 1 << 20;

export function compile(entries: readonly MatcherEntry[]): Matcher {
  return loadMatcher(compileData(entries));
}

export function loadMatcher(data: CompiledData): Matcher {
  const patterns = patternsFromData(data);
  const byEntry = new Map(data.entries.map((e) => [e.slug, e]));
  // The automaton is built on first use: an empty input never pays for it.
  let engine: Engine | undefined;
  const getEngine = () => (engine ??= buildEngine(patterns));

  function match(raw: string | Uint8Array): Diagnosis[] {
    let src;
    let json: boolean | undefined;
    if (typeof raw === 'string') {
      src = stringSource(raw);
      // A large well-formed string is scanned as UTF-8 (lossless then): the byte scan runs two
      // lanes and is about twice as fast as the scan over UTF-16 code units. When it is ASCII,
      // offsets agree and only the scan uses the bytes.
      if (raw.length > BYTES_ABOVE && (raw as { isWellFormed?: () => boolean }).isWellFormed?.() === true) {
        json = pasteLooksLikeJson(src);
        const bytes = utf8.encode(raw);
        src = bytes.length === raw.length ? withByteScan(src, bytes) : bytesSource(bytes);
      }
    } else if (raw instanceof Uint8Array) {
      src = bytesSource(raw);
    } else {
      return [];
    }
    if (src.length === 0) return [];
    const { found, totalLines } = matchSource(getEngine(), src, json);
    return rankDiagnoses(found, byEntry, totalLines);
  }

  function stream(): MatcherStream {
    let s: MatchStream | undefined;
    return {
      write(chunk: Uint8Array) {
        if (chunk.length) (s ??= new MatchStream(getEngine())).write(chunk);
      },
      end() {
        if (!s) return [];
        const { found, totalLines } = s.end();
        return rankDiagnoses(found, byEntry, totalLines);
      },
    };
  }

  return { patterns, match, stream };
}
