/**
 * The shape of a compiled pattern: its regex with every literal character replaced by one
 * representative of the characters that belong to the same classes of that pattern (and group
 * names numbered, a stretch of literal text longer than four cut to its first and last two).
 * Patterns of one shape differ only in literal text that no class tells apart, so they backtrack
 * alike: merging characters (classes kept) can only add ways to match, never remove them, and
 * the inside of a fixed stretch is quantified by nothing and overlaps no neighbour. pattern-safety.test.ts checks each shape once, and every pattern of a shape the
 * checker flags.
 */
const CANDIDATES = 'abcdefghijklmnopqrstuvwxyz0123456789 _-.:/\'"(){}[]<>,;=@#`~!%&*+?|^$\\';

function escape(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** Split a regex source into literal characters and everything else (kept as written). */
function tokens(source: string): { literal: boolean; text: string }[] {
  const out: { literal: boolean; text: string }[] = [];
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '\\') {
      const n = source[i + 1];
      out.push(/[swdb]/i.test(n) ? { literal: false, text: `\\${n}` } : { literal: true, text: n });
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out.push({ literal: false, text: source.slice(i, j + 1) });
      i = j + 1;
    } else if (c === '(') {
      const m = /^\((?:\?<[A-Z_]\w*>|\?<[!=]|\?[:!=])?/i.exec(source.slice(i))![0];
      out.push({ literal: false, text: m });
      i += m.length;
    } else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i))) {
      const m = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i))![0];
      out.push({ literal: false, text: m });
      i += m.length;
    } else if (')|?*+^$.'.includes(c)) {
      out.push({ literal: false, text: c });
      i++;
    } else {
      out.push({ literal: true, text: c });
      i++;
    }
  }
  return out;
}

export function patternShape(source: string, flags: string): string {
  const toks = tokens(source);
  const classes = toks.filter((t) => !t.literal && (t.text.startsWith('[') || /^\\[swd]$/i.test(t.text) || t.text === '.')).map((t) => new RegExp(t.text, flags));
  const signature = (c: string) => classes.map((re) => (re.test(c) ? '1' : '0')).join('');
  const rep = new Map<string, string>();
  for (const c of CANDIDATES) if (!rep.has(signature(c))) rep.set(signature(c), c);
  let group = 0;
  const out: string[] = [];
  let segment: string[] = [];
  // A stretch of literal text is fixed (nothing quantifies it): what can overlap its neighbours
  // is its first and last characters, so a long stretch keeps two at each end.
  const flush = () => {
    out.push(...(segment.length > 4 ? [...segment.slice(0, 2), ...segment.slice(-2)] : segment));
    segment = [];
  };
  for (const t of toks) {
    if (!t.literal) {
      flush();
      out.push(t.text.startsWith('(?<') && !/^\(\?<[!=]/.test(t.text) ? `(?<g${group++}>` : t.text);
      continue;
    }
    const r = rep.get(signature(t.text)) ?? t.text;
    segment.push(escape(flags.includes('i') ? r.toLowerCase() : r));
  }
  flush();
  return out.join('');
}
