/**
 * Which package to install for a missing C library, header or pkg-config module, per platform.
 * Joins the curated rows (native-libraries.ts) with the generated Debian column
 * (native-libraries.debian.ts). Pure functions, no DOM: pages, the wizard and tests share them.
 *
 *   findNativeLibrary('-lsqlite3' | 'libsqlite3.so.0' | 'sqlite3.h' | 'webkit2gtk-4.0')
 *   installCommands(row)             one entry per platform: a command, or how to look it up
 *   installForCaptures(captures)     the same for a diagnosis' captured values
 */
import { debianPackages, debianRelease } from './native-libraries.debian.ts';
import { type CuratedCell, type NativeLibraryRow, type Platform, nativeLibraries, platforms } from './native-libraries.ts';

export { debianRelease, nativeLibraries, platforms };
export type { NativeLibraryRow, Platform };

export type KeyKind = 'library' | 'header' | 'pkg-config';

export interface NativeLibraryMatch {
  row: NativeLibraryRow;
  /** How the query was read. */
  kind: KeyKind;
  /** The key it matched, normalised: `sqlite3`, `gtk/gtk.h`, `webkit2gtk-4.0`. */
  key: string;
  /** Other rows with the same key (gtk/gtk.h is both GTK 3 and GTK 4). */
  alternatives: NativeLibraryRow[];
}

export const platformLabels: Readonly<Record<Platform, string>> = {
  debian: 'Debian, Ubuntu',
  fedora: 'Fedora, RHEL',
  alpine: 'Alpine',
  arch: 'Arch Linux',
  brew: 'macOS (Homebrew)',
  msys2: 'Windows (MSYS2 MINGW64)',
};

// ---- reading a captured value ------------------------------------------------------------

const HEADER_EXT = /\.(?:h|hh|hpp|hxx)$/i;
// libfoo.so, libfoo.so.1.2, libfoo.a, libfoo.dylib, libfoo.1.dylib, libfoo.dll.a, libfoo.tbd
const LIB_FILE = /^lib(.+?)(?:\.so(?:\.\d+)*|\.a|\.dll\.a|(?:\.\d+)*\.dylib|\.tbd)$/;

const OPENERS = ` \t\r\n'"\`<‘“`;
const CLOSERS = ` \t\r\n'"\`>’”:,;.`;

/** Drops quotes and brackets around a captured name: 'sqlite3.h', <gtk/gtk.h>, `libfoo.so'. */
function clean(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && OPENERS.includes(text[start])) start++;
  while (end > start && CLOSERS.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

/** The bare key for a header path: drops /usr/include/ and a row's include dir later. */
function headerKey(text: string): string {
  return text.replace(/^\/?(?:usr\/(?:local\/)?)?include\//, '').replace(/^x86_64-linux-gnu\//, '');
}

/** Reads what kind of key a captured value is, without looking it up. */
export function classifyKey(text: string): { kind: KeyKind | 'auto'; key: string } | undefined {
  const t = clean(text);
  if (!t || t.length > 200) return undefined;
  if (HEADER_EXT.test(t) || /^(?:\/usr\/)?include\//.test(t)) return { kind: 'header', key: headerKey(t) };
  if (t.startsWith('-l') && t.length > 2) return { kind: 'library', key: t.slice(2) };
  const base = t.slice(t.lastIndexOf('/') + 1);
  const file = LIB_FILE.exec(base);
  if (file) return { kind: 'library', key: file[1] };
  if (base.endsWith('.pc')) return { kind: 'pkg-config', key: base.slice(0, -3) };
  if (/\s/.test(t)) return undefined;
  return { kind: 'auto', key: t };
}

// ---- the index ---------------------------------------------------------------------------

interface Index {
  library: Map<string, NativeLibraryRow[]>;
  header: Map<string, NativeLibraryRow[]>;
  'pkg-config': Map<string, NativeLibraryRow[]>;
  id: Map<string, NativeLibraryRow>;
}

let index: Index | undefined;

function add(map: Map<string, NativeLibraryRow[]>, key: string, row: NativeLibraryRow) {
  const list = map.get(key);
  if (!list) map.set(key, [row]);
  else if (!list.includes(row)) list.push(row);
}

function getIndex(): Index {
  if (index) return index;
  const built: Index = { library: new Map(), header: new Map(), 'pkg-config': new Map(), id: new Map() };
  for (const row of nativeLibraries) {
    built.id.set(row.id, row);
    for (const l of row.libs) add(built.library, l, row);
    for (const m of row.pkgConfig) add(built['pkg-config'], m, row);
    for (const h of row.headers) {
      add(built.header, h, row);
      if (row.includeDir) add(built.header, `${row.includeDir}/${h}`, row);
    }
  }
  index = built;
  return built;
}

function lookup(kind: KeyKind, key: string): NativeLibraryMatch | undefined {
  const rows = getIndex()[kind].get(key);
  if (!rows) return undefined;
  return { row: rows[0], kind, key, alternatives: rows.slice(1) };
}

/** A row by its id (`sqlite3`, `gtk3`), as `<InstallPackage lib=...>` names it. */
export function nativeLibraryById(id: string): NativeLibraryRow | undefined {
  return getIndex().id.get(id);
}

/**
 * The row for a captured library name (`sqlite3`, `-lsqlite3`, `libsqlite3.so.0`, `libfoo.a`),
 * header (`sqlite3.h`, `gtk/gtk.h`, `/usr/include/libavcodec/avcodec.h`) or pkg-config module
 * (`sqlite3`, `webkit2gtk-4.0`, `foo.pc`); undefined when the table does not know it. `kind`
 * forces how the value is read; without it the form of the value decides, and a bare name is
 * tried as a pkg-config module, then as a link name.
 */
export function findNativeLibrary(text: string, kind?: KeyKind): NativeLibraryMatch | undefined {
  const c = classifyKey(text);
  if (!c) return undefined;
  if (kind === 'library') {
    const name = c.kind === 'library' ? c.key : clean(text).replace(/^-l/, '');
    return lookup('library', name);
  }
  if (kind === 'header') return lookup('header', headerKey(clean(text)));
  if (kind === 'pkg-config') return lookup('pkg-config', c.kind === 'pkg-config' ? c.key : clean(text));
  if (c.kind !== 'auto') return lookup(c.kind, c.key);
  return lookup('pkg-config', c.key) ?? lookup('library', c.key);
}

// ---- per-platform answers ----------------------------------------------------------------

export interface PlatformInstall {
  platform: Platform;
  label: string;
  /** The command to run, when the table knows the packages. */
  command?: string;
  packages: readonly string[];
  /** The platform has the library built in: nothing to install. */
  builtin?: string;
  /** The platform has no package for it. */
  unavailable?: string;
  /** Where the answer was checked (a URL), or how the Debian column was generated. */
  source?: string;
  note?: string;
  /** Where the note was read, when it has its own source (Ubuntu differences). */
  noteSource?: string;
  /** When there is no answer: how to find the package on that platform yourself. */
  lookUp?: string;
}

const INSTALL: Readonly<Record<Platform, string>> = {
  debian: 'apt-get install',
  fedora: 'dnf install',
  alpine: 'apk add',
  arch: 'pacman -S',
  brew: 'brew install',
  msys2: 'pacman -S',
};

export const debianSource = `Debian ${debianRelease.version} (${debianRelease.suite}) Contents index of ${debianRelease.date}, via scripts/debian-lib-packages.ts`;

/** The file name to search for when a key is not in the table. */
function searchTerms(kind: KeyKind | 'auto', key: string): { file: string; base: string } {
  if (kind === 'header') return { file: key, base: key.slice(key.lastIndexOf('/') + 1) };
  if (kind === 'pkg-config') return { file: `${key}.pc`, base: key };
  return { file: `lib${key}.so`, base: key };
}

/**
 * How to find the package that provides a key on one platform, for names the table does not
 * know or cells nobody checked. Uses each platform's own file index, never a guessed name.
 */
export function lookUpCommand(platform: Platform, kind: KeyKind | 'auto', key: string): string {
  const { file, base } = searchTerms(kind, key);
  switch (platform) {
    case 'debian':
      return `apt-file search ${kind === 'header' ? `/${file}` : file}   # after: apt-get install apt-file && apt-file update`;
    case 'fedora':
      return kind === 'pkg-config' ? `dnf provides 'pkgconfig(${key})'` : `dnf provides '*/${file}'`;
    case 'alpine':
      if (kind === 'pkg-config' || kind === 'auto') return `apk search -x pc:${base}   # or: apk search 'so:lib${base}.so*'`;
      if (kind === 'library') return `apk search 'so:lib${key}.so*'`;
      return `https://pkgs.alpinelinux.org/contents?file=${encodeURIComponent(base)}`;
    case 'arch':
      return `pacman -F ${kind === 'header' ? file : kind === 'pkg-config' ? file : `lib${key}.so`}   # after: pacman -Fy`;
    case 'brew':
      return `brew search ${kind === 'header' ? base.replace(HEADER_EXT, '') : base}`;
    case 'msys2':
      return `https://packages.msys2.org/search?t=binpkg&q=${encodeURIComponent(kind === 'header' ? base.replace(HEADER_EXT, '') : base)}`;
  }
}

function fromCell(platform: Platform, cell: CuratedCell): PlatformInstall {
  const out: PlatformInstall = { platform, label: platformLabels[platform], packages: cell.packages, source: cell.source };
  if (cell.packages.length) out.command = `${INSTALL[platform]} ${cell.packages.join(' ')}`;
  if (cell.builtin) out.builtin = cell.builtin;
  if (cell.unavailable) out.unavailable = cell.unavailable;
  if (cell.note) out.note = cell.note;
  return out;
}

function firstKey(row: NativeLibraryRow): { kind: KeyKind; key: string } {
  if (row.pkgConfig.length) return { kind: 'pkg-config', key: row.pkgConfig[0] };
  if (row.libs.length) return { kind: 'library', key: row.libs[0] };
  return { kind: 'header', key: row.headers[0] };
}

/**
 * One entry per platform for a row, in `platforms` order. A platform without a checked answer
 * gets `lookUp` (the search command for the key that was asked about, or the row's first key).
 */
export function installCommands(row: NativeLibraryRow, asked?: { kind: KeyKind; key: string }): PlatformInstall[] {
  const key = asked ?? firstKey(row);
  return platforms.map((platform) => {
    if (platform === 'debian') {
      const deb = debianPackages[row.id];
      const base: PlatformInstall = { platform, label: platformLabels.debian, packages: deb?.packages ?? [] };
      if (row.ubuntu) {
        base.note = `Ubuntu: ${row.ubuntu.note}`;
        base.noteSource = row.ubuntu.source;
      }
      if (deb) return { ...base, command: `${INSTALL.debian} ${deb.packages.join(' ')}`, source: debianSource };
      return { ...base, lookUp: lookUpCommand(platform, key.kind, key.key) };
    }
    const cell = row.cells[platform];
    if (cell) return fromCell(platform, cell);
    return { platform, label: platformLabels[platform], packages: [], lookUp: lookUpCommand(platform, key.kind, key.key) };
  });
}

/** For a key nobody knows: every platform's look-up command. */
export function lookUpCommands(kind: KeyKind | 'auto', key: string): PlatformInstall[] {
  return platforms.map((platform) => ({ platform, label: platformLabels[platform], packages: [], lookUp: lookUpCommand(platform, kind, key) }));
}

// ---- the wizard's entry point -------------------------------------------------------------

export interface CapturedInstall {
  /** The captured value that was looked up, as found. */
  value: string;
  kind: KeyKind | 'auto';
  key: string;
  /** The row, when the table knows the key. */
  match?: NativeLibraryMatch;
  /** Commands per platform, or look-up commands when nothing is known. */
  platforms: PlatformInstall[];
}

/** Capture names that hold a library, header or module, and how each is read. */
const CAPTURE_KINDS: ReadonlyArray<[string, KeyKind | undefined]> = [
  ['header', 'header'],
  ['module', 'pkg-config'],
  ['pkgconfig', 'pkg-config'],
  ['pkg', 'pkg-config'],
  ['library', 'library'],
  ['libname', 'library'],
  ['lib', 'library'],
  // Not `package`: the matcher fills it with the Go import path of go build's `# <pkg>` header.
];

/**
 * The install answer for a diagnosis' captures (`{ library: 'sqlite3' }`, `{ header:
 * 'sqlite3.h' }`, `{ module: 'webkit2gtk-4.0' }`; values may be strings or the matcher's
 * `{ text }` captures). Looks at the capture names above in that order and uses the first one
 * present; undefined when none is. An unknown value still gets an answer: the look-up commands.
 */
export function installForCaptures(captures: Readonly<Record<string, string | { text: string }>>): CapturedInstall | undefined {
  for (const [name, kind] of CAPTURE_KINDS) {
    const raw = captures[name];
    if (raw === undefined) continue;
    const value = typeof raw === 'string' ? raw : raw.text;
    const c = classifyKey(value);
    if (!c) continue;
    const readAs = kind ?? c.kind;
    const key = kind === 'header' ? headerKey(clean(value)) : c.key;
    const match = findNativeLibrary(value, kind);
    if (match) return { value, kind: match.kind, key: match.key, match, platforms: installCommands(match.row, { kind: match.kind, key: match.key }) };
    return { value, kind: readAs, key, platforms: lookUpCommands(readAs, key) };
  }
  return undefined;
}
