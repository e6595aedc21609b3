/** Ranking, captures and codes: the matcher's behaviour on small, explicit catalogs. */
import { describe, expect, it } from 'vitest';
import { compile, compareVersions } from '../../src/lib/matcher/index.ts';
import { fixtureEntries } from './fixture-entries.ts';

const matcher = compile(fixtureEntries);
const slugs = (text: string) => matcher.match(text).map((d) => d.slug);

describe('ranking', () => {
  it('ranks the purego page over the generic linker page on the same lines (supersedes)', () => {
    const paste = [
      '# github.com/shirou/gopsutil/v4/internal/common',
      'github.com/ebitengine/purego.dlopenABI0: relocation target dlopen not defined',
      'github.com/ebitengine/purego.dlsymABI0: relocation target dlsym not defined',
    ].join('\n');
    const results = matcher.match(paste);
    expect(results.map((r) => r.slug)).toEqual(['purego-dlfcn-relocation-target-not-defined', 'link-relocation-target-not-defined']);
    expect(results[1].superseded).toBe(true);
    expect(results[0].captures.target.text).toBe('dlopen');
    expect(results[0].occurrences.map((o) => o.line)).toEqual([2, 3]);
  });

  it('keeps the generic linker page first when no purego symbol is involved', () => {
    expect(slugs('runtime/cgo(.text): relocation target stderr not defined')).toEqual(['link-relocation-target-not-defined']);
  });

  it('ranks a root cause with higher specificity over an earlier consequence', () => {
    const paste = 'runtime/cgo(.text): relocation target stderr not defined\nlink: cannot use dynamic imports with -d flag';
    expect(slugs(paste)[0]).toBe('link-cannot-use-dynamic-imports-with-d-flag');
  });

  it('lets a dyld Reason line decide the page', () => {
    const paste = [
      'dyld[1234]: Library not loaded: @rpath/libfoo.dylib',
      '  Referenced from: <5A2B...> /Users/me/app',
      "  Reason: tried: '/usr/local/lib/libfoo.dylib' (mach-o file, but is an incompatible architecture (have 'x86_64', need 'arm64'))",
    ].join('\n');
    const [first] = matcher.match(paste);
    expect(first.slug).toBe('dyld-incompatible-architecture');
    expect(first.captures.have.text).toBe('x86_64');
    expect(first.captures.need.text).toBe('arm64');
  });

  it('puts the OS page above the plugin.Open wrapper that carries it (negative specificity)', () => {
    expect(slugs('panic: plugin.Open("./p.so"): ./p.so: cannot open shared object file: No such file or directory')).toEqual([
      'glibc-cannot-open-shared-object',
      'plugin-open-dlopen-error',
    ]);
  });

  it('returns every error of a paste, earliest first when nothing else decides, with line numbers', () => {
    const paste = ['noise', 'libfoo.so: cannot open shared object file: No such file or directory', 'more noise', 'The specified module could not be found.'].join('\n');
    const results = matcher.match(paste);
    expect(results.map((r) => [r.slug, r.line])).toEqual([
      ['glibc-cannot-open-shared-object', 2],
      ['windows-dll-not-found-126', 4],
    ]);
  });

  it('tells GLIBC from GLIBCXX versions', () => {
    expect(slugs("./app: /lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.30' not found (required by ./app)")).toEqual([
      'glibcxx-version-not-found',
    ]);
  });
});

describe('captures', () => {
  it('captures the program, library, version and object of a glibc error, with the version parsed', () => {
    const [d] = matcher.match("./server: /lib64/libc.so.6: version `GLIBC_2.32' not found (required by ./server)");
    expect(d.captures.program.text).toBe('./server');
    expect(d.captures.library.text).toBe('/lib64/libc.so.6');
    expect(d.captures.object.text).toBe('./server');
    expect(d.captures.version.version?.numbers).toEqual([2, 32]);
  });

  it('captures the plugin path and package in both the Go 1.10+ and the older form', () => {
    const [modern] = matcher.match('plugin.Open("plugins/kv"): plugin was built with a different version of package github.com/x/y');
    expect(modern.captures.path.text).toBe('plugins/kv');
    expect(modern.captures.package.text).toBe('github.com/x/y');
    const [old] = matcher.match('plugin.Open: plugin was built with a different version of package runtime/internal/sys');
    expect(old.captures.package.text).toBe('runtime/internal/sys');
  });

  it('takes the package from the `# pkg` header that go build prints before a failing package', () => {
    const paste = [
      '#9 12.84 # github.com/shirou/gopsutil/v4/internal/common',
      '#9 12.84 github.com/ebitengine/purego.dlopenABI0: relocation target dlopen not defined',
    ].join('\n');
    const [d] = matcher.match(paste);
    expect(d.captures.package.text).toBe('github.com/shirou/gopsutil/v4/internal/common');
  });

  it('looks for the `# pkg` header among the 64 lines before the error, the nearest first', () => {
    const error = 'github.com/ebitengine/purego.dlopenABI0: relocation target dlopen not defined';
    const paste = (gap: number) => ['# example.com/far', '# example.com/near', ...Array(gap).fill('noise'), error].join('\n');
    expect(matcher.match(paste(0))[0].captures.package.text).toBe('example.com/near');
    expect(matcher.match(paste(63))[0].captures.package.text).toBe('example.com/near');
    expect(matcher.match(paste(64))[0].captures.package).toBeUndefined();
  });

  it('scores earlier lines higher, relative to the whole paste', () => {
    const paste = ['libfoo.so: cannot open shared object file: No such file or directory', ...Array(98).fill('noise'), 'cannot use dynamic imports with -d flag', ...Array(100).fill('noise')];
    const [dynimport, glibc] = matcher.match(paste.join('\n'));
    expect(glibc.score).toBeCloseTo(120 + (1 - 1 / 201) / 2, 3);
    expect(dynimport.score).toBeCloseTo(122 + (1 - 100 / 201) / 2, 3);
  });

  it('compares parsed versions numerically', () => {
    expect(compareVersions([2, 34], [2, 4])).toBeGreaterThan(0);
    expect(compareVersions([2, 28], [2, 28, 0])).toBe(0);
  });
});

describe('Windows codes in any form', () => {
  const forms126: [string, string][] = [
    ['decimal after "error"', 'LoadLibrary failed with error 126'],
    ['Python-style WinError', 'OSError: [WinError 126] Le module spécifié est introuvable'],
    ['hex after "error code"', 'load failed, error code 0x7E'],
    ['a full DWORD after "error"', 'LoadLibraryExW failed: error 0x0000007E'],
    ['an HRESULT', 'HRESULT: 0x8007007E'],
    ['the symbolic name', 'GetLastError() = ERROR_MOD_NOT_FOUND'],
    ['localised text only', 'Le module spécifié est introuvable.'],
  ];
  it.each(forms126)('recognises 126 as %s', (_form, text) => {
    const [d] = matcher.match(text);
    expect(d?.slug).toBe('windows-dll-not-found-126');
  });

  const formsNt: [string, string][] = [
    ['hex', 'exit status 0xc0000135'],
    ['unsigned decimal', 'Process finished with exit code 3221225781'],
    ['signed decimal', 'The process exited with code -1073741515.'],
    ['the symbolic name', 'STATUS_DLL_NOT_FOUND'],
  ];
  it.each(formsNt)('recognises 0xC0000135 as %s', (_form, text) => {
    const [d] = matcher.match(text);
    expect(d?.slug).toBe('windows-status-dll-not-found-0xc0000135');
    expect(d.captures.code.code).toBe(0xc0000135);
  });

  it('does not read Unix exit codes, make errors or a stack offset "+0x7e" as Windows error 126', () => {
    expect(slugs('exit status 126')).toEqual([]);
    expect(slugs('app-1 exited with code 126')).toEqual([]);
    expect(slugs('make: *** [Makefile:3: all] Error 126')).toEqual([]);
    expect(slugs('\t/src/main.go:12 +0x7e')).toEqual([]);
  });
});

describe('bad input gets an answer, never an exception', () => {
  it.each([
    ['an empty string', ''],
    ['only whitespace', ' \n\t\r\n '],
    ['an HTML script tag', '<script>alert(1)</script>'],
    ['NUL bytes', '\0\0\0version\0GLIBC_2.34'],
    ['lone surrogates', '\ud800\udc00\ud800 plugin.Open("x\udfff"): \ud800'],
  ])('returns a list for %s', (_name, text) => {
    expect(Array.isArray(matcher.match(text))).toBe(true);
  });

  it('returns an empty list for a non-string', () => {
    expect(matcher.match(undefined as unknown as string)).toEqual([]);
  });
});
