/** The template language: several lines, `...` gaps, optional parts and the C-toolchain hole kinds. */
import { describe, expect, it } from 'vitest';
import { compile, compileTemplate } from '../../src/lib/matcher/index.ts';
import { templateFixtureEntries } from './template-fixtures.ts';

const matcher = compile(templateFixtureEntries);
const first = (text: string) => matcher.match(text)[0];
const values = (text: string) => Object.fromEntries(Object.entries(first(text)?.captures ?? {}).map(([k, v]) => [k, v.text]));

describe('templates of several lines', () => {
  const ld64 = [
    'Undefined symbols for architecture arm64:',
    '  "_sqlite3_open", referenced from:',
    '      _main in main.o',
    'ld: symbol(s) not found for architecture arm64',
  ].join('\n');

  it('match consecutive lines, whatever their indentation, and capture from each', () => {
    const d = first(ld64);
    expect(d.slug).toBe('ld64-undefined-symbols');
    expect(d.line).toBe(1);
    expect(values(ld64)).toEqual({ arch: 'arm64', symbol: '_sqlite3_open' });
    expect(d.text).toBe('Undefined symbols for architecture arm64:\n"_sqlite3_open", referenced from:');
  });

  it('report the first line of the match, with CI prefixes and CRLF around it', () => {
    const paste = `noise\r\n2026-05-13T10:22:02.1234567Z ${ld64.split('\n').join('\r\n2026-05-13T10:22:02.1234567Z ')}`;
    expect(first(paste)).toMatchObject({ slug: 'ld64-undefined-symbols', line: 2 });
  });

  it('do not match when the next line is missing, or not directly next', () => {
    expect(matcher.match('Undefined symbols for architecture arm64:')).toEqual([]);
    expect(matcher.match('Undefined symbols for architecture arm64:\n\n  "_foo", referenced from:')).toEqual([]);
  });

  it('capture demangled C++ symbols, spaces included', () => {
    const paste = 'Undefined symbols for architecture x86_64:\n  "std::__1::basic_string<char, std::__1::char_traits<char> >::size() const", referenced from:';
    expect(values(paste).symbol).toBe('std::__1::basic_string<char, std::__1::char_traits<char> >::size() const');
  });

  it('let a "..." line stand for up to 16 lines of anything, and match at the nearest fitting line', () => {
    const chain = (froms: number) =>
      [
        'In file included from /usr/include/glib-2.0/glib.h:30,',
        ...Array.from({ length: froms }, (_, i) => `                 from ./bridge${i}.h:3,`),
        './cgo-gcc-prolog:5:10: fatal error: glib/galloca.h: No such file or directory',
        'compilation terminated.',
      ].join('\n');
    expect(first(chain(0)).slug).toBe('c-header-included-from');
    expect(values(chain(16))).toMatchObject({ includer: '/usr/include/glib-2.0/glib.h:30', header: 'glib/galloca.h' });
    expect(matcher.match(chain(17)).map((d) => d.slug)).toEqual(['c-header-not-found']);
  });
});

describe('optional parts', () => {
  it('match with and without the part, capturing its holes only when present', () => {
    expect(values('/usr/bin/ld: cannot find -lsqlite3: No such file or directory')).toEqual({ libname: 'sqlite3' });
    expect(values('/usr/bin/ld: cannot find -lsqlite3')).toEqual({ libname: 'sqlite3' });
    const gcc = "gcc: error: unrecognized command-line option '-marm'; did you mean '-mabm'?";
    expect(values(gcc)).toEqual({ compiler: 'gcc', option: '-marm', suggestion: '-mabm' });
    expect(values("x86_64-linux-gnu-gcc: error: unrecognized command-line option '-m64'")).toEqual({ compiler: 'x86_64-linux-gnu-gcc', option: '-m64' });
  });
});

describe('hole kinds for the C toolchain', () => {
  it.each([
    ['a header path', 'main.c:1:10: fatal error: gtk/gtk.h: No such file or directory', 'header', 'gtk/gtk.h'],
    ["clang's quoted header", "./x.h:2:10: fatal error: 'sqlite3.h' file not found", 'header', 'sqlite3.h'],
    ['a -l name with a plus', '/usr/bin/ld: cannot find -lstdc++', 'libname', 'stdc++'],
    ['a pkg-config module', 'Package gtk+-3.0 was not found in the pkg-config search path.', 'module', 'gtk+-3.0'],
    ['a symbol in backquote and quote', 'main.c:(.text+0x1c): undefined reference to `sqlite3_open\'', 'symbol', 'sqlite3_open'],
    ['a symbol in curly quotes', 'main.c:(.text+0x1c): undefined reference to ‘__imp_MessageBoxA’', 'symbol', '__imp_MessageBoxA'],
    ['a versioned symbol', "undefined reference to `fcntl64@GLIBC_2.28'", 'symbol', 'fcntl64@GLIBC_2.28'],
    ['a C++ symbol', "undefined reference to `std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >::~basic_string()'", 'symbol', 'std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >::~basic_string()'],
  ])('capture %s', (_what, text, name, value) => {
    expect(values(text)[name]).toBe(value);
  });

  it('do not run past the closing quote of a C symbol', () => {
    expect(values("undefined reference to `foo' and `bar'").symbol).toBe('foo');
  });
});

describe('template errors', () => {
  it.each([
    ['a gap first', '...\nfatal error: x', 'between two template lines'],
    ['a gap last', 'fatal error: x\n...', 'between two template lines'],
    ['two gaps in a row', 'In file included from x\n...\n...\nfatal error: y', 'between two template lines'],
    ['nested optional parts', 'cannot find [[-l[[x]]]] library', 'nested'],
    ['an unclosed optional part', 'cannot find [[-lfoo library', 'closing'],
    ['a stray closing bracket', 'cannot find -lfoo]] library', 'without'],
    ['an empty optional part', 'cannot find [[]]-lfoo', 'empty'],
    ['holes side by side when a part is left out', '{a:symbol}[[: x]]{b:symbol} not defined', 'side by side'],
    ['a hole that starts an optional part after a hole', 'relocation target {a:symbol}[[{b:symbol}]] not defined', 'side by side'],
    ['an optional part that starts a line with a hole', '[[{a:path}: ]]undefined reference to x', 'start with literal text'],
    ['a C symbol not followed by a quote', "undefined reference to '{s:csymbol} here", 'followed by a quote'],
    ['a C symbol that starts a line', "{s:csymbol}', referenced from:", 'cannot start'],
    ['text that is not last in its optional part', 'fatal error[[: {detail:text} x]] here', 'must be the last part'],
    ['a line without literal text outside optional parts', 'Undefined symbols for architecture x:\n[[foo]]{s:symbol}', 'literal text'],
    ['a name used on two lines', 'Undefined symbols for architecture {a:arch}:\n"{a:symbol}", referenced from:', 'used twice'],
  ])('rejects %s with a reason', (_what, template, reason) => {
    expect(() => compileTemplate(template)).toThrow(reason);
  });

  it('keeps single-line templates compiling exactly as before', () => {
    const t = compileTemplate("{library}: version `{version:glibc}' not found (required by {object:path})");
    expect(t.source).toBe(": version '(?<version>GLIBC_[\\d.]{1,16})' not found \\(required by (?<object>[^\\s'\")]{1,400})\\)");
    expect(t.lines).toBeUndefined();
  });
});
