// Reference engine: a frozen copy of src/lib/matcher/scan.ts at commit b3ce4d8 (the end of the
// regex-prefilter engine). tests/engine/differential.test.ts compares the byte-level engine with it. Do not edit.
/**
 * Stage 1: scan. One case-insensitive alternation of every literal runs over the whole
 * normalised text; only the lines it hits are looked at again.
 */
import { escapeRegExp } from './template.ts';

/** Lines longer than this are only examined around prefilter hits. */
const MAX_LINE = 8192;
const WINDOW = 2048;

/** The prefilter: one alternation of the (lowercased) literals, longest first. */
export function buildPrefilter(lowerLiterals: readonly string[]): RegExp {
  const literals = [...new Set(lowerLiterals)];
  // A literal that contains another adds nothing to the scan (every line it hits, the shorter one
  // hits too), and each alternative costs time at every position of the text.
  const scanned = literals.filter((l) => !literals.some((o) => o.length < l.length && l.includes(o)));
  return new RegExp(scanned.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gi');
}

/**
 * Call `visit(from, to, lineNo, window)` for every line of `text` the prefilter hits, in order,
 * once per line; a line longer than MAX_LINE is visited as a window around each hit instead
 * (`window` true). Returns the number of lines of the text.
 */
export function scanLines(
  text: string,
  prefilter: RegExp,
  visit: (from: number, to: number, lineNo: number, window: boolean) => void,
): number {
  // Line bookkeeping is incremental: line starts are only counted up to each hit.
  let lineNo = 1;
  let counted = 0;
  let lastLine = 0;
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
      visit(from, to, lineNo, true);
      prefilter.lastIndex = Math.max(prefilter.lastIndex, to);
      continue;
    }
    if (lineNo !== lastLine) {
      lastLine = lineNo;
      visit(start, end, lineNo, false);
    }
    prefilter.lastIndex = end;
  }
  return lineNo + countNewlines(text, counted, text.length);
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
