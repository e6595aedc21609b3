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
 *
 * string-matcher.ts is the same pipeline for strings only (the wizard's main thread).
 */
import { compileData, type CompiledData } from './compiled.ts';
import { rankDiagnoses } from './rank.ts';
import { bytesSource, MatchStream, pasteLooksLikeJson, stringSource, withByteScan } from './stream.ts';
import { matchPrepared, prepare } from './string-matcher.ts';
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
  const p = prepare(data);

  function match(raw: string | Uint8Array): Diagnosis[] {
    if (typeof raw === 'string') {
      // A large well-formed string is scanned as UTF-8 (lossless then): the byte scan runs two
      // lanes and is about twice as fast as the scan over UTF-16 code units. When it is ASCII,
      // offsets agree and only the scan uses the bytes.
      if (raw.length > BYTES_ABOVE && (raw as { isWellFormed?: () => boolean }).isWellFormed?.() === true) {
        const src = stringSource(raw);
        const json = pasteLooksLikeJson(src);
        const bytes = utf8.encode(raw);
        return matchPrepared(p, bytes.length === raw.length ? withByteScan(src, bytes) : bytesSource(bytes), json);
      }
      return matchPrepared(p, stringSource(raw));
    }
    return raw instanceof Uint8Array ? matchPrepared(p, bytesSource(raw)) : [];
  }

  function stream(): MatcherStream {
    let s: MatchStream | undefined;
    return {
      write(chunk: Uint8Array) {
        if (chunk.length) (s ??= new MatchStream(p.engine())).write(chunk);
      },
      end() {
        if (!s) return [];
        const { found, totalLines } = s.end();
        return rankDiagnoses(found, p.byEntry, totalLines);
      },
    };
  }

  return { patterns: p.patterns, match, stream };
}
