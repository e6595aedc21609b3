/**
 * The engine around the scan: raw input (bytes or a string) -> the lines that need a look ->
 * normalised, prepared and confirmed -> occurrences. Works on one buffer (Matcher.match) or on a
 * stream of chunks with bounded memory (MatchStream, used by the command-line tool).
 *
 * Only lines the automaton flags are decoded. A flagged line is normalised on its own
 * (normalizeLines: every normalisation step stays within a line), which may turn it into several
 * lines (a lone CR, an `&#10;` entity, a JSON `\n`): line numbers count the normalised lines,
 * exactly as when the whole paste was normalised first. Context (the `# package` header among
 * the 64 lines before, the neighbours of a template of several lines) is read back from the raw
 * buffer on demand, normalising those lines the same way.
 */
import {
  confirmPatterns,
  HEADER_LOOKBACK_LINES,
  NO_CONTEXT,
  packageHeader,
  prepareLine,
  type LineContext,
} from './confirm.ts';
import { normalizeLines, normalizeText, stripControls } from './normalize.ts';
import { repairPass, REPAIR_MAX } from './repair.ts';
import { asciiFold, buildAutomaton, eachLiteral, firstHitEnd, hasLiteral, lastHitShortest, scanBytes, scanString, type Automaton } from './scan.ts';
import type { CompiledPattern, Found } from './types.ts';

/** Normalised lines longer than this are only examined around each hit. */
const MAX_LINE = 8192;
const WINDOW = 2048;
/** Lines longer than this never match as a neighbour of a multi-line template. */
const MAX_NEIGHBOUR = 8192;
/**
 * Raw lines kept before and after the line being confirmed: a template of 8 lines with 16-line
 * gaps reaches 119 lines away, the package header 64 (each raw line is at least one normalised line).
 */
const CONTEXT_LINES = 128;
/** Bytes (or code units) an OSC sequence can run over: ESC ] + 512 characters + its end. */
const OSC_REACH = 2100;

/** What the engine needs, built once per catalog. */
export interface Engine {
  readonly patterns: readonly CompiledPattern[];
  readonly lowerLiterals: readonly string[];
  /** Every literal: finds which patterns a line may match, and where hits start. */
  readonly automaton: Automaton;
  /**
   * The raw scan's automaton: a short factor of each literal (a line that has the literal has the
   * factor), so its table stays small and in cache however long the literals are. Lines it flags
   * are checked against the full literals.
   */
  readonly prefilter: Automaton;
  /** Per automaton literal id: the patterns that have it as their literal. */
  readonly literalPatterns: readonly number[][];
}

export function buildEngine(patterns: readonly CompiledPattern[]): Engine {
  const lowerLiterals = patterns.map((p) => p.literal.toLowerCase());
  const ids = new Map<string, number>();
  const literalPatterns: number[][] = [];
  patterns.forEach((p, i) => {
    const lit = asciiFold(p.literal);
    let id = ids.get(lit);
    if (id === undefined) {
      id = ids.size;
      ids.set(lit, id);
      literalPatterns.push([]);
    }
    literalPatterns[id].push(i);
  });
  const literals = [...ids.keys()];
  return { patterns, lowerLiterals, automaton: buildAutomaton(literals), prefilter: buildAutomaton([...new Set(literals.map(factor))]), literalPatterns };
}

/** Bytes of each literal the raw scan looks for. */
const FACTOR = 8;
// How common a character is in build logs (rough ranks): the factor with the rarest characters
// makes the fewest lines look like candidates.
const COMMON = ' etaoinsrhldcumpfgbyw._-/:0123456789';

/** The FACTOR-character stretch of a literal with the least common characters. */
export function factor(literal: string): string {
  if (literal.length <= FACTOR) return literal;
  let best = 0;
  let bestScore = Infinity;
  for (let i = 0; i + FACTOR <= literal.length; i++) {
    let score = 0;
    for (let j = i; j < i + FACTOR; j++) {
      const r = COMMON.indexOf(literal[j].toLowerCase());
      score += r === -1 ? 0 : COMMON.length - r;
    }
    // A factor must not start or end inside a UTF-16 pair.
    const first = literal.charCodeAt(i);
    const last = literal.charCodeAt(i + FACTOR - 1);
    if ((first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff)) continue;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return literal.slice(best, best + FACTOR);
}

/** Raw input: a byte buffer or a string, with the few operations the engine needs. */
export interface Source {
  readonly length: number;
  /** Index of the first '\n' at or after `from`, or -1. */
  nl(from: number): number;
  /** Index of the last '\n' before `before`, or -1. */
  prevNl(before: number): number;
  text(start: number, end: number): string;
  /** Index of the last ESC ] (an OSC sequence) in [start, end), or -1. */
  lastOsc(start: number, end: number): number;
  /** The lines in [from, to) that need a look, as [start, end) pairs (scan.ts). */
  scan(a: Automaton, from: number, to: number, json: boolean, out: number[]): void;
  /** The number of '\n' in [from, to). */
  countNl(from: number, to: number): number;
  /** True when the raw line is one normalised line that cannot be a `# package` header. */
  plainLine(start: number, end: number, json: boolean): boolean;
  /** Backslashes and JSON markers after stripControls, for the JSON decision. */
  jsonEvidence(from: number, to: number): { backslash: boolean; marker: boolean };
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
// An entity normalizeText decodes (a cheaper test than decoding, for deciding the JSON question).
const ENTITY_START = /^&(?:#\d|#[xX][0-9a-fA-F]|amp;|lt;|gt;|quot;|apos;|nbsp;)/;

function evidenceOf(text: string): { backslash: boolean; marker: boolean } {
  return { backslash: text.includes('\\'), marker: text.includes('{"') || text.includes('\\"') };
}

export function bytesSource(view: Uint8Array): Source {
  let nextCr = -1;
  const sub = (a: number, b: number) => view.subarray(a, b);
  return {
    length: view.length,
    nl: (from) => view.indexOf(0x0a, from),
    prevNl: (before) => (before <= 0 ? -1 : view.lastIndexOf(0x0a, before - 1)),
    text: (start, end) => decoder.decode(sub(start, end)),
    lastOsc(start, end) {
      // A plain loop: lines are short, and a subarray per line costs more than the search.
      for (let i = end - 2; i >= start; i--) if (view[i] === 0x1b && view[i + 1] === 0x5d) return i;
      return -1;
    },
    scan: (a, from, to, json, out) => scanBytes(a, view, from, to, json, out),
    countNl(from, to) {
      let n = 0;
      for (let i = view.indexOf(0x0a, from); i !== -1 && i < to; i = view.indexOf(0x0a, i + 1)) n++;
      // A lone CR is a line break too (CRLF is one). The next CR is remembered, so a log
      // without CRs is searched once.
      if (nextCr < from) nextCr = view.indexOf(0x0d, from);
      while (nextCr !== -1 && nextCr < to) {
        if (view[nextCr + 1] !== 0x0a) n++;
        nextCr = view.indexOf(0x0d, nextCr + 1);
      }
      if (nextCr === -1) nextCr = Infinity;
      return n;
    },
    plainLine(start, end, json) {
      for (let i = start; i < end; i++) {
        const b = view[i];
        if (b === 0x23 || b === 0x26 || b === 0x0d || (b === 0x5c && json)) return false;
      }
      return true;
    },
    jsonEvidence(from, to) {
      const part = sub(from, to);
      const backslash = part.indexOf(0x5c) !== -1;
      // No backslash and no `&` (an entity could make one): not JSON, whatever else is there.
      if (!backslash && part.indexOf(0x26) === -1) return { backslash: false, marker: false };
      const esc = part.indexOf(0x1b) !== -1;
      let entities = false;
      for (let i = part.indexOf(0x26); i !== -1; i = part.indexOf(0x26, i + 1)) {
        let s = '';
        for (let j = i; j < Math.min(part.length, i + 7); j++) s += String.fromCharCode(part[j]);
        if (ENTITY_START.test(s)) {
          entities = true;
          break;
        }
      }
      if (!entities && !backslash) return { backslash: false, marker: false };
      if (!entities && !esc) {
        let marker = false;
        for (let i = part.indexOf(0x22); i !== -1 && !marker; i = part.indexOf(0x22, i + 1)) {
          marker = i > 0 && (part[i - 1] === 0x7b || part[i - 1] === 0x5c);
        }
        return { backslash, marker };
      }
      return evidenceOf(stripControls(decoder.decode(part)));
    },
  };
}

export function stringSource(str: string): Source {
  let nextCr = -1;
  return {
    length: str.length,
    nl: (from) => str.indexOf('\n', from),
    prevNl: (before) => (before <= 0 ? -1 : str.lastIndexOf('\n', before - 1)),
    text: (start, end) => str.slice(start, end),
    lastOsc(start, end) {
      const i = str.slice(start, end).lastIndexOf('\x1b]');
      return i === -1 ? -1 : start + i;
    },
    scan: (a, from, to, json, out) => scanString(a, str, from, to, json, out),
    countNl(from, to) {
      let n = 0;
      for (let i = str.indexOf('\n', from); i !== -1 && i < to; i = str.indexOf('\n', i + 1)) n++;
      if (nextCr < from) nextCr = str.indexOf('\r', from);
      while (nextCr !== -1 && nextCr < to) {
        if (str.charCodeAt(nextCr + 1) !== 0x0a) n++;
        nextCr = str.indexOf('\r', nextCr + 1);
      }
      if (nextCr === -1) nextCr = Infinity;
      return n;
    },
    plainLine(start, end, json) {
      for (let i = start; i < end; i++) {
        const b = str.charCodeAt(i);
        if (b === 0x23 || b === 0x26 || b === 0x0d || (b === 0x5c && json)) return false;
      }
      return true;
    },
    jsonEvidence(from, to) {
      const part = from === 0 && to === str.length ? str : str.slice(from, to);
      return evidenceOf(part.includes('\x1b') || part.includes('&') ? stripControls(part) : part);
    },
  };
}

/** A line of the normalised paste: piece `k` of the raw line [start, end). */
interface Cursor {
  start: number;
  end: number;
  k: number;
}

/** Occurrences found in one paste (or stream), with the context the confirm stage asks for. */
export class Session {
  readonly found: Found = new Map();
  /** Numbers of the lines that had a literal (for repair.ts). */
  readonly visited: number[] = [];
  /** The number of the next normalised line. */
  lineNo = 1;
  src: Source;
  json = false;
  /** False while more input may follow the end of `src` (streams). */
  final = true;
  private readonly engine: Engine;
  get engineRef(): Engine {
    return this.engine;
  }
  private pieceCache = new Map<number, { end: number; pieces: string[] }>();
  /** Units of several raw lines (OSC sequences), most recent last. */
  private blocks: { start: number; end: number }[] = [];
  private pkgMemo: { line: number; nearest?: { line: number; pkg: string } } | undefined;
  private readonly stamp: Uint32Array;
  private stampNo = 0;

  constructor(engine: Engine, src: Source) {
    this.engine = engine;
    this.src = src;
    this.stamp = new Uint32Array(engine.patterns.length);
  }

  /** Raw offsets changed (the stream moved its buffer) or the JSON decision did. */
  resetCache(): void {
    this.pieceCache = new Map();
    this.blocks = [];
  }

  /**
   * Scan the complete lines in [from, to) (`to` after a '\n', or the end of the input). Returns
   * where the scan ended (past `to` when an OSC sequence took lines after it).
   */
  run(from: number, to: number): number {
    const src = this.src;
    const flagged: number[] = [];
    src.scan(this.engine.automaton, from, to, this.json, flagged);
    let pos = from;
    for (let e = 0; e < flagged.length; e += 2) {
      const start = flagged[e];
      if (start < pos) continue; // taken with an earlier line (OSC)
      const plain = src.countNl(pos, start);
      pos = this.line(start, flagged[e + 1], plain) + 1;
    }
    if (pos < to) {
      this.lineNo += src.countNl(pos, to);
      // An unterminated last line without a hit.
      if (to === src.length && src.prevNl(to) !== to - 1) this.lineNo++;
    }
    return Math.max(pos, to);
  }

  /** A line with a hit or with bytes to normalise: confirm it. Returns where its unit ends. */
  line(start: number, end: number, plain: number): number {
    this.lineNo += plain;
    const unit = this.unit(start, end);
    const { pieces } = unit;
    const a = this.engine.automaton;
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k];
      if (piece.length > MAX_LINE) this.windows(piece, this.lineNo + k);
      else if (hasLiteral(a, piece)) this.visit(piece, this.lineNo + k, { start, end: unit.end, k });
    }
    this.lineNo += pieces.length;
    return unit.end;
  }

  /**
   * The raw line starting at `start` (ending at `end`, its '\n' or the end of the input), as the
   * normalised lines it becomes. An OSC sequence (ESC ]) may run over line breaks: such a line is
   * normalised together with the lines after it, as far as a sequence can reach.
   */
  private unit(start: number, end: number): { end: number; pieces: string[] } {
    const cached = this.pieceCache.get(start);
    if (cached) return cached;
    const src = this.src;
    let osc = src.lastOsc(start, end);
    if (osc !== -1) {
      while (end + 1 < src.length && end - osc < OSC_REACH) {
        let next = src.nl(end + 1);
        if (next === -1) next = src.length;
        const o = src.lastOsc(end + 1, next);
        if (o !== -1) osc = o;
        end = next;
      }
      if (this.blocks.length > 64) this.blocks.shift();
      this.blocks.push({ start, end });
    }
    const text = src.text(start, end);
    const terminated = end < src.length;
    let norm = normalizeLines(terminated ? `${text}\n` : text, this.json);
    if (terminated) norm = norm.slice(0, -1);
    const unit = { end, pieces: norm.includes('\n') ? norm.split('\n') : [norm] };
    if (this.pieceCache.size > 1024) this.pieceCache = new Map();
    this.pieceCache.set(start, unit);
    return unit;
  }

  private pieces(start: number, end: number): string[] {
    return this.unit(start, end).pieces;
  }

  /** The start of the unit that holds raw offset `at` (a line start). */
  private unitStart(at: number): number {
    for (let i = this.blocks.length - 1; i >= 0; i--) {
      const b = this.blocks[i];
      if (at > b.start && at <= b.end) return b.start;
    }
    return at;
  }

  /** Pattern indices, ascending, whose literal the prepared line contains. */
  private candidates(prepared: string): number[] {
    const { automaton, literalPatterns } = this.engine;
    const stamp = this.stamp;
    const no = ++this.stampNo;
    const out: number[] = [];
    eachLiteral(automaton, prepared, (id) => {
      for (const i of literalPatterns[id]) {
        if (stamp[i] !== no) {
          stamp[i] = no;
          out.push(i);
        }
      }
    });
    return out.length > 1 ? out.sort((x, y) => x - y) : out;
  }

  private visit(piece: string, lineNo: number, cursor: Cursor): void {
    if (this.visited.length < 100_000) this.visited.push(lineNo);
    const prepared = prepareLine(piece);
    const candidates = this.candidates(prepared);
    if (!candidates.length) return;
    const { patterns, lowerLiterals } = this.engine;
    confirmPatterns(patterns, lowerLiterals, candidates, prepared, lineNo, this.found, this.context(lineNo, cursor));
  }

  /** A huge line: a window around each hit, as the previous engine did. */
  private windows(piece: string, lineNo: number): void {
    const a = this.engine.automaton;
    const { patterns, lowerLiterals } = this.engine;
    let from = 0;
    for (let end = firstHitEnd(a, piece, from); end !== -1; end = firstHitEnd(a, piece, from)) {
      const at = end - lastHitShortest(a);
      const to = Math.min(piece.length, at + WINDOW);
      const prepared = prepareLine(piece.slice(Math.max(0, at - WINDOW), to));
      const candidates = this.candidates(prepared);
      if (candidates.length) confirmPatterns(patterns, lowerLiterals, candidates, prepared, lineNo, this.found, NO_CONTEXT);
      from = Math.max(end, to);
    }
  }

  private context(lineNo: number, cursor: Cursor): LineContext {
    return {
      pkg: () => this.pkg(lineNo, cursor),
      neighbour: (offset) => {
        let c: Cursor | undefined = cursor;
        for (let n = 0; c && n < -offset; n++) c = this.back(c);
        for (let n = 0; c && n < offset; n++) c = this.forward(c);
        if (!c) return undefined;
        const piece = this.pieces(c.start, c.end)[c.k];
        return piece.length > MAX_NEIGHBOUR ? '' : prepareLine(piece);
      },
    };
  }

  private back(c: Cursor): Cursor | undefined {
    if (c.k > 0) return { start: c.start, end: c.end, k: c.k - 1 };
    if (c.start === 0) return undefined;
    const end = c.start - 1;
    const start = this.unitStart(this.src.prevNl(end) + 1);
    return { start, end, k: this.pieces(start, end).length - 1 };
  }

  private forward(c: Cursor): Cursor | undefined {
    if (c.k + 1 < this.pieces(c.start, c.end).length) return { start: c.start, end: c.end, k: c.k + 1 };
    if (c.end >= this.src.length) return undefined;
    const start = c.end + 1;
    let end = this.src.nl(start);
    if (end === -1) {
      if (!this.final) return undefined;
      end = this.src.length;
    }
    return { start, end: this.unit(start, end).end, k: 0 };
  }

  /**
   * The nearest `# <package>` header among the 64 lines before this one. Lines are visited in
   * order, so the answer for the previous visited line is reused: only the lines since then are
   * read.
   */
  private pkg(lineNo: number, cursor: Cursor): string | undefined {
    const memo = this.pkgMemo;
    let limit = HEADER_LOOKBACK_LINES;
    let fallback: { line: number; pkg: string } | undefined;
    if (memo && memo.line <= lineNo && lineNo - memo.line <= HEADER_LOOKBACK_LINES) {
      limit = lineNo - memo.line;
      if (memo.nearest && lineNo - memo.nearest.line <= HEADER_LOOKBACK_LINES) fallback = memo.nearest;
    }
    let nearest: { line: number; pkg: string } | undefined;
    let c: Cursor = cursor;
    for (let n = 1; n <= limit; n++) {
      if (c.k > 0) {
        c = { start: c.start, end: c.end, k: c.k - 1 };
      } else {
        if (c.start === 0) break;
        const end = c.start - 1;
        const start = this.unitStart(this.src.prevNl(end) + 1);
        if (start === this.src.prevNl(end) + 1 && this.src.plainLine(start, end, this.json)) {
          c = { start, end, k: 0 };
          continue;
        }
        c = { start, end, k: this.pieces(start, end).length - 1 };
      }
      const pkg = packageHeader(this.pieces(c.start, c.end)[c.k]);
      if (pkg) {
        nearest = { line: lineNo - n, pkg };
        break;
      }
    }
    nearest ??= fallback;
    this.pkgMemo = { line: lineNo, nearest };
    return nearest?.pkg;
  }
}

/** Whether a whole paste looks like JSON (normalizeText's decision), without decoding it all. */
export function pasteLooksLikeJson(src: Source): boolean {
  const e = src.jsonEvidence(0, src.length);
  return e.backslash && e.marker;
}

/** An ASCII string's source whose scan runs over its bytes (same offsets). */
export function withByteScan(src: Source, bytes: Uint8Array): Source {
  return { ...src, scan: (a, from, to, json, out) => scanBytes(a, bytes, from, to, json, out) };
}

/** Match one whole paste; returns the occurrences and the number of normalised lines. */
export function matchSource(engine: Engine, src: Source, json = pasteLooksLikeJson(src)): { found: Found; totalLines: number } {
  const session = new Session(engine, src);
  session.json = json;
  session.run(0, src.length);
  if (src.length <= REPAIR_MAX) repairPass(engine, normalizeText(src.text(0, src.length)), session.found, session.visited);
  // The paste's last line is the one after its last '\n' (possibly empty).
  const endsWithNewline = src.length > 0 && src.nl(src.length - 1) === src.length - 1;
  return { found: session.found, totalLines: endsWithNewline ? session.lineNo : session.lineNo - 1 };
}

/**
 * A byte buffer: Node's Buffer where there is one (its indexOf is a native memchr, several
 * times faster than Uint8Array's for counting lines), a Uint8Array elsewhere. No import: the
 * matcher stays free of Node modules.
 */
function allocBytes(n: number): Uint8Array {
  const B = (globalThis as { Buffer?: { allocUnsafe(n: number): Uint8Array } }).Buffer;
  return B ? B.allocUnsafe(n) : new Uint8Array(n);
}

/** Bytes of input to gather before scanning (amortises the context kept between chunks). */
const SCAN_AT_LEAST = 1 << 20;

/**
 * A stream of chunks (a file read piece by piece, standard input, a gunzipped log): memory stays
 * bounded by the chunk size plus the context lines kept around the scan position. Whether JSON
 * escapes are decoded is decided, as for a whole paste, from the text read so far.
 */
export class MatchStream {
  private buf = allocBytes(1 << 16);
  private len = 0;
  private scanPos = 0;
  private session: Session;
  private json = { backslash: false, marker: false, checked: 0 };
  private total = 0;
  private lastByte = -1;

  constructor(engine: Engine) {
    this.session = new Session(engine, bytesSource(this.buf.subarray(0, 0)));
    this.session.final = false;
  }

  write(chunk: Uint8Array): void {
    if (!chunk.length) return;
    this.total += chunk.length;
    this.lastByte = chunk[chunk.length - 1];
    if (this.len + chunk.length > this.buf.length) {
      this.compact();
      if (this.len + chunk.length > this.buf.length) {
        const grown = allocBytes(Math.max(this.buf.length * 2, this.len + chunk.length));
        grown.set(this.buf.subarray(0, this.len));
        this.buf = grown;
      }
    }
    this.buf.set(chunk, this.len);
    this.len += chunk.length;
    if (this.len - this.scanPos >= SCAN_AT_LEAST) this.process(false);
  }

  /** The end of the input: scan what is left; returns occurrences and the number of lines. */
  end(): { found: Found; totalLines: number } {
    this.process(true);
    const s = this.session;
    // A paste-sized input is still whole in the buffer: repair it as match() does.
    if (this.total <= REPAIR_MAX && this.len === this.total) repairPass(s.engineRef, normalizeText(decoder.decode(this.buf.subarray(0, this.len))), s.found, s.visited);
    return { found: s.found, totalLines: this.total === 0 ? 0 : this.lastByte === 0x0a ? s.lineNo : s.lineNo - 1 };
  }

  private process(final: boolean): void {
    const view = this.buf.subarray(0, this.len);
    const src = bytesSource(view);
    const s = this.session;
    s.src = src;
    s.final = final;
    s.resetCache();
    const j = this.json;
    if (!s.json && this.len > j.checked) {
      // Overlap one byte: a marker can straddle two chunks.
      const e = src.jsonEvidence(Math.max(0, j.checked - 1), this.len);
      j.backslash ||= e.backslash;
      j.marker ||= e.marker;
      j.checked = this.len;
      s.json = j.backslash && j.marker;
    }
    const to = final ? this.len : this.safeEnd(view);
    if (to <= this.scanPos) return;
    this.scanPos = Math.min(s.run(this.scanPos, to), this.len);
  }

  /** Just after the line that still has CONTEXT_LINES complete lines after it, or scanPos. */
  private safeEnd(view: Uint8Array): number {
    let p = view.lastIndexOf(0x0a, this.len - 1);
    for (let n = 0; (n < CONTEXT_LINES || this.len - p < OSC_REACH * 2) && p >= this.scanPos; n++) p = p === 0 ? -1 : view.lastIndexOf(0x0a, p - 1);
    return p < this.scanPos ? this.scanPos : p + 1;
  }

  /** Drop what is before the CONTEXT_LINES lines before the scan position. */
  private compact(): void {
    const view = this.buf.subarray(0, this.len);
    let p = this.scanPos - 1;
    for (let n = 0; n < CONTEXT_LINES + 1 && p > 0; n++) p = view.lastIndexOf(0x0a, p - 1);
    const keep = p <= 0 ? 0 : p + 1;
    if (keep === 0) return;
    this.buf.copyWithin(0, keep, this.len);
    this.len -= keep;
    this.scanPos -= keep;
    this.json.checked = Math.max(0, this.json.checked - keep);
    this.session.resetCache();
  }
}
