/** Real pastes come from terminals, CI systems and web pages: each kind of noise is tested here. */
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/matcher/index.ts';
import { normalizeText, stripLinePrefixes } from '../../src/lib/matcher/normalize.ts';
import { fixtureEntries } from './fixture-entries.ts';

const matcher = compile(fixtureEntries);
const GLIBC = "./app: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by ./app)";

describe('pasted noise around a glibc version error', () => {
  const cases: [string, string][] = [
    ['ANSI colour codes', `\x1b[1;31m${GLIBC}\x1b[0m`],
    ['an ANSI code inside the message', GLIBC.replace('version', '\x1b[31mversion\x1b[0m')],
    ['CRLF line endings', `first line\r\n${GLIBC}\r\nlast line\r\n`],
    ['a lone CR from a progress bar', `downloading 45%\rdownloading 100%\r${GLIBC}`],
    ['a Docker BuildKit prefix', `#12 3.456 ${GLIBC}`],
    ['a GitHub Actions timestamp', `2026-05-13T10:22:02.1234567Z ${GLIBC}`],
    ['a docker-compose gutter', `app-1  | ${GLIBC}`],
    ['a journald prefix', `Nov 23 10:04:01 web-1 app[4242]: ${GLIBC}`],
    ['a Go log timestamp', `2022/09/09 18:57:24 ${GLIBC}`],
    ['curly quotes from a web page', GLIBC.replace('`GLIBC_2.34\'', '‘GLIBC_2.34’')],
    ['straight quotes (newer glibc and copy-paste)', GLIBC.replace('`GLIBC_2.34\'', "'GLIBC_2.34'")],
    ['HTML entities', GLIBC.replace("`GLIBC_2.34'", '&#96;GLIBC_2.34&#39;')],
    ['leading indentation', `\t    ${GLIBC}`],
    ['a Markdown quote', `> ${GLIBC}`],
    ['non-breaking spaces', GLIBC.replace(/ /g, '\u00a0')],
    ['a single-line JSON log with escaped newlines', JSON.stringify({ level: 'error', msg: `start failed\n${GLIBC}\nexit status 1` })],
  ];
  it.each(cases)('still matches with %s', (_name, text) => {
    const [first] = matcher.match(text);
    expect(first?.slug).toBe('glibc-version-not-found');
    expect(first.captures.version.text).toBe('GLIBC_2.34');
    expect(first.captures.version.version).toEqual({ family: 'GLIBC', numbers: [2, 34] });
  });
});

describe('what normalisation must not touch', () => {
  it('keeps versions, symbols and error numbers', () => {
    const text = 'version GLIBC_2.34 symbol runtime.load_g error 126 0xc0000135 -1073741515';
    expect(normalizeText(text)).toBe(text);
  });

  it('keeps Windows paths intact when the paste is not JSON', () => {
    expect(normalizeText('C:\\new\\tools\\foo.dll')).toBe('C:\\new\\tools\\foo.dll');
  });

  it('replaces go-build temp dirs, long addresses and dyld PIDs with placeholders in reported lines', () => {
    const [d] = matcher.match('/tmp/go-build2508949808/b001/exe/app: libfoo.so: cannot open shared object file: No such file or directory');
    expect(d.text).toBe('$WORK/b001/exe/app: libfoo.so: cannot open shared object file: No such file or directory');
    const [dyld] = matcher.match('dyld[73921]: Library not loaded: @rpath/libfoo.dylib');
    expect(dyld.text).toBe('dyld[PID]: Library not loaded: @rpath/libfoo.dylib');
  });

  it('strips stacked prefixes: a timestamp, then a BuildKit step', () => {
    expect(stripLinePrefixes('2024-01-07T05:12:29.4983718Z #7 12.84 # runtime/cgo')).toBe('# runtime/cgo');
  });
});
