/**
 * Noisy pastes (pastes up to REPAIR_MAX bytes, after the exact pass): real pastes are
 * hard-wrapped at a fixed width by terminals and issue trackers, have stray spaces inside quotes
 * and around dots, or start in the middle of a message. This pass looks at the paste again with
 * those repaired and adds the pages it finds that the exact pass did not find; their occurrences
 * say how they were found (`repaired`). Pages the exact pass found are left exactly as they are.
 *
 * - Wrapped lines: when several lines share the paste's greatest length (a fixed-width wrap), or
 *   end within a few characters of it (a word wrap), each run of such lines is joined with the
 *   lines after it (at most MAX_JOIN lines; joined as they are, then with a space).
 * - Spacing: `' GLIBC_2.34 '` -> `'GLIBC_2.34'`, `libc. so.6` -> `libc.so.6`.
 * - A lost start: a template of several lines may have lost its first lines to the start of
 *   the paste (the lines that are there match).
 * Every step is a bounded regex or a bounded loop per line: linear in the paste.
 */
import { confirmPatterns, HEADER_LOOKBACK_LINES, packageHeader, prepareLine, type LineContext } from './confirm.ts';
import type { Engine } from './stream.ts';
import { eachLiteral, spanningStarts } from './scan.ts';
import { MAX_GAP, MAX_LINES } from './template.ts';
import type { Found, Occurrence } from './types.ts';

/** Pastes up to this size (bytes or UTF-16 units) get the repair pass. */
export const REPAIR_MAX = 1 << 20;
/** Lines joined into one at most. */
const MAX_JOIN = 6;
/** A word-wrapped line ends at most this many characters before the wrap width. */
const WORD_WRAP_SLACK = 16;
const MIN_WRAP_WIDTH = 40;

// Stray spaces inside quotes: `' GLIBC_2.34 '`, `" libfoo.so"`, `'libfoo.so '`.
const QUOTED = /(['"]) {1,3}([^\s'"]{1,300}) {0,3}\1|(['"])([^\s'"]{1,300}) {1,3}\3/g;
// Stray spaces around a dot between lower-case words or digits: `libc. so.6`, `github .com`.
const DOTTED = /([a-z0-9_]) {0,2}\. {1,2}(?=[a-z0-9_])|([a-z0-9_]) {1,2}\.(?=[a-z0-9_])/g;

/** The line with stray spaces in quotes and around dots removed. */
export function respace(line: string): string {
  if (!line.includes(' ')) return line;
  return line
    .replace(QUOTED, (_m, q1?: string, v1?: string, q2?: string, v2?: string) => (q1 ? `${q1}${v1}${q1}` : `${q2}${v2}${q2}`))
    .replace(DOTTED, (_m, a?: string, b?: string) => `${a ?? b}.`);
}

/** `visited`: numbers of the lines where the exact pass found a literal. */
export function repairPass(engine: Engine, text: string, found: Found, visited: readonly number[]): void {
  const lines = text.split('\n');
  const known = new Set(found.keys());
  const extra: Found = new Map();
  const { patterns, lowerLiterals, automaton, literalPatterns } = engine;

  const candidates = (prepared: string, onlyMultiLine = false): number[] => {
    const set = new Set<number>();
    eachLiteral(automaton, prepared, (id) => {
      for (const i of literalPatterns[id]) if (!known.has(patterns[i].slug) && (!onlyMultiLine || patterns[i].lines)) set.add(i);
    });
    return [...set].sort((a, b) => a - b);
  };
  const pkgBefore = (index: number) => {
    for (let n = 1; n <= HEADER_LOOKBACK_LINES && index - n >= 0; n++) {
      const pkg = packageHeader(lines[index - n]);
      if (pkg) return pkg;
    }
    return undefined;
  };
  const context = (index: number, startLost = false): LineContext => ({
    pkg: () => pkgBefore(index),
    neighbour: (offset) => {
      const l = lines[index + offset];
      return l === undefined ? undefined : l.length > 8192 ? '' : prepareLine(l);
    },
    ...(startLost ? { startLost: true } : {}),
  });
  /** Confirm a repaired text as line `index`; true when it gave a new page. */
  const attempt = (raw: string, index: number, how: NonNullable<Occurrence['repaired']>, ctx: LineContext, onlyMultiLine = false): boolean => {
    const prepared = prepareLine(raw);
    const cands = candidates(prepared, onlyMultiLine);
    if (!cands.length) return false;
    const before = extra.size;
    const local: Found = new Map();
    confirmPatterns(patterns, lowerLiterals, cands, prepared, index + 1, local, ctx);
    for (const [slug, occ] of local) {
      if (known.has(slug) || extra.has(slug)) continue;
      extra.set(slug, occ.map((o) => ({ ...o, repaired: how })));
    }
    return extra.size > before;
  };

  // Wrapped lines. Joins are tried where they can give something new: from a line with a
  // literal (and the line before it), and where a literal only appears once lines are glued
  // together.
  let width = 0;
  for (let i = 0; i < lines.length - 1; i++) width = Math.max(width, lines[i].length);
  if (width >= MIN_WRAP_WIDTH && width <= 1000) {
    const wrapped = (i: number) => lines[i].length >= width - WORD_WRAP_SLACK;
    const starts = new Set<number>();
    for (const lineNo of visited) {
      const i = lineNo - 1;
      if (i > 0 && wrapped(i - 1)) starts.add(i - 1);
      if (i < lines.length && wrapped(i)) starts.add(i);
    }
    for (const sep of ['', ' ']) for (const i of spanningStarts(automaton, lines, sep)) if (wrapped(i)) starts.add(i);
    for (const i of [...starts].sort((a, b) => a - b)) {
      if (i >= lines.length - 1) continue;
      let end = i + 1;
      while (end < lines.length - 1 && end - i < MAX_JOIN - 1 && wrapped(end)) end++;
      const parts = lines.slice(i, end + 1);
      const ctx = context(i);
      if (lines[i].length === width && attempt(parts.join(''), i, 'joined', ctx)) continue;
      if (attempt(parts.join(' '), i, 'joined', ctx)) continue;
      const joined = parts.join(lines[i].length === width ? '' : ' ');
      if (respace(joined) !== joined) attempt(respace(joined), i, 'joined', ctx);
    }
  }

  // Spacing: the whole text at once (no step crosses a line end), then the lines that changed.
  const respaced = respace(text);
  if (respaced !== text) {
    const fixed = respaced.split('\n');
    for (let i = 0; i < lines.length; i++) if (fixed[i] !== lines[i]) attempt(fixed[i], i, 'spacing', context(i));
  }

  // A lost start: templates of several lines whose first lines the paste lost.
  const first = lines.findIndex((l) => l.trim() !== '');
  for (let i = Math.max(first, 0); first !== -1 && i < Math.min(lines.length, first + MAX_LINES * (MAX_GAP + 1)); i++) {
    if (lines[i].length <= 8192) attempt(lines[i], i, 'start-lost', context(i, true), true);
  }

  for (const [slug, occ] of extra) found.set(slug, occ);
}
