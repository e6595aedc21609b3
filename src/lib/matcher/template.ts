/**
 * Message templates -> anchored, literal-led regular expressions.
 *
 * A template is literal text with named holes (see `messageSchema` in `src/lib/schema`). The
 * compiled pattern starts at the first literal, so the regex engine can find candidates with a
 * literal scan; a hole before the first literal is captured by a bounded backward scan instead.
 */
import { holeClass, holeKinds, holePrefix, holeQuantifier, isHoleKind, type HoleKindName } from './holes.ts';
import { foldText } from './normalize.ts';

export type Segment =
  | { type: 'literal'; text: string }
  | { type: 'hole'; name: string; kind: HoleKindName }
  | { type: 'choice'; name: string; options: string[] };

const HOLE = /\{([A-Za-z_]\w*)(?::([a-z]+)|=([^{}]+))?\}/g;

/** Split a template into literal and hole segments. Throws on an unknown kind. */
export function parseTemplate(template: string): Segment[] {
  const text = foldText(template).trim();
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(HOLE)) {
    const [whole, name, kindName, choices] = m;
    const kind = kindName ?? (choices === undefined ? name : undefined);
    if (kind !== undefined && !isHoleKind(kind)) {
      throw new Error(`unknown hole kind "${kind}" in "${whole}" (write {name:kind} with a known kind)`);
    }
    if (m.index > last) segments.push({ type: 'literal', text: text.slice(last, m.index) });
    if (choices !== undefined) {
      segments.push({ type: 'choice', name, options: choices.split('|').map((o) => o.trim()).filter(Boolean) });
    } else {
      segments.push({ type: 'hole', name, kind: kind as HoleKindName });
    }
    last = m.index + whole.length;
  }
  if (last < text.length) segments.push({ type: 'literal', text: text.slice(last) });
  return segments;
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

export interface CompiledTemplate {
  /** Regex source; starts with a literal. */
  source: string;
  /** The longest literal of the template: the prefilter looks for it. */
  literal: string;
  /** A hole that stands before the first literal, captured by scanning backwards. */
  leading?: LeadingHole;
  /** Capture names in the order they appear, with their kinds. */
  holes: { name: string; kind: HoleKindName | 'choice' }[];
}

/** Compile one template. Throws with a reason when it cannot be compiled safely. */
export function compileTemplate(template: string): CompiledTemplate {
  const segments = parseTemplate(template);
  if (!segments.some((s) => s.type === 'literal')) throw new Error('a template needs some literal text');
  const holes: CompiledTemplate['holes'] = [];
  let leading: LeadingHole | undefined;
  let start = 0;
  const first = segments[0];
  if (first.type === 'hole') {
    const next = (segments[1] as { type: string; text?: string }).text?.[0];
    if (segments[1]?.type !== 'literal') throw new Error('two holes cannot stand side by side');
    const charClass = holeClass(first.kind, next);
    const prefix = holePrefix(first.kind);
    leading = { name: first.name, kind: first.kind, charClass, max: holeKinds[first.kind].max, ...(prefix ? { prefix } : {}) };
    holes.push({ name: first.name, kind: first.kind });
    start = 1;
  } else if (first.type === 'choice') {
    throw new Error('a template cannot start with a {name=a|b} choice: start with literal text');
  }
  let source = '';
  const seen = new Set(holes.map((h) => h.name));
  for (let i = start; i < segments.length; i++) {
    const seg = segments[i];
    if (seg.type === 'literal') {
      source += escapeRegExp(seg.text);
      continue;
    }
    if (seen.has(seg.name)) throw new Error(`hole name "${seg.name}" is used twice: name them {a:${seg.type === 'hole' ? seg.kind : 'kind'}} and {b:...}`);
    seen.add(seg.name);
    const after = segments[i + 1];
    if (after && after.type !== 'literal') throw new Error('two holes cannot stand side by side');
    if (seg.type === 'choice') {
      source += `(?<${seg.name}>${seg.options.map(escapeRegExp).join('|')})`;
      holes.push({ name: seg.name, kind: 'choice' });
      continue;
    }
    if (seg.kind === 'text' && after) throw new Error('a {text} hole must be the last part of a template');
    const before = segments[i - 1]?.type === 'literal' ? (segments[i - 1] as { text: string }).text : '';
    const prefix = holePrefix(seg.kind);
    source += `(?<${seg.name}>${prefix}${holeClass(seg.kind, after?.text[0], prefix ? '' : before)}${holeQuantifier(seg.kind)})`;
    holes.push({ name: seg.name, kind: seg.kind });
  }
  const literal = longestLiteral(segments);
  if (literal.length < 4) throw new Error(`its longest literal "${literal}" is too short to search for`);
  return { source, literal, leading, holes };
}

/** The longest literal run, trimmed: what the prefilter searches for. */
function longestLiteral(segments: Segment[]): string {
  let best = '';
  for (const s of segments) {
    if (s.type !== 'literal') continue;
    const t = s.text.trim();
    if (t.length > best.length) best = t;
  }
  return best;
}
