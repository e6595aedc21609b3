// Reference engine: a frozen copy of src/lib/matcher/template.ts at commit b3ce4d8 (the end of the
// regex-prefilter engine). tests/engine/differential.test.ts compares the byte-level engine with it. Do not edit.
/**
 * Message templates -> literal-led regular expressions (the syntax is documented on
 * `messageSchema` in src/lib/schema/error-entry.ts and in CONTRIBUTING.md).
 *
 * A template line is literal text with named holes and optional `[[...]]` parts. Its compiled
 * pattern starts at the first literal, so the scan can find candidates by that literal alone; a
 * hole before the first literal is captured by a bounded backward scan instead. A template of
 * several lines matches consecutive lines of the paste; a `...` line lets up to MAX_GAP lines of
 * anything stand between its neighbours. Every hole is bounded and stops at the first character
 * that can follow it, so each line compiles to a regex with one way to match each character.
 */
import { holeClass, holeKinds, holePrefix, holeQuantifier, isHoleKind, type HoleKindName } from './holes.ts';
import { foldText } from './normalize.ts';

export type Part =
  | { type: 'literal'; text: string }
  | { type: 'hole'; name: string; kind: HoleKindName }
  | { type: 'choice'; name: string; options: string[] };

/** A part of a template line: literal text, a hole, a choice, or an optional group of parts. */
export type Segment = Part | { type: 'optional'; parts: Part[] };

/** A line of a template, or a `...` gap between two lines. */
export type TemplateLine = { type: 'line'; segments: Segment[] } | { type: 'gap' };

/** Lines of anything a `...` line allows between its neighbours. */
export const MAX_GAP = 16;
/** Lines (not counting `...`) a template may have. */
export const MAX_LINES = 8;

const HOLE = /\{([A-Za-z_]\w*)(?::([a-z]+)|=([^{}]+))?\}/g;
const OPTIONAL_OPEN = '[[';
const OPTIONAL_CLOSE = ']]';

function parseParts(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(HOLE)) {
    const [whole, name, kindName, choices] = m;
    const kind = kindName ?? (choices === undefined ? name : undefined);
    if (kind !== undefined && !isHoleKind(kind)) {
      throw new Error(`unknown hole kind "${kind}" in "${whole}" (write {name:kind} with a known kind)`);
    }
    if (m.index > last) parts.push({ type: 'literal', text: text.slice(last, m.index) });
    if (choices !== undefined) {
      parts.push({ type: 'choice', name, options: choices.split('|').map((o) => o.trim()).filter(Boolean) });
    } else {
      parts.push({ type: 'hole', name, kind: kind as HoleKindName });
    }
    last = m.index + whole.length;
  }
  if (last < text.length) parts.push({ type: 'literal', text: text.slice(last) });
  return parts;
}

/** Split one template line into literal, hole, choice and optional segments. Throws on bad syntax. */
export function parseTemplate(line: string): Segment[] {
  const text = foldText(line).trim();
  const segments: Segment[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf(OPTIONAL_OPEN, at);
    const close = text.indexOf(OPTIONAL_CLOSE, at);
    if (close !== -1 && (open === -1 || close < open)) throw new Error(`"${OPTIONAL_CLOSE}" without "${OPTIONAL_OPEN}"`);
    if (open === -1) {
      segments.push(...parseParts(text.slice(at)));
      break;
    }
    segments.push(...parseParts(text.slice(at, open)));
    if (close === -1) throw new Error(`an optional part opened with "${OPTIONAL_OPEN}" needs a closing "${OPTIONAL_CLOSE}"`);
    const inner = text.slice(open + OPTIONAL_OPEN.length, close);
    if (inner.includes(OPTIONAL_OPEN)) throw new Error('optional parts cannot be nested');
    const parts = parseParts(inner);
    if (!parts.length) throw new Error('an optional part cannot be empty');
    segments.push({ type: 'optional', parts });
    at = close + OPTIONAL_CLOSE.length;
  }
  return segments;
}

/** Split a template into its lines and `...` gaps. */
export function parseTemplateLines(template: string): TemplateLine[] {
  const lines: TemplateLine[] = [];
  for (const raw of template.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line === '...') {
      if (!lines.length || lines[lines.length - 1].type === 'gap') throw new Error('a "..." line must stand between two template lines');
      lines.push({ type: 'gap' });
    } else {
      lines.push({ type: 'line', segments: parseTemplate(line) });
    }
  }
  if (lines.length && lines[lines.length - 1].type === 'gap') throw new Error('a "..." line must stand between two template lines');
  if (lines.filter((l) => l.type === 'line').length > MAX_LINES) throw new Error(`a template can have at most ${MAX_LINES} lines`);
  return lines;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export interface LeadingHole {
  name: string;
  kind: HoleKindName;
  /** Single-character class the backward scan accepts. */
  charClass: string;
  max: number;
  /** Regex source the scanned value must start with (kinds with a fixed prefix). */
  prefix?: string;
}

export interface CompiledLine {
  /** Regex source; starts with a literal (or an optional part that does). */
  source: string;
  /** The longest literal that every match of this line contains. */
  literal: string;
  /** A hole that stands before the first literal, captured by scanning backwards. */
  leading?: LeadingHole;
  /** Capture names in the order they appear, with their kinds. */
  holes: { name: string; kind: HoleKindName | 'choice' }[];
}

export interface CompiledTemplate extends CompiledLine {
  /**
   * For a template of several lines: every line in order, with the number of other lines allowed
   * before it (`gap`, 0 = directly after the previous line). The top-level fields are those of
   * `lines[anchor]`, the line whose literal the scan looks for.
   */
  lines?: (CompiledLine & { gap: number })[];
  anchor?: number;
}

/** A part with its optional group (-1 when required). */
interface Token {
  part: Part;
  group: number;
}

function tokensOf(segments: Segment[]): Token[] {
  const tokens: Token[] = [];
  segments.forEach((s, i) => {
    if (s.type === 'optional') for (const part of s.parts) tokens.push({ part, group: i });
    else tokens.push({ part: s, group: -1 });
  });
  return tokens;
}

/**
 * Indices of the tokens that can directly follow token `t` (-1: the end of the line), given that
 * any optional group other than t's own may be left out.
 */
function followers(tokens: Token[], t: number): number[] {
  const out: number[] = [];
  let j = t + 1;
  for (;;) {
    if (j >= tokens.length) return [...out, -1];
    const g = tokens[j].group;
    out.push(j);
    if (g === -1 || (t >= 0 && g === tokens[t].group)) return out;
    while (j < tokens.length && tokens[j].group === g) j++;
  }
}

/** Indices of the tokens that can directly precede token `t` (-1: the start of the line). */
function predecessors(tokens: Token[], t: number): number[] {
  const out: number[] = [];
  let j = t - 1;
  for (;;) {
    if (j < 0) return [...out, -1];
    const g = tokens[j].group;
    out.push(j);
    if (g === -1 || g === tokens[t].group) return out;
    while (j >= 0 && tokens[j].group === g) j--;
  }
}

function firstChar(p: Part): string | undefined {
  return p.type === 'literal' ? p.text[0] : undefined;
}

/** Compile one template line. Throws with a reason when it cannot be compiled safely. */
export function compileLine(segments: Segment[], seen = new Set<string>()): CompiledLine {
  const tokens = tokensOf(segments);
  if (!tokens.some((t) => t.group === -1 && t.part.type === 'literal')) throw new Error('a template line needs some literal text outside optional parts');
  const holes: CompiledLine['holes'] = [];
  const name = (n: string, kind: string) => {
    if (seen.has(n)) throw new Error(`hole name "${n}" is used twice: name them {a:${kind}} and {b:...}`);
    seen.add(n);
  };
  // Holes never stand side by side, whichever optional parts are left out.
  tokens.forEach((tok, i) => {
    if (tok.part.type === 'literal') return;
    for (const f of followers(tokens, i)) {
      if (f >= 0 && tokens[f].part.type !== 'literal') throw new Error('two holes cannot stand side by side');
    }
  });
  let leading: LeadingHole | undefined;
  let start = 0;
  const first = tokens[0];
  if (first.group !== -1 && first.part.type !== 'literal') throw new Error('an optional part at the start of a line must start with literal text');
  if (first.part.type === 'hole') {
    const hole = first.part;
    if (hole.kind === 'text' || hole.kind === 'csymbol') throw new Error(`a {${hole.kind}} hole cannot start a template line`);
    const next = followers(tokens, 0).map((f) => (f >= 0 ? firstChar(tokens[f].part) : undefined));
    const charClass = holeClass(hole.kind, next);
    const prefix = holePrefix(hole.kind);
    name(hole.name, hole.kind);
    leading = { name: hole.name, kind: hole.kind, charClass, max: holeKinds[hole.kind].max, ...(prefix ? { prefix } : {}) };
    holes.push({ name: hole.name, kind: hole.kind });
    start = 1;
  } else if (first.part.type === 'choice') {
    throw new Error('a template cannot start with a {name=a|b} choice: start with literal text');
  }
  let source = '';
  let open = -1;
  for (let i = start; i < tokens.length; i++) {
    const { part, group } = tokens[i];
    if (group !== open) {
      if (open !== -1) source += ')?';
      if (group !== -1) source += '(?:';
      open = group;
    }
    if (part.type === 'literal') {
      source += escapeRegExp(part.text);
      continue;
    }
    name(part.name, part.type === 'hole' ? part.kind : 'kind');
    if (part.type === 'choice') {
      source += `(?<${part.name}>${part.options.map(escapeRegExp).join('|')})`;
      holes.push({ name: part.name, kind: 'choice' });
      continue;
    }
    const after = followers(tokens, i);
    const next = after.map((f) => (f >= 0 ? firstChar(tokens[f].part) : undefined));
    if (part.kind === 'text' && after.some((f) => f !== -1)) throw new Error('a {text} hole must be the last part of a template line');
    if (part.kind === 'csymbol' && !next.every((c) => c === "'" || c === '"')) throw new Error('a {csymbol} hole must be followed by a quote');
    const prefix = holePrefix(part.kind);
    const before = predecessors(tokens, i).map((p) => (p >= 0 && tokens[p].part.type === 'literal' ? (tokens[p].part as { text: string }).text : ''));
    const chars = holeClass(part.kind, next, prefix ? [] : before);
    source += `(?<${part.name}>${prefix}${chars}${holeQuantifier(part.kind)})`;
    holes.push({ name: part.name, kind: part.kind });
  }
  if (open !== -1) source += ')?';
  return { source, literal: longestLiteral(tokens), leading, holes };
}

/** Compile a template (one line or several). Throws with a reason when it cannot be compiled safely. */
export function compileTemplate(template: string): CompiledTemplate {
  const parsed = parseTemplateLines(template);
  if (!parsed.length) throw new Error('a template needs some literal text');
  const seen = new Set<string>();
  const lines: (CompiledLine & { gap: number })[] = [];
  let gap = 0;
  for (const l of parsed) {
    if (l.type === 'gap') {
      gap = MAX_GAP;
      continue;
    }
    const segments = l.segments;
    if (!segments.some((s) => s.type === 'literal')) throw new Error('a template needs some literal text');
    lines.push({ ...compileLine(segments, seen), gap });
    gap = 0;
  }
  let anchor = 0;
  lines.forEach((l, i) => {
    if (l.literal.length > lines[anchor].literal.length) anchor = i;
  });
  const { literal } = lines[anchor];
  if (literal.length < 4) throw new Error(`its longest literal "${literal}" is too short to search for`);
  const { source, leading, holes } = lines[anchor];
  const top: CompiledLine = { source, literal, ...(leading ? { leading } : {}), holes };
  return lines.length === 1 ? top : { ...top, lines, anchor };
}

/** The longest literal run outside optional parts, trimmed: what the scan searches for. */
function longestLiteral(tokens: Token[]): string {
  let best = '';
  for (const t of tokens) {
    if (t.group !== -1 || t.part.type !== 'literal') continue;
    const s = t.part.text.trim();
    if (s.length > best.length) best = s;
  }
  return best;
}
