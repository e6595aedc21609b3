/** Typed values out of raw captures, so the wizard can compare versions and name codes. */
import type { HoleKindName } from './holes.ts';

export { compareVersions } from '../version-compare.ts';

export interface ParsedVersion {
  /** `GLIBC`, `GLIBCXX`, `CXXABI`, `GCC`, `go`... */
  family: string;
  numbers: number[];
}

export interface Capture {
  /** The hole kind, `choice` for `{name=a|b}`, or `code` for an error number. */
  kind: HoleKindName | 'choice';
  /** The text as found (after normalisation). */
  text: string;
  /** Parsed symbol version or Go version. */
  version?: ParsedVersion;
  /** Numeric value of an error code. */
  code?: number;
}

const VERSIONED = /^([a-z][a-z_]*?)_?(\d{1,6}(?:\.\d{1,6}){0,4})$/i;
const GO_VERSION = /^go(\d{1,3}(?:\.\d{1,4}){1,2})/;

export function parseVersion(text: string): ParsedVersion | undefined {
  const go = GO_VERSION.exec(text);
  if (go) return { family: 'go', numbers: go[1].split('.').map(Number) };
  const m = VERSIONED.exec(text);
  if (!m) return undefined;
  return { family: m[1].toUpperCase(), numbers: m[2].split('.').map(Number) };
}

export function parseCode(text: string): number | undefined {
  const t = text.trim();
  if (/^-?\d{1,12}$/.test(t)) {
    const n = Number(t);
    return n < 0 ? n >>> 0 : n;
  }
  if (/^0x[0-9a-f]{1,8}$/i.test(t)) return parseInt(t, 16);
  return undefined;
}

// Closing punctuation that trails a value in prose: "(required by ./app)." or "'libfoo.so',".
function trimTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 1 && '.,;:'.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

export function toCapture(kind: HoleKindName | 'choice', raw: string): Capture {
  // A {csymbol} ends at its closing quote: anything before it is part of the symbol.
  const text = kind === 'text' ? raw.trim() : kind === 'csymbol' ? raw : trimTrailingPunctuation(raw);
  const capture: Capture = { kind, text };
  if (kind === 'version' || kind === 'goversion' || kind === 'glibc' || kind === 'glibcxx') capture.version = parseVersion(text);
  if (kind === 'code' || kind === 'n') capture.code = parseCode(text);
  return capture;
}
