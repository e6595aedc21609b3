/**
 * Stage 1: scan. Every catalog literal is looked for at once, over bytes, by one deterministic
 * automaton; only the lines it flags are decoded, normalised and confirmed (stream.ts).
 *
 * Design note (measured on this machine, a 20 MB synthetic CI log, Node 24, CPU time):
 * - The previous prefilter, one case-insensitive regex alternation of every literal over a UTF-16
 *   copy of the normalised text, ran at about 55-60 MB/s for the whole match, and its cost grows
 *   with each literal.
 * - A rare-byte (here: bigram) skip filter with verification: the filter loop alone took 46 ms,
 *   and with ~200 literals one position in five still passed it (4 million stops), each needing
 *   a verification; it gets worse with every literal whose bigrams are common.
 * - Chosen: an Aho-Corasick automaton compiled to a dense DFA in typed arrays. Bytes go through a
 *   256-entry class table first (ASCII case folded, bytes that no literal contains share class 0),
 *   so a row is ~100 entries instead of 256, and state numbers are premultiplied by the row
 *   length: the inner loop is `s = delta[s + cls[byte]]` and one sign test, whatever the number
 *   of literals (a transition into a state where a literal ends, or on a byte that needs a closer
 *   look, is stored negated). Each step waits on the previous load, so two lanes scan the two
 *   halves of a buffer interleaved: 40 ms for the 20 MB log (about 500 MB/s), against 99 ms for
 *   one lane with a line-break event per line. The table's size does not show: the same speed
 *   with the catalog doubled (8,000 states) and with synthetic catalogs 2x and 4x (`npm run bench`).
 * - Normalisation is folded into the automaton where it is free: tabs and runs of spaces count as
 *   one space (a state reached by a space loops on further spaces), a backtick counts as a quote,
 *   a CR separates like a line end. Bytes whose normalisation could change what the automaton
 *   sees (ESC, an `&` that may start an entity, non-ASCII quotes and spaces, a backslash in a JSON
 *   paste) are "closer look" bytes: their line takes the slow path (decoded and normalised, then
 *   scanned again as text).
 */

/** Code point classes for strings: what the slow path scans after normalisation. */
const textEncoder = new TextEncoder();

export interface Automaton {
  /** Row length (number of byte classes). */
  readonly k: number;
  /**
   * Byte -> class for raw input: bytes whose normalisation matters map to SPECIAL (ESC, `&`, the
   * lead bytes of non-ASCII quotes and spaces); in a JSON paste the backslash too (rawClassJson).
   * A CR is a plain separator: normalisation turns it into a line break or drops it.
   */
  readonly rawClass: Uint8Array;
  readonly rawClassJson: Uint8Array;
  /** Byte -> class for normalised text. */
  readonly normClass: Uint8Array;
  /**
   * Transitions: v = delta[state + class]. States are premultiplied by k (0 is the root). v >= 0
   * is the next state; v < 0 means a literal ends there: the next state is -v; SPECIAL (-1) is
   * a raw byte that needs a closer look. So the scan loops test one sign per byte.
   */
  readonly delta: Int32Array;
  /** Per state (state / k): its literal ids are outIds[outStart[i]..outStart[i + 1]). */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  /** Per state: UTF-16 lengths of the shortest and the longest literal that ends there. */
  readonly shortest: Int32Array;
  readonly longest: Int32Array;
  /** The (ASCII-folded) literals, by id. */
  readonly literals: readonly string[];
}

/** delta value of a raw byte that needs a closer look. */
export const SPECIAL = -1;

/** ASCII-only lower case: the automaton folds ASCII letters and compares other bytes exactly. */
export function asciiFold(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x27;
const BACKTICK = 0x60;
const NL = 0x0a;
/** Raw bytes that need a closer look. */
const SPECIAL_BYTES = [0x1b, 0x26, 0xc2, 0xe2, 0xe3];

/**
 * Build the automaton for the literals (ASCII-folded, deduplicated by the caller). Rows are
 * filled breadth first by copying the failure state's row (a native copy) and writing the
 * state's own children over it: the build stays a few milliseconds for thousands of states.
 */
export function buildAutomaton(literals: readonly string[]): Automaton {
  const bytes = literals.map((l) => textEncoder.encode(l));
  // Byte classes: class 0 for bytes in no literal, then one per distinct byte, then SPECIAL.
  const normClass = new Uint8Array(256);
  let classes = 1;
  for (const b of bytes) for (const c of b) if (normClass[c] === 0) normClass[c] = classes++;
  for (let c = 0x41; c <= 0x5a; c++) normClass[c] = normClass[c + 0x20];
  normClass[TAB] = normClass[SPACE];
  normClass[BACKTICK] = normClass[QUOTE];
  const special = classes++;
  const k = classes;
  const rawClass = normClass.slice();
  for (const c of SPECIAL_BYTES) rawClass[c] = special;
  const rawClassJson = rawClass.slice();
  rawClassJson[0x5c] = special;
  const spaceClass = normClass[SPACE];

  // Trie: children per node as (class, node) pairs.
  const children: number[][] = [[]];
  const terminal: number[] = [-1];
  const lastClass: number[] = [0];
  bytes.forEach((b, id) => {
    let s = 0;
    for (const c of b) {
      const cls = normClass[c];
      const kids = children[s];
      let t = -1;
      for (let i = 0; i < kids.length; i += 2) if (kids[i] === cls) t = kids[i + 1];
      if (t === -1) {
        t = children.length;
        kids.push(cls, t);
        children.push([]);
        terminal.push(-1);
        lastClass.push(cls);
      }
      s = t;
    }
    if (terminal[s] === -1) terminal[s] = id;
  });
  const nodes = children.length;

  // Aho-Corasick, breadth first. (Flat arrays and no closures: this runs once per process,
  // before V8 has optimised anything.)
  const delta = new Int32Array(nodes * k);
  const fail = new Int32Array(nodes);
  const accepting = new Uint8Array(nodes);
  const order = new Int32Array(nodes);
  let queued = 1;
  delta[special] = SPECIAL;
  for (let q = 0; q < queued; q++) {
    const s = order[q];
    const row = s * k;
    if (s !== 0) delta.copyWithin(row, fail[s] * k, fail[s] * k + k);
    const kids = children[s];
    for (let i = 0; i < kids.length; i += 2) {
      const c = kids[i];
      const t = kids[i + 1];
      let f = 0;
      if (s !== 0) {
        f = delta[fail[s] * k + c];
        f = (f < 0 ? -f : f) / k;
      }
      fail[t] = f;
      accepting[t] = terminal[t] !== -1 || accepting[f] ? 1 : 0;
      delta[row + c] = accepting[t] ? -(t * k) : t * k;
      order[queued++] = t;
    }
  }
  // A state reached by a space stays there on further spaces (runs of spaces count as one).
  if (spaceClass !== 0) {
    for (let s = 1; s < nodes; s++) if (lastClass[s] === spaceClass) delta[s * k + spaceClass] = accepting[s] ? -(s * k) : s * k;
  }

  // Outputs: a state's own literal, then those along its failure chain.
  const outStart = new Int32Array(nodes + 1);
  const ids: number[] = [];
  const shortest = new Int32Array(nodes);
  const longest = new Int32Array(nodes);
  for (let s = 0; s < nodes; s++) {
    outStart[s] = ids.length;
    if (!accepting[s]) continue;
    let lo = Infinity;
    let hi = 0;
    for (let u = s; u !== 0; u = fail[u]) {
      const id = terminal[u];
      if (id === -1) continue;
      ids.push(id);
      const n = literals[id].length;
      if (n < lo) lo = n;
      if (n > hi) hi = n;
    }
    shortest[s] = lo;
    longest[s] = hi;
  }
  outStart[nodes] = ids.length;
  return { k, rawClass, rawClassJson, normClass, delta, outStart, outIds: Int32Array.from(ids), shortest, longest, literals };
}

/**
 * Feed one UTF-16 code unit (and its pair) of normalised text to the automaton as UTF-8 bytes.
 * Returns the new state (>= 0); `onAccept(state)` for each state where a literal ends. A pair
 * is consumed whole (the caller skips the low surrogate).
 */
function feedNonAscii(a: Automaton, s: number, text: string, at: number, onAccept?: (state: number) => void): number {
  const { delta, normClass } = a;
  const c = text.charCodeAt(at);
  let cp = c;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(at + 1);
    if (d >= 0xdc00 && d <= 0xdfff) cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
    else return 0;
  } else if (c >= 0xdc00 && c <= 0xdfff) {
    return 0;
  }
  let b0: number, n: number;
  if (cp < 0x800) {
    b0 = 0xc0 | (cp >> 6);
    n = 1;
  } else if (cp < 0x10000) {
    b0 = 0xe0 | (cp >> 12);
    n = 2;
  } else {
    b0 = 0xf0 | (cp >> 18);
    n = 3;
  }
  s = delta[s + normClass[b0]];
  if (s < 0) {
    s = -s;
    onAccept?.(s);
  }
  for (let i = n - 1; i >= 0; i--) {
    s = delta[s + normClass[0x80 | ((cp >> (6 * i)) & 0x3f)]];
    if (s < 0) {
      s = -s;
      onAccept?.(s);
    }
  }
  return s;
}

/** True when a normalised line contains a literal. */
export function hasLiteral(a: Automaton, text: string): boolean {
  return firstHitEnd(a, text, 0) !== -1;
}

let hitState = 0;
/**
 * End (UTF-16 index, exclusive) of the first literal occurrence in `text` that starts at `from`
 * or later, or -1. The state it ended in is kept for lastHitShortest.
 */
export function firstHitEnd(a: Automaton, text: string, from: number): number {
  const { delta, normClass } = a;
  let s = 0;
  let hit = -1;
  const record = (state: number) => {
    if (hit === -1) hit = state;
  };
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      s = delta[s + normClass[c]];
      if (s < 0) {
        hitState = -s;
        return i + 1;
      }
    } else {
      s = feedNonAscii(a, s, text, i, record);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
      if (hit !== -1) {
        hitState = hit;
        return pair ? i + 2 : i + 1;
      }
      if (pair) i++;
    }
  }
  return -1;
}

/** UTF-16 length of the shortest literal ending in the state of the last firstHitEnd hit. */
export function lastHitShortest(a: Automaton): number {
  return a.shortest[hitState / a.k];
}

/** Call `each(id)` for every literal occurring in a normalised line (ids may repeat). */
export function eachLiteral(a: Automaton, text: string, each: (id: number) => void): void {
  const { delta, normClass, outStart, outIds, k } = a;
  let s = 0;
  const emit = (state: number) => {
    const i = state / k;
    for (let j = outStart[i]; j < outStart[i + 1]; j++) each(outIds[j]);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      s = delta[s + normClass[c]];
      if (s < 0) {
        s = -s;
        emit(s);
      }
    } else {
      s = feedNonAscii(a, s, text, i, emit);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
  }
}

/** The line around each event position, once per line, as [start, end) pairs (end: its '\n' or laneEnd). */
function eventLines(buf: Uint8Array, events: number[], laneEnd: number, out: number[]): void {
  let last = -1;
  for (const i of events) {
    if (i <= last) continue;
    const start = buf.lastIndexOf(NL, i) + 1;
    let end = buf.indexOf(NL, i);
    if (end === -1 || end > laneEnd) end = laneEnd;
    out.push(start, end);
    last = end;
  }
}

/** One lane over [i, end) from state s; event positions go to `events`. */
function lane(delta: Int32Array, cls: Uint8Array, buf: Uint8Array, i: number, end: number, s: number, events: number[]): void {
  for (; i < end; i++) {
    let t = delta[s + cls[buf[i]]];
    if (t < 0) {
      events.push(i);
      t = 0;
    }
    s = t;
  }
}

/**
 * The raw byte loop: the lines in [from, to) (`from` a line start, `to` just after a '\n' or the
 * end of the input) that need a look, as [start, end) pairs in order (end: the line's '\n', or
 * `to`): a literal ends in them, or a byte whose normalisation matters. Line breaks are no
 * events: the caller counts them between flagged lines with a native search.
 *
 * Two lanes run over the two halves at once: each transition depends on the previous state, so
 * one lane waits on one load after another; two interleaved lanes keep the processor busy
 * (measured 1.6x). They share one counter, and the exit path only records a position (the
 * lines around positions are found afterwards, once per line).
 * `json`: backslashes may be JSON escapes (they need a look).
 */
export function scanBytes(a: Automaton, buf: Uint8Array, from: number, to: number, json: boolean, out: number[]): void {
  const { delta } = a;
  const cls = json ? a.rawClassJson : a.rawClass;
  const mid = to - from > 4096 ? buf.indexOf(NL, from + ((to - from) >> 1)) + 1 : 0;
  if (mid <= from || mid >= to) {
    const events: number[] = [];
    lane(delta, cls, buf, from, to, 0, events);
    eventLines(buf, events, to, out);
    return;
  }
  const first: number[] = [];
  const second: number[] = [];
  const n = Math.min(mid - from, to - mid);
  let s1 = 0;
  let s2 = 0;
  for (let k = 0; k < n; k++) {
    let t1 = delta[s1 + cls[buf[from + k]]];
    let t2 = delta[s2 + cls[buf[mid + k]]];
    // No calls in this loop, not even to a builtin: one costs 1.7x (measured).
    if (t1 < 0) {
      first.push(from + k);
      t1 = 0;
    }
    if (t2 < 0) {
      second.push(mid + k);
      t2 = 0;
    }
    s1 = t1;
    s2 = t2;
  }
  // One lane is done: the other goes on from where it is, in its state.
  lane(delta, cls, buf, from + n, mid, s1, first);
  lane(delta, cls, buf, mid + n, to, s2, second);
  eventLines(buf, first, mid, out);
  eventLines(buf, second, to, out);
}

/** The same over a string's UTF-16 code units (pastes arrive as strings): one lane. */
export function scanString(a: Automaton, text: string, from: number, to: number, json: boolean, out: number[]): void {
  const { delta, normClass } = a;
  const rawClass = json ? a.rawClassJson : a.rawClass;
  let s = 0;
  let hit = false;
  const onAccept = () => {
    hit = true;
  };
  for (let i = from; i < to; i++) {
    const b = text.charCodeAt(i);
    if (b < 0x80) {
      const n = delta[s + rawClass[b]];
      if (n >= 0) {
        s = n;
        continue;
      }
      if (n === SPECIAL) {
        const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
        let closer: boolean;
        if (b === 0x26) {
          // `&` can only start an entity when followed by `#` or a name the decoder knows.
          closer = next === 0x23 || next === 0x61 || next === 0x6c || next === 0x67 || next === 0x71 || next === 0x6e;
        } else if (b === 0x5c) {
          closer = json;
        } else {
          closer = true; // ESC
        }
        if (!closer) {
          s = delta[s + normClass[b]];
          if (s >= 0) continue;
        }
      }
    } else if (!(b === 0xa0 || b === 0xb4 || (b >= 0x2000 && b <= 0x203f) || b === 0x3000)) {
      // Non-ASCII other than the quotes and spaces normalisation folds: fed as UTF-8 bytes.
      hit = false;
      s = feedNonAscii(a, s, text, i, onAccept);
      if (b >= 0xd800 && b <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      if (!hit) continue;
    }
    const start = text.lastIndexOf('\n', i) + 1;
    let end = text.indexOf('\n', i);
    if (end === -1 || end > to) end = to;
    out.push(start, end);
    i = end;
    s = 0;
  }
}

/**
 * Lines (indices) where a literal starts that only occurs once the lines are glued together
 * (`sep` between them: '' for a fixed-width wrap, ' ' for a word wrap): the scan runs across
 * line ends, and a literal longer than what it has read of its last line started before it.
 */
export function spanningStarts(a: Automaton, lines: readonly string[], sep: string): number[] {
  const { delta, normClass, longest, k } = a;
  const out: number[] = [];
  let s = 0;
  const sepClass = sep ? normClass[sep.charCodeAt(0)] : -1;
  for (let j = 0; j < lines.length; j++) {
    const line = lines[j];
    if (j > 0 && sepClass !== -1) {
      s = delta[s + sepClass];
      if (s < 0) s = 0;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c >= 0x80) {
        s = 0;
        continue;
      }
      s = delta[s + normClass[c]];
      if (s < 0) {
        const len = longest[-s / k];
        if (j > 0 && len > i + 1) {
          // Started on an earlier line: find which.
          let back = len - (i + 1) - (sep ? 1 : 0);
          let start = j - 1;
          while (start > 0 && back > lines[start].length) back -= lines[start--].length + sep.length;
          out.push(start);
        }
        s = 0;
      }
    }
  }
  return out;
}
