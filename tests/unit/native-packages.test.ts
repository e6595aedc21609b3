import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTRACT_PATH, GENERATED_PATH, missingFromExtract, parseContentsLine, parseExtract, renderGenerated, resolveRow } from '../../scripts/lib/debian-contents.ts';
import { debianPackages } from '../../src/lib/data/native-libraries.debian.ts';
import { curatedPlatforms, nativeLibraries } from '../../src/lib/data/native-libraries.ts';
import {
  classifyKey,
  findNativeLibrary,
  installCommands,
  installForCaptures,
  lookUpCommand,
  nativeLibraryById,
  platforms,
} from '../../src/lib/data/native-packages.ts';

const commands = (id: string) => Object.fromEntries(installCommands(nativeLibraryById(id)!).map((p) => [p.platform, p.command]));

describe('findNativeLibrary', () => {
  it.each([
    ['-lsqlite3', 'sqlite3', 'library'],
    ['sqlite3', 'sqlite3', 'pkg-config'],
    ['libsqlite3.so.0', 'sqlite3', 'library'],
    ['libsqlite3.so', 'sqlite3', 'library'],
    ['libsqlite3.a', 'sqlite3', 'library'],
    ['libsqlite3.dylib', 'sqlite3', 'library'],
    ['/usr/lib/x86_64-linux-gnu/libsqlite3.so', 'sqlite3', 'library'],
    ['sqlite3.h', 'sqlite3', 'header'],
    ["'sqlite3.h'", 'sqlite3', 'header'],
    ['<libavcodec/avcodec.h>', 'avcodec', 'header'],
    ['gtk/gtk.h', 'gtk3', 'header'],
    ['/usr/include/gtk-4.0/gtk/gtk.h', 'gtk4', 'header'],
    ['opus/opus.h', 'opus', 'header'],
    ['opus.h', 'opus', 'header'],
    ['webkit2gtk-4.0', 'webkit2gtk-4.0', 'pkg-config'],
    ['gtk+-3.0', 'gtk3', 'pkg-config'],
    ['libpng16.pc', 'png', 'pkg-config'],
    ['-lgtk-3', 'gtk3', 'library'],
    ['libstdc++.so.6', 'stdc++', 'library'],
    ['X11', 'x11', 'library'],
    ['-lssl', 'openssl', 'library'],
  ])('reads %s as row %s (%s)', (text, id, kind) => {
    const m = findNativeLibrary(text);
    expect(m?.row.id).toBe(id);
    expect(m?.kind).toBe(kind);
  });

  it('lists the other rows that share a header', () => {
    expect(findNativeLibrary('gtk/gtk.h')!.alternatives.map((r) => r.id)).toEqual(['gtk4']);
    expect(findNativeLibrary('webkit2/webkit2.h')!.alternatives.map((r) => r.id)).toEqual(['webkit2gtk-4.1']);
  });

  it('points webkit2gtk-4.0 at its 4.1 successor', () => {
    expect(findNativeLibrary('webkit2gtk-4.0')!.row.renamedTo).toBe('webkit2gtk-4.1');
  });

  it('reads a value the way it is told to', () => {
    expect(findNativeLibrary('sqlite3', 'library')?.kind).toBe('library');
    expect(findNativeLibrary('z', 'library')?.row.id).toBe('zlib');
    expect(findNativeLibrary('z', 'pkg-config')).toBeUndefined();
  });

  it.each(['libdoesnotexist.so.1', 'nosuchheader.h', 'no-such-module', '', '   ', 'two words', 'x'.repeat(500)])('returns undefined for %j', (text) => {
    expect(findNativeLibrary(text)).toBeUndefined();
  });
});

describe('install commands', () => {
  it('gives the issue\'s SQLite answer on every platform', () => {
    expect(commands('sqlite3')).toEqual({
      debian: 'apt-get install libsqlite3-dev',
      fedora: 'dnf install sqlite-devel',
      alpine: 'apk add sqlite-dev',
      arch: 'pacman -S sqlite',
      brew: 'brew install sqlite',
      msys2: 'pacman -S mingw-w64-x86_64-sqlite3',
    });
  });

  it.each([
    ['gtk3', 'apt-get install libgtk-3-dev'],
    ['webkit2gtk-4.1', 'apt-get install libwebkit2gtk-4.1-dev'],
    ['avcodec', 'apt-get install libavcodec-dev'],
    ['alsa', 'apt-get install libasound2-dev'],
    ['curl', 'apt-get install libcurl4-openssl-dev'],
    ['mysqlclient', 'apt-get install libmariadb-dev-compat'],
    ['dl', 'apt-get install libc6-dev'],
  ])('answers %s on Debian with %s', (id, command) => {
    expect(commands(id).debian).toBe(command);
  });

  it('says a glibc part is part of glibc', () => {
    for (const id of ['dl', 'pthread', 'rt', 'm', 'resolv']) expect(nativeLibraryById(id)!.glibc, id).toBe(true);
  });

  it('shows Linux-only libraries as unavailable on macOS rather than leaving the cell empty', () => {
    const brew = installCommands(nativeLibraryById('seccomp')!).find((p) => p.platform === 'brew')!;
    expect(brew.command).toBeUndefined();
    expect(brew.unavailable).toMatch(/Linux-only/);
  });

  it('falls back to a look-up for unchecked platforms, with the key that was asked about', () => {
    const row = nativeLibraryById('gpiod')!;
    const alpine = installCommands(row, { kind: 'library', key: 'gpiod' }).find((p) => p.platform === 'alpine')!;
    expect(alpine.command).toBeUndefined();
    expect(alpine.lookUp).toBe("apk search 'so:libgpiod.so*'");
  });
});

describe('the look-up fallback', () => {
  it.each([
    ['debian', 'library', 'foo', 'apt-file search libfoo.so   # after: apt-get install apt-file && apt-file update'],
    ['debian', 'header', 'foo/bar.h', 'apt-file search /foo/bar.h   # after: apt-get install apt-file && apt-file update'],
    ['fedora', 'pkg-config', 'foo', "dnf provides 'pkgconfig(foo)'"],
    ['fedora', 'library', 'foo', "dnf provides '*/libfoo.so'"],
    ['alpine', 'pkg-config', 'foo', "apk search -x pc:foo   # or: apk search 'so:libfoo.so*'"],
    ['alpine', 'header', 'foo/bar.h', 'https://pkgs.alpinelinux.org/contents?file=bar.h'],
    ['arch', 'header', 'foo/bar.h', 'pacman -F foo/bar.h   # after: pacman -Fy'],
    ['brew', 'library', 'foo', 'brew search foo'],
    ['msys2', 'library', 'foo', 'https://packages.msys2.org/search?t=binpkg&q=foo'],
  ] as const)('%s, %s %s: %s', (platform, kind, key, expected) => {
    expect(lookUpCommand(platform, kind, key)).toBe(expected);
  });

  it('answers an unknown capture with look-up commands on every platform, never a package', () => {
    const r = installForCaptures({ library: { text: 'frobnicate' } })!;
    expect(r.match).toBeUndefined();
    expect(r.platforms.map((p) => p.platform)).toEqual([...platforms]);
    for (const p of r.platforms) {
      expect(p.command).toBeUndefined();
      expect(p.packages).toEqual([]);
      expect(p.lookUp).toContain('frobnicate');
    }
  });
});

describe('installForCaptures', () => {
  it.each([
    [{ library: 'sqlite3' }, 'sqlite3', 'library'],
    [{ library: { text: 'libsqlite3.so.0' } }, 'sqlite3', 'library'],
    [{ header: 'sqlite3.h' }, 'sqlite3', 'header'],
    [{ module: 'webkit2gtk-4.0' }, 'webkit2gtk-4.0', 'pkg-config'],
    [{ pkgconfig: 'gtk+-3.0' }, 'gtk3', 'pkg-config'],
    [{ libname: 'sqlite3', package: 'github.com/mattn/go-sqlite3' }, 'sqlite3', 'library'],
    [{ header: 'gtk/gtk.h', library: 'z' }, 'gtk3', 'header'],
  ])('reads %j as %s', (captures: Record<string, string | { text: string }>, id, kind) => {
    const r = installForCaptures(captures)!;
    expect(r.match?.row.id).toBe(id);
    expect(r.kind).toBe(kind);
    expect(r.platforms.find((p) => p.platform === 'debian')?.command).toMatch(/^apt-get install /);
  });

  it('ignores captures that name no library', () => {
    expect(installForCaptures({ symbol: 'main.foo', path: './app' })).toBeUndefined();
  });
});

describe('the table', () => {
  it('has at least 150 rows with unique ids', () => {
    expect(nativeLibraries.length).toBeGreaterThanOrEqual(150);
    expect(new Set(nativeLibraries.map((r) => r.id)).size).toBe(nativeLibraries.length);
  });

  it('gives every link name and pkg-config module to exactly one row', () => {
    for (const field of ['libs', 'pkgConfig'] as const) {
      const seen = new Map<string, string>();
      for (const r of nativeLibraries) {
        for (const k of r[field]) {
          expect(seen.get(k), `${field} ${k} in ${r.id}`).toBeUndefined();
          seen.set(k, r.id);
        }
      }
    }
  });

  it('has no empty strings anywhere', () => {
    const walk = (v: unknown, at: string): void => {
      if (typeof v === 'string') expect(v.trim(), at).not.toBe('');
      else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
    };
    nativeLibraries.forEach((r) => walk(r, r.id));
    walk(debianPackages, 'debian');
  });

  it('gives every row a key and every curated cell a source URL', () => {
    for (const r of nativeLibraries) {
      expect(r.libs.length + r.headers.length + r.pkgConfig.length, r.id).toBeGreaterThan(0);
      for (const p of curatedPlatforms) {
        const cell = r.cells[p];
        if (!cell) continue;
        expect(cell.source, `${r.id}.${p}`).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:blob|tree)\/[0-9a-f]{40}|^https:\/\/github\.com\/golang\/go\/blob\/go[\d.]+\//);
        // A cell names packages, or says why there are none.
        expect(cell.packages.length > 0 || Boolean(cell.builtin) || Boolean(cell.unavailable), `${r.id}.${p}`).toBe(true);
      }
    }
  });

  it('gives every Ubuntu difference a source', () => {
    const withNotes = nativeLibraries.filter((r) => r.ubuntu);
    expect(withNotes.map((r) => r.id)).toEqual(expect.arrayContaining(['mysqlclient', 'webkit2gtk-4.0']));
    for (const r of withNotes) expect(r.ubuntu!.source, r.id).toMatch(/^https:\/\//);
  });

  it('keeps every seeAlso and renamedTo pointing at a row', () => {
    for (const r of nativeLibraries) {
      for (const id of [...(r.seeAlso ?? []), ...(r.renamedTo ? [r.renamedTo] : [])]) expect(nativeLibraryById(id), `${r.id} -> ${id}`).toBeDefined();
    }
  });

  it('names MSYS2 packages with the MINGW64 or CLANG64 prefix', () => {
    for (const r of nativeLibraries) {
      for (const pkg of r.cells.msys2?.packages ?? []) expect(pkg, r.id).toMatch(/^mingw-w64-(?:clang-)?x86_64-/);
    }
  });
});

describe('the generated Debian column', () => {
  const generated = readFileSync(GENERATED_PATH, 'utf8');
  const extract = parseExtract(readFileSync(EXTRACT_PATH, 'utf8'));

  it('starts with the generated-by header', () => {
    expect(generated.split('\n')[0]).toBe('// generated by scripts/debian-lib-packages.ts, do not edit');
    expect(readFileSync(EXTRACT_PATH, 'utf8')).toContain('generated by scripts/debian-lib-packages.ts, do not edit');
  });

  it('records the release and the Contents files it came from', () => {
    expect(extract.header.suite).toBe('bookworm');
    expect(extract.header.version).toMatch(/^12\.\d+$/);
    expect(extract.header.date).not.toBe('');
    expect(extract.header.files.map((f) => f.name)).toEqual(['main/Contents-amd64', 'main/Contents-all']);
    for (const f of extract.header.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is what the script renders from the committed extract (run npx node scripts/debian-lib-packages.ts)', () => {
    expect(missingFromExtract(nativeLibraries, extract)).toEqual([]);
    expect(renderGenerated(nativeLibraries, extract)).toBe(generated);
  });

  it('resolves most rows; the rest are marked as not packaged in Debian or explained', () => {
    const missing = nativeLibraries.filter((r) => !debianPackages[r.id]).map((r) => r.id);
    expect(missing.length).toBeLessThan(10);
    for (const id of missing) {
      const r = nativeLibraryById(id)!;
      expect(Boolean(r.notPackaged || r.note), id).toBe(true);
    }
  });

  it('parses a Contents line into the path and bare package names', () => {
    expect(parseContentsLine('usr/include/sqlite3.h                                   libdevel/libsqlite3-dev')).toEqual({
      path: 'usr/include/sqlite3.h',
      packages: ['libsqlite3-dev'],
    });
    expect(parseContentsLine('usr/lib/x86_64-linux-gnu/libjack.so  libdevel/libjack-dev,libdevel/libjack-jackd2-dev')?.packages).toEqual([
      'libjack-dev',
      'libjack-jackd2-dev',
    ]);
  });

  it('takes the preferred package when alternatives ship the same file', () => {
    const paths = new Map([['usr/lib/x86_64-linux-gnu/libfoo.so', ['libfoo-a-dev', 'libfoo-b-dev']]]);
    const row = { id: 'foo', libs: ['foo'], headers: [], pkgConfig: [] };
    expect(resolveRow(row, paths).packages).toEqual(['libfoo-a-dev']);
    expect(resolveRow({ ...row, debianPrefer: ['libfoo-b-dev'] }, paths).packages).toEqual(['libfoo-b-dev']);
  });
});

describe('classifyKey', () => {
  it.each([
    ['libfoo.1.dylib', 'library', 'foo'],
    ['libfoo.dll.a', 'library', 'foo'],
    ['libfoo.tbd', 'library', 'foo'],
    ['foo.pc', 'pkg-config', 'foo'],
    ['/usr/include/x86_64-linux-gnu/ffi.h', 'header', 'ffi.h'],
    ['foo', 'auto', 'foo'],
  ])('reads %s as %s %s', (text, kind, key) => {
    expect(classifyKey(text)).toEqual({ kind, key });
  });
});

describe('installForCaptures and Go package headers', () => {
  it('never reads the Go import path of a `# <pkg>` header as a C library', () => {
    expect(installForCaptures({ package: 'github.com/mattn/go-sqlite3' })).toBeUndefined();
  });
});
