/**
 * What a shared diagnosis carries: the matched lines of a paste with a few lines around each,
 * never the whole log, with secret-looking values redacted. Used for the `#q=` fragment, "Copy
 * link", "Copy as Markdown" and the prefilled report, and shown to the reader before any of them.
 */
import { normalizeText } from '../matcher/normalize.ts';
import { redactSecrets } from './redact.ts';

export const CONTEXT_LINES = 2;
/** Longest excerpt; a link of this size still opens everywhere. */
export const MAX_EXCERPT = 4000;
const MAX_LINE = 1000;
/** Pastes above this size are not normalised as a whole (only the lines taken). */
const NORMALIZE_LIMIT = 2_000_000;
export const GAP = '[…]';

export interface Excerpt {
  /** The lines to share, redacted, with `[…]` where lines were left out. */
  text: string;
  /** How many values were redacted. */
  redacted: number;
}

/**
 * `lines` are 1-based line numbers as the matcher reports them (it counts lines after turning CRLF
 * and lone CR into line breaks).
 */
export function shareExcerpt(text: string, lines: readonly number[], context = CONTEXT_LINES): Excerpt {
  // Line numbers are the matcher's (after normalisation). When normalising keeps the line count,
  // which it does unless the paste holds escaped newlines, the reader's own lines are shared as
  // they were pasted (quotes and spaces unfolded).
  const raw = text.split(/\r\n?|\n/);
  const normalized = text.length <= NORMALIZE_LIMIT ? normalizeText(text).split(/\r\n?|\n/) : raw;
  const all = normalized.length === raw.length ? raw : normalized;
  const wanted = [...new Set(lines)].filter((n) => n >= 1 && n <= all.length).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of wanted) {
    const from = Math.max(1, n - context);
    const to = Math.min(all.length, n + context);
    const prev = runs[runs.length - 1];
    if (prev && from <= prev[1] + 1) prev[1] = Math.max(prev[1], to);
    else runs.push([from, to]);
  }
  const out: string[] = [];
  let size = 0;
  for (const [i, [from, to]] of runs.entries()) {
    if (i > 0 || from > 1) out.push(GAP);
    for (let n = from; n <= to; n++) {
      const line = all[n - 1].length > MAX_LINE ? `${all[n - 1].slice(0, MAX_LINE)}…` : all[n - 1];
      size += line.length + 1;
      if (size > MAX_EXCERPT) break;
      out.push(line);
    }
    if (size > MAX_EXCERPT) break;
  }
  const last = runs[runs.length - 1];
  if (last && last[1] < all.length && size <= MAX_EXCERPT) out.push(GAP);
  const joined = out.join('\n');
  const { text: redacted, count } = redactSecrets(joined);
  return { text: redacted, redacted: count };
}
