// Reference engine: a frozen copy of src/lib/matcher/holes.ts at commit b3ce4d8 (the end of the
// regex-prefilter engine). tests/engine/differential.test.ts compares the byte-level engine with it. Do not edit.
/**
 * Named holes in message templates and the bounded character classes they compile to.
 *
 * Each class is bounded (`{1,N}`) and, when the hole is followed by literal text, loses that
 * text's first character, so a hole can never run into the next literal: the compiled pattern
 * has exactly one way to match each character, which keeps matching linear.
 */

export interface HoleKind {
  /** Characters the value may contain, as the body of a regex character class. */
  chars: string;
  /** True when `chars` lists what is excluded (`[^...]`) rather than what is allowed. */
  negated: boolean;
  /** Longest accepted value (after the prefix). */
  max: number;
  /** Fixed text the value starts with (a regex source made of literal alternatives). */
  prefix?: string;
}

/** Whitespace and quotes end every value: values are single tokens. */
const TOKEN_END = "\\s'\"";

export const holeKinds = {
  /** Go or C symbol: `runtime.load_g`, `github.com/ebitengine/purego.dlopenABI0`, `_cgo_init`. */
  symbol: { chars: TOKEN_END, negated: true, max: 300 },
  /** Library name or path: `libfoo.so.1`, `@rpath/libbar.dylib`, `foo.dll`. */
  library: { chars: TOKEN_END, negated: true, max: 300 },
  /** File path. */
  path: { chars: TOKEN_END, negated: true, max: 400 },
  /** A path written with a slash at its start: `/usr/lib/libfoo.so`, `./libfoo.so`, `../lib/x.so`. */
  slashpath: { chars: TOKEN_END, negated: true, max: 400, prefix: '\\.{0,2}\\/' },
  /** Go import path. */
  package: { chars: TOKEN_END, negated: true, max: 300 },
  /** Symbol version: `GLIBC_2.34`, `GLIBCXX_3.4.29`, `CXXABI_1.3.13`. */
  version: { chars: '\\w.', negated: false, max: 64 },
  /** glibc symbol version only: `GLIBC_2.34` (not `GLIBCXX_...`). */
  glibc: { chars: '\\d.', negated: false, max: 16, prefix: 'GLIBC_' },
  /** libstdc++ symbol version: `GLIBCXX_3.4.30`, `CXXABI_1.3.13`. */
  glibcxx: { chars: '\\d.', negated: false, max: 16, prefix: '(?:GLIBCXX|CXXABI)_' },
  /** Go version: `go1.23.5`, `go1.24rc1`. */
  goversion: { chars: '\\w.', negated: false, max: 32 },
  /** Error code: `126`, `0x7E`, `-1073741515`. */
  code: { chars: '\\w-', negated: false, max: 24 },
  /** A number. */
  n: { chars: '\\d', negated: false, max: 12 },
  /** One word. */
  word: { chars: '\\w', negated: false, max: 128 },
  /** CPU architecture: `x86_64`, `arm64e`, `i386`. */
  arch: { chars: '\\w-', negated: false, max: 32 },
  /** Free text up to the end of the line: only allowed as a template line's last hole. */
  text: { chars: '\\n', negated: true, max: 2000 },
  /** C or C++ header as written in `#include`: `sqlite3.h`, `gtk/gtk.h`, `sys/cdefs.h`. */
  header: { chars: '\\w.+/\\\\-', negated: false, max: 256 },
  /** Library name as given to `-l`: `sqlite3`, `stdc++`, `gtk-3`, `python3.11`, `:libfoo.a`. */
  libname: { chars: '\\w.+:-', negated: false, max: 128 },
  /** pkg-config module name: `gtk+-3.0`, `webkit2gtk-4.1`, `libavcodec`, `python-3.11-embed`. */
  pkgconfig: { chars: '\\w.+-', negated: false, max: 128 },
  /**
   * A C or C++ symbol between quotes, spaces allowed: `foo`, `__imp_foo`, `foo@GLIBC_2.2.5`,
   * `std::vector<int>::at(unsigned long) const`. Must be followed by a quote.
   */
  csymbol: { chars: '\'"\\n', negated: true, max: 1000 },
  /** A command-line flag: `-marm`, `-m64`, `-Wl,--no-as-needed`, `--enable-foo=bar`. */
  flag: { chars: TOKEN_END, negated: true, max: 300, prefix: '-' },
} satisfies Record<string, HoleKind>;

export type HoleKindName = keyof typeof holeKinds;

export function isHoleKind(name: string): name is HoleKindName {
  return Object.hasOwn(holeKinds, name);
}

const ESCAPED_IN_CLASS = /[\\\]^-]/;

/** Escape one literal character for use inside a character class. */
function classChar(c: string): string {
  return ESCAPED_IN_CLASS.test(c) ? `\\${c}` : c;
}

/**
 * The character class of a hole followed by `next` (the first characters of what can follow it:
 * the next literal, an optional part, or undefined at the end of the line) and preceded by the
 * literals `before`. Throws when a hole and its neighbours cannot be kept apart.
 *
 * - The next literals' first characters are excluded, so the hole stops where a literal starts.
 * - When every character of a preceding literal could also be part of the value, the literal
 *   could recur inside the value and the engine would rescan the same text from each occurrence;
 *   the literal's last character is excluded too (`plugin.Open({path})` stops a path at `(`).
 */
export function holeClass(
  kind: HoleKindName,
  next: string | undefined | readonly (string | undefined)[],
  before: string | readonly string[] = '',
): string {
  const k: HoleKind = holeKinds[kind];
  const excluded = new Set<string>();
  const probe = new RegExp(`[${k.negated ? '^' : ''}${k.chars}]`, 'u');
  const inClass = (c: string) => probe.test(c);
  for (const c of typeof next === 'string' || next === undefined ? [next] : next) if (c && inClass(c)) excluded.add(c);
  for (const b of typeof before === 'string' ? [before] : before) {
    const last = b[b.length - 1];
    if (last && [...b].every(inClass)) excluded.add(last);
  }
  if (excluded.size === 0) return `[${k.negated ? '^' : ''}${k.chars}]`;
  if (k.negated) return `[^${k.chars}${[...excluded].map(classChar).join('')}]`;
  // An allowed class: drop the characters when they are listed literally.
  let chars = k.chars;
  for (const c of excluded) {
    const listed = chars.replace(/\\./g, '');
    if (!listed.includes(c)) throw new Error(`a {${kind}} hole cannot stand next to "${c}": the two would overlap`);
    chars = chars.split(c).join('');
  }
  return `[${chars}]`;
}

/** The quantifier for a hole: at least one character, at most the kind's maximum. */
export function holeQuantifier(kind: HoleKindName): string {
  return kind === 'text' ? `{0,${holeKinds[kind].max}}` : `{1,${holeKinds[kind].max}}`;
}

/** The fixed prefix of a kind's values, as regex source ('' for most kinds). */
export function holePrefix(kind: HoleKindName): string {
  return (holeKinds[kind] as HoleKind).prefix ?? '';
}
