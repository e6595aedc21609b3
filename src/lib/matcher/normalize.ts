/**
 * Turning a paste into matchable text.
 *
 * Whole-text steps are cheap global replaces that keep the text's lines; per-line steps (prefix
 * stripping, volatile tokens) run only on the few lines the prefilter hits. Discriminating tokens
 * (versions, symbols, error numbers) are never rewritten.
 */

// ANSI CSI and OSC sequences, and the bare ESC of broken ones. The ranges are ECMA-48's own
// byte classes (parameter 0x30-0x3F, intermediate 0x20-0x2F, final 0x40-0x7E).
// eslint-disable-next-line no-control-regex, regexp/no-obscure-range
const ANSI = /\x1b(?:\[[0-?]{0,32}[ -/]{0,8}[@-~]|\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)|[@-Z\\-_])/g;
const CRLF = /\r\n?/g;
const SINGLE_QUOTES = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES = /[“”„‟″]/g;
// Only runs that are not already a single plain space: rewriting every space of a 20 MB log
// would copy the whole text.
const SPACES = /(?: [ \t\u00a0\u2000-\u200b\u202f\u3000]|[\t\u00a0\u2000-\u200b\u202f\u3000])[ \t\u00a0\u2000-\u200b\u202f\u3000]*/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
// Escaped newlines and quotes from single-line JSON logs (`"msg":"...\n..."`).
// Only applied when the paste looks like JSON, so Windows paths such as C:\new\tools survive.
const JSON_ESCAPES = /\\(?:r\\n|[nt"\\])/g;
const LOOKS_LIKE_JSON = /\{"|\\"/;

const JSON_UNESCAPED: Record<string, string> = { '\\"': '"', '\\t': ' ', '\\\\': '\\' };

function decodeEntity(_m: string, dec?: string, hex?: string, name?: string): string {
  if (name) return NAMED[name];
  const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
  return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
}

/** Fold quotes and spacing: applied to templates and to pastes alike. */
export function foldText(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(SPACES, ' ');
}

/** The steps before JSON unescaping: ANSI sequences, line ends, entities. */
export function stripControls(raw: string): string {
  let text = raw;
  if (text.includes('\x1b')) text = text.replace(ANSI, '');
  if (text.includes('\r')) text = text.replace(CRLF, '\n');
  if (text.includes('&')) text = text.replace(ENTITY, decodeEntity);
  return text;
}

/** Whether JSON escapes are decoded: decided on the whole paste after stripControls. */
export function looksLikeJson(stripped: string): boolean {
  return stripped.includes('\\') && LOOKS_LIKE_JSON.test(stripped);
}

function unescapeJson(text: string): string {
  return text.replace(JSON_ESCAPES, (m) => JSON_UNESCAPED[m] ?? '\n');
}

/** Whole-text normalisation. Lines are kept; a lone CR counts as a line break, as in a terminal. */
export function normalizeText(raw: string): string {
  let text = stripControls(raw);
  if (looksLikeJson(text)) text = unescapeJson(text);
  return foldText(text);
}

/**
 * normalizeText for a part of a paste made of whole lines (each with its '\n'), given whether
 * the whole paste looks like JSON. Every step works within a line (ANSI sequences other than OSC
 * never contain a line break, entities and JSON escapes neither), so normalising line by line
 * and joining gives the whole-text result.
 */
export function normalizeLines(raw: string, json: boolean): string {
  let text = stripControls(raw);
  if (json && text.includes('\\')) text = unescapeJson(text);
  return foldText(text);
}

/**
 * Prefixes that CI systems and log collectors put before a line. Each is anchored at the start of
 * the line and made of bounded, disjoint parts.
 */
const LINE_PREFIXES: RegExp[] = [
  // GitHub Actions: 2026-05-13T10:22:02.1234567Z
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z ?/,
  // Docker BuildKit: #12 3.456
  /^#\d{1,6} \d{1,6}(?:\.\d{1,6})? /,
  // Plain Docker: Step 3/9 :
  /^Step \d{1,5}\/\d{1,5} : /,
  // journald / syslog: Nov 23 10:04:01 host unit[123]:
  /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [\w.-]{1,64} [\w./@-]{1,128}(?:\[\d{1,10}\])?: /,
  // Go's log package before Go 1.21 (and most Go programs): 2022/09/09 18:57:24
  /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d{1,9})? /,
  // ISO-ish timestamps from other loggers: 2024-01-07 05:12:29,498 or 2024-01-07T05:12:29+00:00
  /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)? /,
  // docker compose gutters: app-1  |
  /^[\w.-]{1,64} ?\| /,
  // goreleaser and box-drawing gutters, Markdown quotes
  /^[│┃|>] ?/,
];

/** Remove the log prefixes in front of a line (they can be stacked). */
export function stripLinePrefixes(line: string): string {
  let out = line.trimStart();
  for (let round = 0; round < 4; round++) {
    const before = out;
    for (const prefix of LINE_PREFIXES) out = out.replace(prefix, '').trimStart();
    if (out === before) break;
  }
  // Markdown-escaped headers from issue trackers: \# pkg
  if (out.startsWith('\\#')) out = out.slice(1);
  return out.trimEnd();
}

/** Replace volatile tokens with stable placeholders. Error codes and versions are left alone. */
export function normalizeVolatile(line: string): string {
  return line
    .replace(/\/tmp\/go-build\d{1,20}/g, '$WORK')
    .replace(/\b0x[0-9a-f]{9,16}\b/g, '0xADDR')
    .replace(/\b(dyld|pid)\[\d{1,10}\]/g, '$1[PID]');
}
