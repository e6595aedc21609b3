/**
 * Which package provides a C library, header or pkg-config module, per platform: the curated half
 * of the native-library table. Pure data: no Astro or Node imports.
 *
 * Each row names the keys a build error can capture (`-l` names, `#include` paths, pkg-config
 * modules) and, per platform, the packages that provide them with the file where that was read:
 *
 * - Debian/Ubuntu is not here: scripts/debian-lib-packages.ts generates it from Debian's Contents
 *   index (native-libraries.debian.ts) using these keys and `debianPaths`/`debianPrefer`.
 * - Fedora/RHEL: the package's spec file, read in r0x0d/fedora-rpm-specs (a copy of Fedora's
 *   dist-git spec files, commit 1c71cca of 2025-02-16).
 * - Alpine: APKBUILDs in alpinelinux/aports at the commits in ALPINE_FILES (2018 to 2025). Most
 *   are large consumers (ffmpeg, php83, qemu, wireshark ...) whose makedepends name many -dev
 *   packages, so one file settles many rows; the row's own APKBUILD where it was read.
 * - Arch: PKGBUILDs in archlinux/svntogit-packages and svntogit-community (GitHub's copies of
 *   Arch's packaging, frozen when Arch moved it to its own GitLab in 2023) at the commits in
 *   ARCH_FILES, read the same way (depends/makedepends). Some of those files are old (2010-2018):
 *   only names that are still the package's name were taken from them.
 * - macOS Homebrew: the formula, read in gromgit/homebrew-core-mojave (a mirror of
 *   Homebrew/homebrew-core, commit f8320cc of 2023-02-16), so names renamed since are stale; ICU
 *   was checked in Homebrew/homebrew-core itself (now versioned: icu4c@78).
 * - MSYS2 (MinGW-w64 UCRT/MINGW64): the PKGBUILD in msys2/MINGW-packages (commit 201136c of
 *   2026-08-22); the command uses the MINGW64 prefix `mingw-w64-x86_64-`.
 *
 * A cell is written `"package [package ...] @ where"`: `where` names the file that was read (a spec
 * or formula name, a directory, a key of ALPINE_FILES/ARCH_FILES below, or a full URL). A cell
 * starting with `=` names no package because the platform has the library built in; one starting
 * with `!` says the platform has no package for it. A platform with no cell was not checked: the
 * page shows how to look it up instead of guessing.
 */

export const platforms = ['debian', 'fedora', 'alpine', 'arch', 'brew', 'msys2'] as const;
export type Platform = (typeof platforms)[number];
export type CuratedPlatform = Exclude<Platform, 'debian'>;
export const curatedPlatforms: readonly CuratedPlatform[] = ['fedora', 'alpine', 'arch', 'brew', 'msys2'];

/** Row groups, in display order. */
export const categoryTitles = {
  gui: 'GUI toolkits and desktop integration',
  graphics: 'Graphics, windowing and fonts',
  audio: 'Audio',
  video: 'Video',
  image: 'Images and documents',
  database: 'Databases and geodata',
  ml: 'Machine learning, numerics and OCR',
  crypto: 'Cryptography and authentication',
  network: 'Networking and messaging',
  system: 'System and hardware',
  compression: 'Compression and archives',
  text: 'Text, parsing and terminals',
  toolchain: 'Toolchain and C library parts',
} as const;
export type LibraryCategory = keyof typeof categoryTitles;

/** What the Debian generator needs from a row. */
export interface NativeLibraryKeys {
  /** Stable id, also the name `<InstallPackage lib=...>` takes. */
  readonly id: string;
  /** Link names as in `-l<name>` (`sqlite3`, `gtk-3`, `X11`). */
  readonly libs: readonly string[];
  /** Header paths as written in `#include` (`sqlite3.h`, `gtk/gtk.h`). */
  readonly headers: readonly string[];
  /** Subdirectory of /usr/include the headers live in, when pkg-config adds it (`gtk-3.0`). */
  readonly includeDir?: string;
  /** pkg-config module names (`sqlite3`, `gtk+-3.0`). */
  readonly pkgConfig: readonly string[];
  /** Extra Contents paths that settle the Debian package (files outside the usual places). */
  readonly debianPaths?: readonly string[];
  /** The Debian package to take when several ship the same path (alternatives). */
  readonly debianPrefer?: readonly string[];
}

export interface CuratedCell {
  /** Packages to install; empty when the platform has the library built in. */
  readonly packages: readonly string[];
  /** Why nothing is installed: the platform has the library built in. */
  readonly builtin?: string;
  /** Why nothing is installed: the platform has no package for it (a Linux-only library on macOS). */
  readonly unavailable?: string;
  /** Where this was read: a URL. */
  readonly source: string;
  readonly note?: string;
}

export interface NativeLibraryRow extends NativeLibraryKeys {
  /** Name as users know it, e.g. "SQLite 3". */
  readonly name: string;
  readonly category: LibraryCategory;
  /** Part of the C library (glibc) rather than a separate package. */
  readonly glibc?: boolean;
  /** Not packaged by the distributions: how to get it instead. */
  readonly notPackaged?: string;
  /** One sentence every platform shares. */
  readonly note?: string;
  /** Where Ubuntu's package differs from Debian's, or was dropped, and where that was read. */
  readonly ubuntu?: { readonly note: string; readonly source: string };
  /** A newer row that replaces this one (webkit2gtk-4.0 -> webkit2gtk-4.1). */
  readonly renamedTo?: string;
  /** Rows that share a header or module name with this one. */
  readonly seeAlso?: readonly string[];
  readonly cells: Readonly<Partial<Record<CuratedPlatform, CuratedCell>>>;
}

const FEDORA = 'https://github.com/r0x0d/fedora-rpm-specs/blob/1c71cca0191fad6ebb89e45d2c6db99fbd66dc48/specs/';
const BREW = 'https://github.com/gromgit/homebrew-core-mojave/blob/f8320cc47fbd7e435ec6fbfec5253bac5f9fa84c/Formula/';
const MSYS2 = 'https://github.com/msys2/MINGW-packages/blob/201136c72dd160bf22e2236dd2cc97d00478e68a/';

/**
 * The APKBUILDs read for the Alpine column, as `commit:path`. Most are big consumers whose
 * makedepends list many -dev packages at once; the version read is the one at that commit.
 */
const ALPINE_FILES: Readonly<Record<string, string>> = {
  ffmpeg: '028e875aaaf2e33c47d2adea0c3db8c7b33abcc2:community/ffmpeg',
  flatpak: '00c2292c765f21518082d2a1bc96fd16cb96e5af:community/flatpak',
  gdal: '01b0377b33182db5f41d5c4e9486ba58d681bca7:community/gdal',
  glfw: '05d593fa6027001ade14521022b278c7a412be30:community/glfw',
  gtk3: '007b9656f00d2171d8d002d7825e3da7d0c14135:main/gtk+3.0',
  kodi: '00431f268fab023ddec9c8e4bf5529463089add8:community/kodi',
  libvirt: '014e8c922b34c68b5d0e9834629d38d1a8055dd2:community/libvirt',
  mesa: '00c4735ad26649ec041826970f364ced0a68b1a7:main/mesa',
  mpv: '0146489f0adb91cbf8e74ae5a6398f426d2fa2ad:community/mpv',
  musl: '014f75382beb4df3a42ab568d2c98edc1dc9f143:main/musl',
  neovim: '0380086e7a0749c8f95650a46649f89fef5b5f5c:community/neovim',
  nftables: '00a6ab48b5109506c505191815d3c2b32bbedf9a:main/nftables',
  opencv: '01935dcdcc59412a880c73122f5bbd7a220314c9:community/opencv',
  php83: '003d03aa73af15cef2a7d9648e74a38a9c79987d:community/php83',
  python3: '00828b6de9be8cad3b57aeb2d9d611477a0e77aa:main/python3',
  qemu: '006b9fb4ceb64cbc91ad0b9c6dc3602fd3f33bd4:community/qemu',
  rdkafka: '0da9f36c38a2d28a956080ebddc83622bf4eac56:community/librdkafka',
  rsync: '005c837e5e7c10bb2a985a8f610bb43efd2fa7b1:main/rsync',
  sdl2: '05253d2ccfbc33afa159c80635963e9c34d8cf45:main/sdl2',
  sdl2image: '00bb53fe93a2647cdaf2152bc7012bdc5fc229eb:community/sdl2_image',
  sdl2mixer: '04f44d6acf7500fbb159bcc0518b8204b9e1957c:community/sdl2_mixer',
  suricata: '0273c3b24ef4268cc1f09b6b321815b4ebd37a0a:community/suricata',
  tesseract: '086ca5b1e3130cfcbec84cd0b06247e5a082128b:community/tesseract-ocr',
  vips: '036f79c66870ed278bcca282f2984e47332bf0d5:community/vips',
  webkit41: '0448ce328f28970593c0147215eb9644f3ec9413:community/webkit2gtk-4.1',
  wireshark: '001e6bcd3076c9bc6fc7bef4932bb402f34cf13f:community/wireshark',
};

/** The PKGBUILDs read for the Arch column, as `commit:repository/package` (depends and makedepends). */
const ARCH_FILES: Readonly<Record<string, string>> = {
  chromium: '0211b8957f756e9cb8828cd2fbb82bf3d07dca3b:packages/chromium',
  ffmpeg15: '0668a2a72f65fa4038c9331dbe5514a27ff41093:packages/ffmpeg',
  flatpak: '04c22c330b694fc39656908c4ab510a6995de6fb:packages/flatpak',
  gdal: '011fae07fac124e4fd76d1bc6d2194224f15da33:community/gdal',
  gnupg: '09ffc5c87662c33cae3ae9b2f0b1b2616a08217f:packages/gnupg',
  gtk4: '00c9f9f74ef6830db8e0308422c62048824d671e:packages/gtk4',
  libvips: '6aefc5c40e6a352b954592d9ddd646dab87ba720:community/libvips',
  mesa15: '01f6e4914a67b2190b01ccdaa4ed3068ce32120f:packages/mesa',
  mpd: '11cbec9a6efee5694389e1495d7d3639c27d52c1:packages/mpd',
  mpv15: '11fef984738110ecafadc1763ec8504442b7ee78:community/mpv',
  neovim: '0d37b9bbefb4e9237e80956126cae523ec7fc9be:community/neovim',
  obs: '02a21c75a35795348c47be24ace0d48f46c706c1:community/obs-studio',
  opencv: '0982aec3e5dab739234d200976a2efd5adbc7428:packages/opencv',
  php15: '00fb5814cad77d0fdcf499f3d3a54deb9244477e:packages/php',
  python: '10fe844a88155e9bc7929dd24ffa1c5d093e2090:packages/python',
  qemu15: '015ad1c0656e768b0352c02a6a9aaa6586b2480d:packages/qemu',
  retroarch: '072d4ea7052d0c8847db3a3855045707bed56915:community/retroarch',
  sdl2: '07ae99c8eae16a6452005e5c6a11ffe479b3b72c:packages/sdl2',
  systemd14: '02999512a239885ac8ce1d02434c8d573815e384:packages/systemd',
  tmux: '0dd15bd9c7ad05d23096736a32d8b13c3f1895b6:community/tmux',
  webkit41: '290407b53912f9785afae76ea7471a4dd0c30b01:packages/webkit2gtk-4.1',
  wireshark: '0dbedb60009f8e4dafbb9d6c8d59a4e09a34f23d:community/wireshark',
};

/** The file a cell's `where` names, as a URL, or undefined when `where` names nothing known. */
function sourceUrl(platform: CuratedPlatform, where: string): string | undefined {
  if (/^https:\/\//.test(where)) return where;
  switch (platform) {
    case 'fedora':
      return `${FEDORA}${where}.spec`;
    case 'alpine': {
      const file = ALPINE_FILES[where];
      if (!file) return undefined;
      const [commit, path] = file.split(':');
      return `https://github.com/alpinelinux/aports/blob/${commit}/${path}/APKBUILD`;
    }
    case 'arch': {
      const file = ARCH_FILES[where];
      if (!file) return undefined;
      const [commit, path] = file.split(':');
      const [repo] = path.split('/');
      return `https://github.com/archlinux/svntogit-${repo}/blob/${commit}/trunk/PKGBUILD`;
    }
    case 'brew':
      return `${BREW}${where}.rb`;
    case 'msys2':
      return `${MSYS2}${where}/PKGBUILD`;
  }
}

type CellText = Partial<Record<CuratedPlatform | `${CuratedPlatform}Note`, string>>;

function parseCell(platform: CuratedPlatform, text: string, note: string | undefined, id: string): CuratedCell {
  const at = text.lastIndexOf(' @ ');
  if (at < 0) throw new Error(`${id}.${platform}: "${text}" has no " @ source"`);
  const what = text.slice(0, at).trim();
  const where = text.slice(at + 3).trim();
  if (!what || !where) throw new Error(`${id}.${platform}: empty package or source in "${text}"`);
  const source = sourceUrl(platform, where);
  if (!source) throw new Error(`${id}.${platform}: unknown source "${where}"`);
  const extra = note ? { note } : {};
  if (what.startsWith('=')) return { packages: [], builtin: what.slice(1).trim(), source, ...extra };
  if (what.startsWith('!')) return { packages: [], unavailable: what.slice(1).trim(), source, ...extra };
  return { packages: what.split(/\s+/), source, ...extra };
}

interface Keys {
  l: string[];
  h: string[];
  inc?: string;
  pc: string[];
  debianPaths?: string[];
  debianPrefer?: string[];
  glibc?: boolean;
  notPackaged?: string;
  note?: string;
  ubuntu?: string;
  renamedTo?: string;
  seeAlso?: string[];
}

function lib(id: string, name: string, category: LibraryCategory, k: Keys, c: CellText): NativeLibraryRow {
  const cells: Partial<Record<CuratedPlatform, CuratedCell>> = {};
  for (const p of curatedPlatforms) {
    const text = c[p];
    if (text !== undefined) cells[p] = parseCell(p, text, c[`${p}Note`], id);
  }
  const { l, h, inc, pc, ubuntu, ...rest } = k;
  const row = { id, name, category, libs: l, headers: h, ...(inc ? { includeDir: inc } : {}), pkgConfig: pc, ...rest, cells };
  if (ubuntu === undefined) return row;
  const at = ubuntu.lastIndexOf(' @ ');
  if (at < 0) throw new Error(`${id}.ubuntu: "${ubuntu}" has no " @ source"`);
  return { ...row, ubuntu: { note: ubuntu.slice(0, at), source: ubuntu.slice(at + 3) } };
}

/** Every row, grouped by category. */
export const nativeLibraries: readonly NativeLibraryRow[] = [

  // GUI toolkits and desktop integration
  lib('gtk3', 'GTK 3', 'gui', { l: ['gtk-3', 'gdk-3'], h: ['gtk/gtk.h', 'gdk/gdk.h'], inc: 'gtk-3.0', pc: ['gtk+-3.0', 'gdk-3.0'], seeAlso: ['gtk4'] }, {
    fedora: 'gtk3-devel @ gtk3',
    alpine: 'gtk+3.0-dev @ gtk3',
    arch: 'gtk3 @ webkit41',
    brew: 'gtk+3 @ gtk+3',
    msys2: 'mingw-w64-x86_64-gtk3 @ mingw-w64-gtk3',
  }),
  lib('gtk4', 'GTK 4', 'gui', { l: ['gtk-4'], h: ['gtk/gtk.h'], inc: 'gtk-4.0', pc: ['gtk4'], seeAlso: ['gtk3'] }, {
    fedora: 'gtk4-devel @ gtk4',
    arch: 'gtk4 @ gtk4',
    brew: 'gtk4 @ gtk4',
    msys2: 'mingw-w64-x86_64-gtk4 @ mingw-w64-gtk4',
  }),
  lib('glib', 'GLib', 'gui', { l: ['glib-2.0'], h: ['glib.h'], inc: 'glib-2.0', pc: ['glib-2.0'] }, {
    fedora: 'glib2-devel @ glib2',
    alpine: 'glib-dev @ vips',
    arch: 'glib2 @ gtk4',
    brew: 'glib @ glib',
    msys2: 'mingw-w64-x86_64-glib2 @ mingw-w64-glib2',
  }),
  lib('gobject', 'GObject (GLib)', 'gui', { l: ['gobject-2.0'], h: ['glib-object.h'], inc: 'glib-2.0', pc: ['gobject-2.0'] }, {
    fedora: 'glib2-devel @ glib2',
    alpine: 'glib-dev @ vips',
    arch: 'glib2 @ gtk4',
    brew: 'glib @ glib',
    msys2: 'mingw-w64-x86_64-glib2 @ mingw-w64-glib2',
  }),
  lib('gio', 'GIO (GLib)', 'gui', { l: ['gio-2.0'], h: ['gio/gio.h'], inc: 'glib-2.0', pc: ['gio-2.0'] }, {
    fedora: 'glib2-devel @ glib2',
    alpine: 'glib-dev @ vips',
    arch: 'glib2 @ gtk4',
    brew: 'glib @ glib',
    msys2: 'mingw-w64-x86_64-glib2 @ mingw-w64-glib2',
  }),
  lib('pango', 'Pango', 'gui', { l: ['pango-1.0'], h: ['pango/pango.h'], inc: 'pango-1.0', pc: ['pango'] }, {
    fedora: 'pango-devel @ pango',
    alpine: 'pango-dev @ vips',
    arch: 'pango @ gtk4',
    brew: 'pango @ pango',
    msys2: 'mingw-w64-x86_64-pango @ mingw-w64-pango',
  }),
  lib('gdk-pixbuf', 'GdkPixbuf', 'gui', { l: ['gdk_pixbuf-2.0'], h: ['gdk-pixbuf/gdk-pixbuf.h'], inc: 'gdk-pixbuf-2.0', pc: ['gdk-pixbuf-2.0'] }, {
    fedora: 'gdk-pixbuf2-devel @ gdk-pixbuf2',
    alpine: 'gdk-pixbuf-dev @ gtk3',
    arch: 'gdk-pixbuf2 @ gtk4',
    brew: 'gdk-pixbuf @ gdk-pixbuf',
    msys2: 'mingw-w64-x86_64-gdk-pixbuf2 @ mingw-w64-gdk-pixbuf2',
  }),
  lib('webkit2gtk-4.0', 'WebKitGTK 4.0 (libsoup 2)', 'gui', { l: ['webkit2gtk-4.0'], h: ['webkit2/webkit2.h'], inc: 'webkitgtk-4.0', pc: ['webkit2gtk-4.0'], note: 'The 4.0 API (libsoup 2) is on its way out: Debian 13 (trixie) no longer has libwebkit2gtk-4.0-dev (bookworm and bookworm-backports still do). Bindings that accept webkit2gtk-4.1 (for example Wails with -tags webkit2_41) build against the 4.1 row instead.', ubuntu: 'Ubuntu 24.04 no longer has libwebkit2gtk-4.0-dev either: install libwebkit2gtk-4.1-dev and build with a binding that uses webkit2gtk-4.1. @ https://github.com/SoftFever/OrcaSlicer/pull/5135', renamedTo: 'webkit2gtk-4.1', seeAlso: ['webkit2gtk-4.1'] }, {
    fedora: 'webkit2gtk4.0-devel @ webkit2gtk4.0',
  }),
  lib('webkit2gtk-4.1', 'WebKitGTK 4.1 (libsoup 3)', 'gui', { l: ['webkit2gtk-4.1'], h: ['webkit2/webkit2.h'], inc: 'webkitgtk-4.1', pc: ['webkit2gtk-4.1'], seeAlso: ['webkit2gtk-4.0'] }, {
    fedora: 'webkit2gtk4.1-devel @ webkitgtk',
    alpine: 'webkit2gtk-4.1-dev @ webkit41',
    arch: 'webkit2gtk-4.1 @ webkit41',
  }),
  lib('webkitgtk-6.0', 'WebKitGTK 6.0 (GTK 4)', 'gui', { l: ['webkitgtk-6.0'], h: ['webkit/webkit.h'], inc: 'webkitgtk-6.0', pc: ['webkitgtk-6.0'] }, {
    fedora: 'webkitgtk6.0-devel @ webkitgtk',
  }),
  lib('ayatana-appindicator', 'Ayatana AppIndicator', 'gui', { l: ['ayatana-appindicator3'], h: ['libayatana-appindicator/app-indicator.h'], inc: 'libayatana-appindicator3-0.1', pc: ['ayatana-appindicator3-0.1'], seeAlso: ['appindicator'] }, {
    fedora: 'libayatana-appindicator-gtk3-devel @ libayatana-appindicator',
  }),
  lib('appindicator', 'libappindicator (legacy)', 'gui', { l: ['appindicator3'], h: ['libappindicator/app-indicator.h'], inc: 'libappindicator3-0.1', pc: ['appindicator3-0.1'], note: 'Debian ships only the Ayatana fork; its -dev package also installs a libappindicator3.so link, so -lappindicator3 resolves there.', seeAlso: ['ayatana-appindicator'] }, {
    fedora: 'libappindicator-gtk3-devel @ libappindicator',
  }),
  lib('libnotify', 'libnotify', 'gui', { l: ['notify'], h: ['libnotify/notify.h'], pc: ['libnotify'] }, {
    fedora: 'libnotify-devel @ libnotify',
    arch: 'libnotify @ webkit41',
    brew: 'libnotify @ libnotify',
    msys2: 'mingw-w64-x86_64-libnotify @ mingw-w64-libnotify',
  }),

  // Graphics, windowing and fonts
  lib('cairo', 'cairo', 'graphics', { l: ['cairo'], h: ['cairo.h'], inc: 'cairo', pc: ['cairo'] }, {
    fedora: 'cairo-devel @ cairo',
    alpine: 'cairo-dev @ gtk3',
    arch: 'cairo @ gtk4',
    brew: 'cairo @ cairo',
    msys2: 'mingw-w64-x86_64-cairo @ mingw-w64-cairo',
  }),
  lib('glfw', 'GLFW 3', 'graphics', { l: ['glfw', 'glfw3'], h: ['GLFW/glfw3.h'], pc: ['glfw3'] }, {
    fedora: 'glfw-devel @ glfw',
    alpine: 'glfw-dev @ glfw',
    brew: 'glfw @ glfw',
    msys2: 'mingw-w64-x86_64-glfw @ mingw-w64-glfw',
  }),
  lib('sdl2', 'SDL 2', 'graphics', { l: ['SDL2'], h: ['SDL2/SDL.h'], pc: ['sdl2'] }, {
    fedora: 'sdl2-compat-devel @ sdl2-compat',
    alpine: 'sdl2-dev @ sdl2',
    arch: 'sdl2 @ retroarch',
    brew: 'sdl2 @ sdl2',
    msys2: 'mingw-w64-x86_64-SDL2 @ mingw-w64-SDL2',
    fedoraNote: 'Fedora now builds SDL 2 as sdl2-compat on top of SDL 3; older releases call it SDL2-devel.',
  }),
  lib('sdl2-image', 'SDL2_image', 'graphics', { l: ['SDL2_image'], h: ['SDL2/SDL_image.h'], pc: ['SDL2_image'] }, {
    fedora: 'SDL2_image-devel @ SDL2_image',
    alpine: 'sdl2_image-dev @ sdl2image',
    brew: 'sdl2_image @ sdl2_image',
    msys2: 'mingw-w64-x86_64-SDL2_image @ mingw-w64-SDL2_image',
  }),
  lib('sdl2-ttf', 'SDL2_ttf', 'graphics', { l: ['SDL2_ttf'], h: ['SDL2/SDL_ttf.h'], pc: ['SDL2_ttf'] }, {
    fedora: 'SDL2_ttf-devel @ SDL2_ttf',
    brew: 'sdl2_ttf @ sdl2_ttf',
    msys2: 'mingw-w64-x86_64-SDL2_ttf @ mingw-w64-SDL2_ttf',
  }),
  lib('sdl2-gfx', 'SDL2_gfx', 'graphics', { l: ['SDL2_gfx'], h: ['SDL2/SDL2_gfxPrimitives.h'], pc: ['SDL2_gfx'] }, {
    fedora: 'SDL2_gfx-devel @ SDL2_gfx',
    brew: 'sdl2_gfx @ sdl2_gfx',
    msys2: 'mingw-w64-x86_64-SDL2_gfx @ mingw-w64-SDL2_gfx',
  }),
  lib('raylib', 'raylib', 'graphics', { l: ['raylib'], h: ['raylib.h'], pc: ['raylib'], note: 'Not in Debian 12 or 13 (only unstable has libraylib-dev).' }, {
    fedora: 'raylib-devel @ raylib',
    brew: 'raylib @ raylib',
    msys2: 'mingw-w64-x86_64-raylib @ mingw-w64-raylib',
  }),
  lib('x11', 'Xlib (libX11)', 'graphics', { l: ['X11'], h: ['X11/Xlib.h'], pc: ['x11'] }, {
    fedora: 'libX11-devel @ libX11',
    alpine: 'libx11-dev @ glfw',
    arch: 'libx11 @ webkit41',
    brew: 'libx11 @ libx11',
  }),
  lib('x11-xcb', 'libX11-xcb', 'graphics', { l: ['X11-xcb'], h: ['X11/Xlib-xcb.h'], pc: ['x11-xcb'] }, {
    fedora: 'libX11-devel @ libX11',
    brew: 'libx11 @ libx11',
  }),
  lib('xrandr', 'Xrandr', 'graphics', { l: ['Xrandr'], h: ['X11/extensions/Xrandr.h'], pc: ['xrandr'] }, {
    fedora: 'libXrandr-devel @ libXrandr',
    alpine: 'libxrandr-dev @ glfw',
    arch: 'libxrandr @ gtk4',
    brew: 'libxrandr @ libxrandr',
  }),
  lib('xcursor', 'Xcursor', 'graphics', { l: ['Xcursor'], h: ['X11/Xcursor/Xcursor.h'], pc: ['xcursor'] }, {
    fedora: 'libXcursor-devel @ libXcursor',
    alpine: 'libxcursor-dev @ glfw',
    arch: 'libxcursor @ gtk4',
    brew: 'libxcursor @ libxcursor',
  }),
  lib('xinerama', 'Xinerama', 'graphics', { l: ['Xinerama'], h: ['X11/extensions/Xinerama.h'], pc: ['xinerama'] }, {
    fedora: 'libXinerama-devel @ libXinerama',
    alpine: 'libxinerama-dev @ glfw',
    arch: 'libxinerama @ gtk4',
    brew: 'libxinerama @ libxinerama',
  }),
  lib('xi', 'XInput (libXi)', 'graphics', { l: ['Xi'], h: ['X11/extensions/XInput2.h'], pc: ['xi'] }, {
    fedora: 'libXi-devel @ libXi',
    alpine: 'libxi-dev @ glfw',
    arch: 'libxi @ gtk4',
    brew: 'libxi @ libxi',
  }),
  lib('xxf86vm', 'XF86VidMode (libXxf86vm)', 'graphics', { l: ['Xxf86vm'], h: ['X11/extensions/xf86vmode.h'], pc: ['xxf86vm'] }, {
    fedora: 'libXxf86vm-devel @ libXxf86vm',
    alpine: 'libxxf86vm-dev @ mesa',
    arch: 'libxxf86vm @ retroarch',
    brew: 'libxxf86vm @ libxxf86vm',
  }),
  lib('xext', 'libXext', 'graphics', { l: ['Xext'], h: ['X11/extensions/XShm.h'], pc: ['xext'] }, {
    fedora: 'libXext-devel @ libXext',
    alpine: 'libxext-dev @ mesa',
    arch: 'libxext @ gtk4',
    brew: 'libxext @ libxext',
  }),
  lib('xfixes', 'libXfixes', 'graphics', { l: ['Xfixes'], h: ['X11/extensions/Xfixes.h'], pc: ['xfixes'] }, {
    fedora: 'libXfixes-devel @ libXfixes',
    alpine: 'libxfixes-dev @ mesa',
    arch: 'libxfixes @ gtk4',
    brew: 'libxfixes @ libxfixes',
  }),
  lib('xrender', 'libXrender', 'graphics', { l: ['Xrender'], h: ['X11/extensions/Xrender.h'], pc: ['xrender'] }, {
    fedora: 'libXrender-devel @ libXrender',
    alpine: 'libxrender-dev @ sdl2',
    arch: 'libxrender @ gtk4',
    brew: 'libxrender @ libxrender',
  }),
  lib('xtst', 'XTest (libXtst)', 'graphics', { l: ['Xtst'], h: ['X11/extensions/XTest.h'], pc: ['xtst'] }, {
    fedora: 'libXtst-devel @ libXtst',
    brew: 'libxtst @ libxtst',
  }),
  lib('xss', 'XScreenSaver (libXss)', 'graphics', { l: ['Xss'], h: ['X11/extensions/scrnsaver.h'], pc: ['xscrnsaver'] }, {
    fedora: 'libXScrnSaver-devel @ libXScrnSaver',
    alpine: 'libxscrnsaver-dev @ sdl2',
    arch: 'libxss @ chromium',
    brew: 'libxscrnsaver @ libxscrnsaver',
  }),
  lib('xcb', 'XCB (libxcb)', 'graphics', { l: ['xcb'], h: ['xcb/xcb.h'], pc: ['xcb'] }, {
    fedora: 'libxcb-devel @ libxcb',
    alpine: 'libxcb-dev @ mesa',
    arch: 'libxcb @ retroarch',
    brew: 'libxcb @ libxcb',
  }),
  lib('xkbcommon', 'xkbcommon', 'graphics', { l: ['xkbcommon'], h: ['xkbcommon/xkbcommon.h'], pc: ['xkbcommon'] }, {
    fedora: 'libxkbcommon-devel @ libxkbcommon',
    alpine: 'libxkbcommon-dev @ glfw',
    arch: 'libxkbcommon @ gtk4',
    brew: 'libxkbcommon @ libxkbcommon',
  }),
  lib('xkbcommon-x11', 'xkbcommon-x11', 'graphics', { l: ['xkbcommon-x11'], h: ['xkbcommon/xkbcommon-x11.h'], pc: ['xkbcommon-x11'] }, {
    fedora: 'libxkbcommon-x11-devel @ libxkbcommon',
    arch: 'libxkbcommon-x11 @ obs',
    brew: 'libxkbcommon @ libxkbcommon',
  }),
  lib('wayland-client', 'Wayland client', 'graphics', { l: ['wayland-client'], h: ['wayland-client.h'], pc: ['wayland-client'] }, {
    fedora: 'wayland-devel @ wayland',
    alpine: 'wayland-dev @ glfw',
    arch: 'wayland @ gtk4',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ wayland',
  }),
  lib('wayland-cursor', 'Wayland cursor', 'graphics', { l: ['wayland-cursor'], h: ['wayland-cursor.h'], pc: ['wayland-cursor'] }, {
    fedora: 'wayland-devel @ wayland',
    alpine: 'wayland-dev @ glfw',
    arch: 'wayland @ gtk4',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ wayland',
  }),
  lib('wayland-egl', 'Wayland EGL', 'graphics', { l: ['wayland-egl'], h: ['wayland-egl.h'], pc: ['wayland-egl'] }, {
    fedora: 'wayland-devel @ wayland',
    alpine: 'wayland-dev @ glfw',
    arch: 'wayland @ gtk4',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ wayland',
  }),
  lib('gl', 'OpenGL (libGL)', 'graphics', { l: ['GL'], h: ['GL/gl.h'], pc: ['gl'], note: 'On macOS OpenGL is a system framework (-framework OpenGL), not -lGL; on Windows it is opengl32.' }, {
    fedora: 'libglvnd-devel @ libglvnd',
    alpine: 'mesa-dev @ mesa',
  }),
  lib('glu', 'GLU', 'graphics', { l: ['GLU'], h: ['GL/glu.h'], pc: ['glu'] }, {
    fedora: 'mesa-libGLU-devel @ mesa-libGLU',
    alpine: 'glu-dev @ kodi',
    brew: 'mesa-glu @ mesa-glu',
  }),
  lib('egl', 'EGL', 'graphics', { l: ['EGL'], h: ['EGL/egl.h'], pc: ['egl'] }, {
    fedora: 'libglvnd-devel @ libglvnd',
    alpine: 'mesa-dev @ mesa',
  }),
  lib('glesv2', 'OpenGL ES 2/3', 'graphics', { l: ['GLESv2'], h: ['GLES2/gl2.h', 'GLES3/gl3.h'], pc: ['glesv2'] }, {
    fedora: 'libglvnd-devel @ libglvnd',
    alpine: 'mesa-dev @ mesa',
  }),
  lib('glew', 'GLEW', 'graphics', { l: ['GLEW'], h: ['GL/glew.h'], pc: ['glew'] }, {
    fedora: 'glew-devel @ glew',
    alpine: 'glew-dev @ opencv',
    arch: 'glew @ opencv',
    brew: 'glew @ glew',
    msys2: 'mingw-w64-x86_64-glew @ mingw-w64-glew',
  }),
  lib('vulkan', 'Vulkan loader', 'graphics', { l: ['vulkan'], h: ['vulkan/vulkan.h'], pc: ['vulkan'] }, {
    fedora: 'vulkan-loader-devel @ vulkan-loader',
    alpine: 'vulkan-loader-dev @ mesa',
    arch: 'vulkan-icd-loader vulkan-headers @ gtk4',
    brew: 'vulkan-loader @ vulkan-loader',
    msys2: 'mingw-w64-x86_64-vulkan-loader @ mingw-w64-vulkan-loader',
    brewNote: 'Vulkan on macOS runs on MoltenVK (brew install molten-vk).',
  }),
  lib('drm', 'libdrm', 'graphics', { l: ['drm'], h: ['xf86drm.h'], inc: 'libdrm', pc: ['libdrm'] }, {
    fedora: 'libdrm-devel @ libdrm',
    alpine: 'libdrm-dev @ mesa',
    arch: 'libdrm @ retroarch',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ libdrm',
  }),
  lib('gbm', 'GBM (Mesa)', 'graphics', { l: ['gbm'], h: ['gbm.h'], pc: ['gbm'] }, {
    fedora: 'mesa-libgbm-devel @ mesa',
    alpine: 'mesa-dev @ mesa',
    arch: 'mesa @ mesa15',
  }),
  lib('freetype', 'FreeType 2', 'graphics', { l: ['freetype'], h: ['ft2build.h'], inc: 'freetype2', pc: ['freetype2'] }, {
    fedora: 'freetype-devel @ freetype',
    alpine: 'freetype-dev @ php83',
    arch: 'freetype2 @ chromium',
    brew: 'freetype @ freetype',
    msys2: 'mingw-w64-x86_64-freetype @ mingw-w64-freetype',
  }),
  lib('fontconfig', 'Fontconfig', 'graphics', { l: ['fontconfig'], h: ['fontconfig/fontconfig.h'], pc: ['fontconfig'] }, {
    fedora: 'fontconfig-devel @ fontconfig',
    alpine: 'fontconfig-dev @ gtk3',
    arch: 'fontconfig @ gtk4',
    brew: 'fontconfig @ fontconfig',
    msys2: 'mingw-w64-x86_64-fontconfig @ mingw-w64-fontconfig',
  }),
  lib('harfbuzz', 'HarfBuzz', 'graphics', { l: ['harfbuzz'], h: ['hb.h'], inc: 'harfbuzz', pc: ['harfbuzz'] }, {
    fedora: 'harfbuzz-devel @ harfbuzz',
    alpine: 'harfbuzz-dev @ opencv',
    arch: 'harfbuzz @ gtk4',
    brew: 'harfbuzz @ harfbuzz',
    msys2: 'mingw-w64-x86_64-harfbuzz @ mingw-w64-harfbuzz',
  }),

  // Audio
  lib('sdl2-mixer', 'SDL2_mixer', 'audio', { l: ['SDL2_mixer'], h: ['SDL2/SDL_mixer.h'], pc: ['SDL2_mixer'] }, {
    fedora: 'SDL2_mixer-devel @ SDL2_mixer',
    alpine: 'sdl2_mixer-dev @ sdl2mixer',
    brew: 'sdl2_mixer @ sdl2_mixer',
    msys2: 'mingw-w64-x86_64-SDL2_mixer @ mingw-w64-SDL2_mixer',
  }),
  lib('alsa', 'ALSA (libasound)', 'audio', { l: ['asound'], h: ['alsa/asoundlib.h'], pc: ['alsa'] }, {
    fedora: 'alsa-lib-devel @ alsa-lib',
    alpine: 'alsa-lib-dev @ ffmpeg',
    arch: 'alsa-lib @ mpd',
  }),
  lib('pulse', 'PulseAudio client', 'audio', { l: ['pulse'], h: ['pulse/pulseaudio.h'], pc: ['libpulse'] }, {
    fedora: 'pulseaudio-libs-devel @ pulseaudio',
    alpine: 'pulseaudio-dev @ qemu',
    arch: 'libpulse @ mpd',
  }),
  lib('pulse-simple', 'PulseAudio simple API', 'audio', { l: ['pulse-simple'], h: ['pulse/simple.h'], pc: ['libpulse-simple'] }, {
    fedora: 'pulseaudio-libs-devel @ pulseaudio',
    alpine: 'pulseaudio-dev @ qemu',
    arch: 'libpulse @ mpd',
  }),
  lib('portaudio', 'PortAudio', 'audio', { l: ['portaudio'], h: ['portaudio.h'], pc: ['portaudio-2.0'] }, {
    fedora: 'portaudio-devel @ portaudio',
    alpine: 'portaudio-dev @ wireshark',
    arch: 'portaudio @ wireshark',
    brew: 'portaudio @ portaudio',
    msys2: 'mingw-w64-x86_64-portaudio @ mingw-w64-portaudio',
  }),
  lib('jack', 'JACK', 'audio', { l: ['jack'], h: ['jack/jack.h'], pc: ['jack'], debianPrefer: ['libjack-jackd2-dev'] }, {
    fedora: 'jack-audio-connection-kit-devel @ jack-audio-connection-kit',
    alpine: 'jack-dev @ mpv',
    brew: 'jack @ jack',
  }),
  lib('openal', 'OpenAL', 'audio', { l: ['openal'], h: ['AL/al.h'], pc: ['openal'] }, {
    fedora: 'openal-soft-devel @ openal-soft',
    arch: 'openal @ mpd',
    brew: 'openal-soft @ openal-soft',
    msys2: 'mingw-w64-x86_64-openal @ mingw-w64-openal',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix openal-soft)/lib/pkgconfig".',
  }),
  lib('opus', 'Opus', 'audio', { l: ['opus'], h: ['opus.h'], inc: 'opus', pc: ['opus'] }, {
    fedora: 'opus-devel @ opus',
    alpine: 'opus-dev @ ffmpeg',
    arch: 'opus @ mpd',
    brew: 'opus @ opus',
    msys2: 'mingw-w64-x86_64-opus @ mingw-w64-opus',
  }),
  lib('opusfile', 'opusfile', 'audio', { l: ['opusfile'], h: ['opusfile.h'], inc: 'opus', pc: ['opusfile'] }, {
    fedora: 'opusfile-devel @ opusfile',
    alpine: 'opusfile-dev @ sdl2mixer',
    brew: 'opusfile @ opusfile',
    msys2: 'mingw-w64-x86_64-opusfile @ mingw-w64-opusfile',
  }),
  lib('ogg', 'Ogg', 'audio', { l: ['ogg'], h: ['ogg/ogg.h'], pc: ['ogg'] }, {
    fedora: 'libogg-devel @ libogg',
    arch: 'libogg @ mpd',
    brew: 'libogg @ libogg',
    msys2: 'mingw-w64-x86_64-libogg @ mingw-w64-libogg',
  }),
  lib('vorbis', 'Vorbis', 'audio', { l: ['vorbis'], h: ['vorbis/codec.h'], pc: ['vorbis'] }, {
    fedora: 'libvorbis-devel @ libvorbis',
    alpine: 'libvorbis-dev @ ffmpeg',
    arch: 'libvorbis @ mpd',
    brew: 'libvorbis @ libvorbis',
    msys2: 'mingw-w64-x86_64-libvorbis @ mingw-w64-libvorbis',
  }),
  lib('vorbisfile', 'Vorbisfile', 'audio', { l: ['vorbisfile'], h: ['vorbis/vorbisfile.h'], pc: ['vorbisfile'] }, {
    fedora: 'libvorbis-devel @ libvorbis',
    alpine: 'libvorbis-dev @ ffmpeg',
    arch: 'libvorbis @ mpd',
    brew: 'libvorbis @ libvorbis',
    msys2: 'mingw-w64-x86_64-libvorbis @ mingw-w64-libvorbis',
  }),
  lib('vorbisenc', 'Vorbisenc', 'audio', { l: ['vorbisenc'], h: ['vorbis/vorbisenc.h'], pc: ['vorbisenc'] }, {
    fedora: 'libvorbis-devel @ libvorbis',
    alpine: 'libvorbis-dev @ ffmpeg',
    arch: 'libvorbis @ mpd',
    brew: 'libvorbis @ libvorbis',
    msys2: 'mingw-w64-x86_64-libvorbis @ mingw-w64-libvorbis',
  }),
  lib('lame', 'LAME (mp3lame)', 'audio', { l: ['mp3lame'], h: ['lame/lame.h'], pc: [] }, {
    fedora: 'lame-devel @ lame',
    alpine: 'lame-dev @ ffmpeg',
    arch: 'lame @ mpd',
    brew: 'lame @ lame',
    msys2: 'mingw-w64-x86_64-lame @ mingw-w64-lame',
  }),
  lib('mpg123', 'mpg123', 'audio', { l: ['mpg123'], h: ['mpg123.h'], pc: ['libmpg123'] }, {
    fedora: 'mpg123-devel @ mpg123',
    alpine: 'mpg123-dev @ sdl2mixer',
    arch: 'mpg123 @ mpd',
    brew: 'mpg123 @ mpg123',
    msys2: 'mingw-w64-x86_64-mpg123 @ mingw-w64-mpg123',
  }),
  lib('flac', 'FLAC', 'audio', { l: ['FLAC'], h: ['FLAC/stream_decoder.h'], pc: ['flac'] }, {
    fedora: 'flac-devel @ flac',
    alpine: 'flac-dev @ sdl2mixer',
    arch: 'flac @ mpd',
    brew: 'flac @ flac',
    msys2: 'mingw-w64-x86_64-flac @ mingw-w64-flac',
  }),
  lib('sndfile', 'libsndfile', 'audio', { l: ['sndfile'], h: ['sndfile.h'], pc: ['sndfile'] }, {
    fedora: 'libsndfile-devel @ libsndfile',
    arch: 'libsndfile @ mpd',
    brew: 'libsndfile @ libsndfile',
    msys2: 'mingw-w64-x86_64-libsndfile @ mingw-w64-libsndfile',
  }),
  lib('samplerate', 'libsamplerate', 'audio', { l: ['samplerate'], h: ['samplerate.h'], pc: ['samplerate'] }, {
    fedora: 'libsamplerate-devel @ libsamplerate',
    arch: 'libsamplerate @ mpd',
    brew: 'libsamplerate @ libsamplerate',
    msys2: 'mingw-w64-x86_64-libsamplerate @ mingw-w64-libsamplerate',
  }),

  // Video
  lib('avcodec', 'FFmpeg libavcodec', 'video', { l: ['avcodec'], h: ['libavcodec/avcodec.h'], pc: ['libavcodec'] }, {
    fedora: 'libavcodec-free-devel @ ffmpeg',
    alpine: 'ffmpeg-dev @ ffmpeg',
    arch: 'ffmpeg @ mpd',
    brew: 'ffmpeg @ ffmpeg',
    msys2: 'mingw-w64-x86_64-ffmpeg @ mingw-w64-ffmpeg',
  }),
  lib('avformat', 'FFmpeg libavformat', 'video', { l: ['avformat'], h: ['libavformat/avformat.h'], pc: ['libavformat'] }, {
    fedora: 'libavformat-free-devel @ ffmpeg',
    alpine: 'ffmpeg-dev @ ffmpeg',
    arch: 'ffmpeg @ mpd',
    brew: 'ffmpeg @ ffmpeg',
    msys2: 'mingw-w64-x86_64-ffmpeg @ mingw-w64-ffmpeg',
  }),
  lib('avutil', 'FFmpeg libavutil', 'video', { l: ['avutil'], h: ['libavutil/avutil.h'], pc: ['libavutil'] }, {
    fedora: 'libavutil-free-devel @ ffmpeg',
    alpine: 'ffmpeg-dev @ ffmpeg',
    arch: 'ffmpeg @ mpd',
    brew: 'ffmpeg @ ffmpeg',
    msys2: 'mingw-w64-x86_64-ffmpeg @ mingw-w64-ffmpeg',
  }),
  lib('swscale', 'FFmpeg libswscale', 'video', { l: ['swscale'], h: ['libswscale/swscale.h'], pc: ['libswscale'] }, {
    fedora: 'libswscale-free-devel @ ffmpeg',
    alpine: 'ffmpeg-dev @ ffmpeg',
    arch: 'ffmpeg @ mpd',
    brew: 'ffmpeg @ ffmpeg',
    msys2: 'mingw-w64-x86_64-ffmpeg @ mingw-w64-ffmpeg',
  }),
  lib('swresample', 'FFmpeg libswresample', 'video', { l: ['swresample'], h: ['libswresample/swresample.h'], pc: ['libswresample'] }, {
    fedora: 'libswresample-free-devel @ ffmpeg',
    alpine: 'ffmpeg-dev @ ffmpeg',
    arch: 'ffmpeg @ mpd',
    brew: 'ffmpeg @ ffmpeg',
    msys2: 'mingw-w64-x86_64-ffmpeg @ mingw-w64-ffmpeg',
  }),
  lib('avfilter', 'FFmpeg libavfilter', 'video', { l: ['avfilter'], h: ['libavfilter/avfilter.h'], pc: ['libavfilter'] }, {
    fedora: 'libavfilter-free-devel @ ffmpeg',
    alpine: 'ffmpeg-dev @ ffmpeg',
    arch: 'ffmpeg @ mpd',
    brew: 'ffmpeg @ ffmpeg',
    msys2: 'mingw-w64-x86_64-ffmpeg @ mingw-w64-ffmpeg',
  }),
  lib('avdevice', 'FFmpeg libavdevice', 'video', { l: ['avdevice'], h: ['libavdevice/avdevice.h'], pc: ['libavdevice'] }, {
    fedora: 'libavdevice-free-devel @ ffmpeg',
    alpine: 'ffmpeg-dev @ ffmpeg',
    arch: 'ffmpeg @ mpd',
    brew: 'ffmpeg @ ffmpeg',
    msys2: 'mingw-w64-x86_64-ffmpeg @ mingw-w64-ffmpeg',
  }),
  lib('x264', 'x264', 'video', { l: ['x264'], h: ['x264.h'], pc: ['x264'] }, {
    fedora: '! not packaged by Fedora (no x264 spec in its dist-git) @ https://github.com/r0x0d/fedora-rpm-specs/tree/1c71cca0191fad6ebb89e45d2c6db99fbd66dc48/specs',
    alpine: 'x264-dev @ ffmpeg',
    arch: 'x264 @ obs',
    brew: 'x264 @ x264',
    msys2: 'mingw-w64-x86_64-libx264 @ mingw-w64-x264',
  }),
  lib('x265', 'x265', 'video', { l: ['x265'], h: ['x265.h'], pc: ['x265'] }, {
    fedora: '! not packaged by Fedora (no x265 spec in its dist-git) @ https://github.com/r0x0d/fedora-rpm-specs/tree/1c71cca0191fad6ebb89e45d2c6db99fbd66dc48/specs',
    alpine: 'x265-dev @ ffmpeg',
    brew: 'x265 @ x265',
    msys2: 'mingw-w64-x86_64-x265 @ mingw-w64-x265',
  }),
  lib('vpx', 'libvpx', 'video', { l: ['vpx'], h: ['vpx/vpx_encoder.h'], pc: ['vpx'] }, {
    fedora: 'libvpx-devel @ libvpx',
    alpine: 'libvpx-dev @ ffmpeg',
    brew: 'libvpx @ libvpx',
    msys2: 'mingw-w64-x86_64-libvpx @ mingw-w64-libvpx',
  }),
  lib('gstreamer', 'GStreamer', 'video', { l: ['gstreamer-1.0'], h: ['gst/gst.h'], inc: 'gstreamer-1.0', pc: ['gstreamer-1.0'] }, {
    fedora: 'gstreamer1-devel @ gstreamer1',
    alpine: 'gstreamer-dev @ webkit41',
    arch: 'gstreamer @ webkit41',
    brew: 'gstreamer @ gstreamer',
    msys2: 'mingw-w64-x86_64-gstreamer @ mingw-w64-gstreamer',
  }),
  lib('gstreamer-app', 'GStreamer app library', 'video', { l: ['gstapp-1.0'], h: ['gst/app/app.h'], inc: 'gstreamer-1.0', pc: ['gstreamer-app-1.0'] }, {
    fedora: 'gstreamer1-plugins-base-devel @ gstreamer1-plugins-base',
    alpine: 'gst-plugins-base-dev @ webkit41',
    arch: 'gst-plugins-base-libs @ webkit41',
    brew: 'gst-plugins-base @ gst-plugins-base',
    msys2: 'mingw-w64-x86_64-gst-plugins-base @ mingw-w64-gst-plugins-base',
  }),
  lib('v4l2', 'libv4l2', 'video', { l: ['v4l2'], h: ['libv4l2.h'], pc: ['libv4l2'] }, {
    fedora: 'libv4l-devel @ v4l-utils',
    alpine: 'v4l-utils-dev @ ffmpeg',
    arch: 'v4l-utils @ ffmpeg15',
  }),

  // Images and documents
  lib('vips', 'libvips', 'image', { l: ['vips'], h: ['vips/vips.h'], pc: ['vips'] }, {
    fedora: 'vips-devel @ vips',
    alpine: 'vips-dev @ vips',
    arch: 'libvips @ libvips',
    brew: 'vips @ vips',
    msys2: 'mingw-w64-x86_64-libvips @ mingw-w64-libvips',
  }),
  lib('magickwand', 'ImageMagick MagickWand', 'image', { l: ['MagickWand-6.Q16', 'MagickWand'], h: ['wand/MagickWand.h', 'MagickWand/MagickWand.h'], inc: 'ImageMagick-6', pc: ['MagickWand', 'MagickWand-6.Q16'], note: 'gopkg.in/gographics/imagick.v2 builds against ImageMagick 6, imagick.v3 against ImageMagick 7: Debian 12 ships 6, the other platforms here ship 7.' }, {
    fedora: 'ImageMagick-devel @ ImageMagick',
    alpine: 'imagemagick-dev @ vips',
    arch: 'imagemagick @ libvips',
    brew: 'imagemagick @ imagemagick',
    msys2: 'mingw-w64-x86_64-imagemagick @ mingw-w64-imagemagick',
    fedoraNote: 'ImageMagick 7.',
    alpineNote: 'ImageMagick 7.',
    brewNote: 'ImageMagick 7; imagemagick@6 has the 6.x API (keg-only).',
  }),
  lib('heif', 'libheif', 'image', { l: ['heif'], h: ['libheif/heif.h'], pc: ['libheif'] }, {
    fedora: 'libheif-devel @ libheif',
    alpine: 'libheif-dev @ vips',
    arch: 'libheif @ gdal',
    brew: 'libheif @ libheif',
    msys2: 'mingw-w64-x86_64-libheif @ mingw-w64-libheif',
  }),
  lib('webp', 'libwebp', 'image', { l: ['webp'], h: ['webp/decode.h', 'webp/encode.h'], pc: ['libwebp'] }, {
    fedora: 'libwebp-devel @ libwebp',
    alpine: 'libwebp-dev @ vips',
    arch: 'libwebp @ gdal',
    brew: 'webp @ webp',
    msys2: 'mingw-w64-x86_64-libwebp @ mingw-w64-libwebp',
  }),
  lib('png', 'libpng', 'image', { l: ['png', 'png16'], h: ['png.h'], pc: ['libpng', 'libpng16'] }, {
    fedora: 'libpng-devel @ libpng',
    alpine: 'libpng-dev @ vips',
    arch: 'libpng @ gdal',
    brew: 'libpng @ libpng',
    msys2: 'mingw-w64-x86_64-libpng @ mingw-w64-libpng',
  }),
  lib('jpeg', 'libjpeg (libjpeg-turbo)', 'image', { l: ['jpeg'], h: ['jpeglib.h'], pc: ['libjpeg'] }, {
    fedora: 'libjpeg-turbo-devel @ libjpeg-turbo',
    alpine: 'libjpeg-turbo-dev @ vips',
    arch: 'libjpeg-turbo @ gdal',
    brew: 'jpeg-turbo @ jpeg-turbo',
    msys2: 'mingw-w64-x86_64-libjpeg-turbo @ mingw-w64-libjpeg-turbo',
  }),
  lib('turbojpeg', 'TurboJPEG API', 'image', { l: ['turbojpeg'], h: ['turbojpeg.h'], pc: ['libturbojpeg'] }, {
    fedora: 'turbojpeg-devel @ libjpeg-turbo',
    arch: 'libjpeg-turbo @ gdal',
    brew: 'jpeg-turbo @ jpeg-turbo',
    msys2: 'mingw-w64-x86_64-libjpeg-turbo @ mingw-w64-libjpeg-turbo',
  }),
  lib('tiff', 'libtiff', 'image', { l: ['tiff'], h: ['tiffio.h'], pc: ['libtiff-4'] }, {
    fedora: 'libtiff-devel @ libtiff',
    alpine: 'tiff-dev @ vips',
    arch: 'libtiff @ gdal',
    brew: 'libtiff @ libtiff',
    msys2: 'mingw-w64-x86_64-libtiff @ mingw-w64-libtiff',
  }),
  lib('gif', 'giflib', 'image', { l: ['gif'], h: ['gif_lib.h'], pc: [] }, {
    fedora: 'giflib-devel @ giflib',
    alpine: 'giflib-dev @ vips',
    arch: 'giflib @ gdal',
    brew: 'giflib @ giflib',
    msys2: 'mingw-w64-x86_64-giflib @ mingw-w64-giflib',
  }),
  lib('avif', 'libavif', 'image', { l: ['avif'], h: ['avif/avif.h'], pc: ['libavif'] }, {
    fedora: 'libavif-devel @ libavif',
    alpine: 'libavif-dev @ php83',
    brew: 'libavif @ libavif',
    msys2: 'mingw-w64-x86_64-libavif @ mingw-w64-libavif',
  }),
  lib('openjpeg', 'OpenJPEG 2', 'image', { l: ['openjp2'], h: ['openjpeg.h'], inc: 'openjpeg-2.5', pc: ['libopenjp2'] }, {
    fedora: 'openjpeg-devel @ openjpeg',
    alpine: 'openjpeg-dev @ vips',
    arch: 'openjpeg2 @ gdal',
    brew: 'openjpeg @ openjpeg',
    msys2: 'mingw-w64-x86_64-openjpeg2 @ mingw-w64-openjpeg2',
  }),
  lib('lcms2', 'Little CMS 2', 'image', { l: ['lcms2'], h: ['lcms2.h'], pc: ['lcms2'] }, {
    fedora: 'lcms2-devel @ lcms2',
    alpine: 'lcms2-dev @ vips',
    arch: 'lcms2 @ mpv15',
    brew: 'little-cms2 @ little-cms2',
    msys2: 'mingw-w64-x86_64-lcms2 @ mingw-w64-lcms2',
  }),
  lib('exif', 'libexif', 'image', { l: ['exif'], h: ['libexif/exif-data.h'], pc: ['libexif'] }, {
    fedora: 'libexif-devel @ libexif',
    alpine: 'libexif-dev @ vips',
    arch: 'libexif @ libvips',
    brew: 'libexif @ libexif',
    msys2: 'mingw-w64-x86_64-libexif @ mingw-w64-libexif',
  }),
  lib('raw', 'LibRaw', 'image', { l: ['raw'], h: ['libraw/libraw.h'], pc: ['libraw'] }, {
    fedora: 'LibRaw-devel @ LibRaw',
    brew: 'libraw @ libraw',
    msys2: 'mingw-w64-x86_64-libraw @ mingw-w64-libraw',
  }),
  lib('zbar', 'ZBar', 'image', { l: ['zbar'], h: ['zbar.h'], pc: ['zbar'] }, {
    fedora: 'zbar-devel @ zbar',
    brew: 'zbar @ zbar',
    msys2: 'mingw-w64-x86_64-zbar @ mingw-w64-zbar',
  }),
  lib('mupdf', 'MuPDF', 'image', { l: ['mupdf'], h: ['mupdf/fitz.h'], pc: [] }, {
    fedora: 'mupdf-devel @ mupdf',
    brew: 'mupdf @ mupdf',
    msys2: 'mingw-w64-x86_64-libmupdf @ mingw-w64-mupdf',
  }),
  lib('poppler-glib', 'Poppler (GLib API)', 'image', { l: ['poppler-glib'], h: ['poppler.h'], inc: 'poppler/glib', pc: ['poppler-glib'] }, {
    fedora: 'poppler-glib-devel @ poppler',
    arch: 'poppler-glib @ libvips',
    brew: 'poppler @ poppler',
    msys2: 'mingw-w64-x86_64-poppler @ mingw-w64-poppler',
  }),

  // Databases and geodata
  lib('sqlite3', 'SQLite 3', 'database', { l: ['sqlite3'], h: ['sqlite3.h'], pc: ['sqlite3'], note: 'mattn/go-sqlite3 compiles its own copy of SQLite and needs only a C compiler; the system library matters with -tags libsqlite3.' }, {
    fedora: 'sqlite-devel @ sqlite',
    alpine: 'sqlite-dev @ php83',
    arch: 'sqlite @ gdal',
    brew: 'sqlite @ sqlite',
    msys2: 'mingw-w64-x86_64-sqlite3 @ mingw-w64-sqlite3',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix sqlite)/lib/pkgconfig".',
  }),
  lib('sqlcipher', 'SQLCipher', 'database', { l: ['sqlcipher'], h: ['sqlcipher/sqlite3.h'], pc: ['sqlcipher'] }, {
    fedora: 'sqlcipher-devel @ sqlcipher',
    brew: 'sqlcipher @ sqlcipher',
    msys2: 'mingw-w64-x86_64-sqlcipher @ mingw-w64-sqlcipher',
  }),
  lib('duckdb', 'DuckDB', 'database', { l: ['duckdb'], h: ['duckdb.h'], pc: [], notPackaged: 'Not in Debian 12 or 13 (only unstable has libduckdb-dev) nor in Fedora; the Go driver (github.com/marcboeker/go-duckdb) links prebuilt static DuckDB libraries it ships for common platforms; elsewhere point CGO_LDFLAGS at a libduckdb from duckdb.org.' }, {
    brew: 'duckdb @ duckdb',
    msys2: 'mingw-w64-x86_64-duckdb @ mingw-w64-duckdb',
  }),
  lib('rocksdb', 'RocksDB', 'database', { l: ['rocksdb'], h: ['rocksdb/c.h'], pc: ['rocksdb'] }, {
    fedora: 'rocksdb-devel @ rocksdb',
    brew: 'rocksdb @ rocksdb',
    msys2: 'mingw-w64-x86_64-rocksdb @ mingw-w64-rocksdb',
  }),
  lib('leveldb', 'LevelDB', 'database', { l: ['leveldb'], h: ['leveldb/c.h'], pc: ['leveldb'] }, {
    fedora: 'leveldb-devel @ leveldb',
    brew: 'leveldb @ leveldb',
    msys2: 'mingw-w64-x86_64-leveldb @ mingw-w64-leveldb',
  }),
  lib('lmdb', 'LMDB', 'database', { l: ['lmdb'], h: ['lmdb.h'], pc: ['lmdb'] }, {
    fedora: 'lmdb-devel @ lmdb',
    alpine: 'lmdb-dev @ php83',
    brew: 'lmdb @ lmdb',
    msys2: 'mingw-w64-x86_64-lmdb @ mingw-w64-lmdb',
  }),
  lib('mysqlclient', 'MySQL client (libmysqlclient)', 'database', { l: ['mysqlclient'], h: ['mysql.h'], inc: 'mysql', pc: ['mysqlclient'], ubuntu: 'Ubuntu builds libmysqlclient from MySQL: apt-get install libmysqlclient-dev (default-libmysqlclient-dev depends on it). Debian maps the name to MariaDB (libmariadb-dev-compat). @ https://packages.ubuntu.com/noble/libmysqlclient-dev', seeAlso: ['mariadb'] }, {
    fedora: 'mysql-devel @ mysql8.0',
    arch: 'mariadb-libs @ gdal',
    brew: 'mysql-client @ mysql-client',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix mysql-client)/lib/pkgconfig".',
  }),
  lib('mariadb', 'MariaDB Connector/C', 'database', { l: ['mariadb'], h: ['mysql.h'], inc: 'mariadb', pc: ['libmariadb'], seeAlso: ['mysqlclient'] }, {
    fedora: 'mariadb-connector-c-devel @ mariadb-connector-c',
    alpine: 'mariadb-connector-c-dev @ kodi',
    arch: 'mariadb-libs @ gdal',
    brew: 'mariadb-connector-c @ mariadb-connector-c',
    msys2: 'mingw-w64-x86_64-libmariadbclient @ mingw-w64-libmariadbclient',
  }),
  lib('pq', 'PostgreSQL libpq', 'database', { l: ['pq'], h: ['libpq-fe.h'], inc: 'postgresql', pc: ['libpq'] }, {
    fedora: 'libpq-devel @ libpq',
    alpine: 'libpq-dev @ php83',
    arch: 'postgresql-libs @ gdal',
    brew: 'libpq @ libpq',
    msys2: 'mingw-w64-x86_64-postgresql @ mingw-w64-postgresql',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix libpq)/lib/pkgconfig".',
  }),
  lib('oci', 'Oracle Call Interface (OCI)', 'database', { l: ['clntsh'], h: ['oci.h'], pc: ['oci8'], notPackaged: 'Not packaged by any distribution here: download Oracle Instant Client (Basic and SDK) from Oracle and point CGO_CFLAGS/CGO_LDFLAGS or PKG_CONFIG_PATH at it. github.com/godror/godror compiles ODPI-C itself and loads libclntsh at run time, so it needs the Instant Client only when it runs.' }, {}),
  lib('odbc', 'unixODBC', 'database', { l: ['odbc'], h: ['sql.h', 'sqlext.h'], pc: ['odbc'], note: 'On Windows the system ODBC library is odbc32 (-lodbc32).' }, {
    fedora: 'unixODBC-devel @ unixODBC',
    alpine: 'unixodbc-dev @ php83',
    arch: 'unixodbc @ gdal',
    brew: 'unixodbc @ unixodbc',
    msys2: 'mingw-w64-x86_64-unixodbc @ mingw-w64-unixodbc',
  }),
  lib('hiredis', 'hiredis', 'database', { l: ['hiredis'], h: ['hiredis/hiredis.h'], pc: ['hiredis'] }, {
    fedora: 'hiredis-devel @ hiredis',
    alpine: 'hiredis-dev @ suricata',
    brew: 'hiredis @ hiredis',
    msys2: 'mingw-w64-x86_64-hiredis @ mingw-w64-hiredis',
  }),
  lib('foundationdb', 'FoundationDB client (fdb_c)', 'database', { l: ['fdb_c'], h: ['foundationdb/fdb_c.h'], pc: [], notPackaged: 'Not in Debian, Fedora, Alpine or Arch: install the foundationdb-clients package for your platform from the FoundationDB releases on GitHub, whose version must match the Go binding\'s API version.' }, {}),
  lib('gdal', 'GDAL', 'database', { l: ['gdal'], h: ['gdal.h'], inc: 'gdal', pc: ['gdal'] }, {
    fedora: 'gdal-devel @ gdal',
    alpine: 'gdal-dev @ gdal',
    arch: 'gdal @ gdal',
    brew: 'gdal @ gdal',
    msys2: 'mingw-w64-x86_64-gdal @ mingw-w64-gdal',
  }),
  lib('geos', 'GEOS (C API)', 'database', { l: ['geos_c'], h: ['geos_c.h'], pc: ['geos'] }, {
    fedora: 'geos-devel @ geos',
    alpine: 'geos-dev @ gdal',
    arch: 'geos @ gdal',
    brew: 'geos @ geos',
    msys2: 'mingw-w64-x86_64-geos @ mingw-w64-geos',
  }),
  lib('proj', 'PROJ', 'database', { l: ['proj'], h: ['proj.h'], pc: ['proj'] }, {
    fedora: 'proj-devel @ proj',
    alpine: 'proj-dev @ gdal',
    arch: 'proj @ gdal',
    brew: 'proj @ proj',
    msys2: 'mingw-w64-x86_64-proj @ mingw-w64-proj',
  }),

  // Machine learning, numerics and OCR
  lib('opencl', 'OpenCL ICD loader', 'ml', { l: ['OpenCL'], h: ['CL/cl.h'], pc: ['OpenCL'] }, {
    fedora: 'ocl-icd-devel @ ocl-icd',
    arch: 'ocl-icd opencl-headers @ gdal',
    msys2: 'mingw-w64-x86_64-opencl-icd @ mingw-w64-opencl-icd',
  }),
  lib('tesseract', 'Tesseract OCR', 'ml', { l: ['tesseract'], h: ['tesseract/capi.h', 'tesseract/baseapi.h'], pc: ['tesseract'] }, {
    fedora: 'tesseract-devel @ tesseract',
    alpine: 'tesseract-ocr-dev @ tesseract',
    brew: 'tesseract @ tesseract',
    msys2: 'mingw-w64-x86_64-tesseract-ocr @ mingw-w64-tesseract-ocr',
  }),
  lib('leptonica', 'Leptonica', 'ml', { l: ['lept', 'leptonica'], h: ['leptonica/allheaders.h'], pc: ['lept'] }, {
    fedora: 'leptonica-devel @ leptonica',
    alpine: 'leptonica-dev @ tesseract',
    brew: 'leptonica @ leptonica',
    msys2: 'mingw-w64-x86_64-leptonica @ mingw-w64-leptonica',
  }),
  lib('opencv4', 'OpenCV 4', 'ml', { l: ['opencv_core', 'opencv_imgproc'], h: ['opencv2/opencv.hpp', 'opencv2/core.hpp'], inc: 'opencv4', pc: ['opencv4'] }, {
    fedora: 'opencv-devel @ opencv',
    alpine: 'opencv-dev @ opencv',
    arch: 'opencv @ opencv',
    brew: 'opencv @ opencv',
    msys2: 'mingw-w64-x86_64-opencv @ mingw-w64-opencv',
  }),
  lib('onnxruntime', 'ONNX Runtime', 'ml', { l: ['onnxruntime'], h: ['onnxruntime_c_api.h'], inc: 'onnxruntime', pc: ['libonnxruntime'], note: 'Not in Debian 12; Debian 13 (trixie) has libonnxruntime-dev. github.com/yalue/onnxruntime_go loads the shared library at run time (ort.SetSharedLibraryPath).' }, {
    fedora: 'onnxruntime-devel @ onnxruntime',
    brew: 'onnxruntime @ onnxruntime',
    msys2: 'mingw-w64-x86_64-onnxruntime @ mingw-w64-onnxruntime',
  }),
  lib('tensorflow', 'TensorFlow C API', 'ml', { l: ['tensorflow'], h: ['tensorflow/c/c_api.h'], pc: ['tensorflow'], notPackaged: 'Not packaged by Debian, Fedora or Alpine: download libtensorflow (the C API tarball) from tensorflow.org, unpack it under /usr/local and run ldconfig.' }, {
    brew: 'libtensorflow @ libtensorflow',
  }),
  lib('openblas', 'OpenBLAS', 'ml', { l: ['openblas'], h: ['cblas.h'], inc: 'openblas-pthread', pc: ['openblas'], debianPaths: ['usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so', 'usr/lib/x86_64-linux-gnu/openblas-pthread/pkgconfig/openblas.pc'] }, {
    fedora: 'openblas-devel @ openblas',
    alpine: 'openblas-dev @ opencv',
    brew: 'openblas @ openblas',
    msys2: 'mingw-w64-x86_64-openblas @ mingw-w64-openblas',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix openblas)/lib/pkgconfig".',
  }),
  lib('blas', 'BLAS / CBLAS (reference)', 'ml', { l: ['blas'], h: ['cblas.h'], pc: ['blas'], debianPaths: ['usr/lib/x86_64-linux-gnu/blas/libblas.so', 'usr/lib/x86_64-linux-gnu/pkgconfig/blas-netlib.pc'] }, {
    fedora: 'blas-devel @ lapack',
    alpine: 'blas-dev @ opencv',
    arch: 'cblas @ opencv',
    msys2: 'mingw-w64-x86_64-blas @ mingw-w64-lapack',
  }),
  lib('lapack', 'LAPACK', 'ml', { l: ['lapack'], h: [], pc: ['lapack'], debianPaths: ['usr/lib/x86_64-linux-gnu/lapack/liblapack.so', 'usr/lib/x86_64-linux-gnu/pkgconfig/lapack-netlib.pc'] }, {
    fedora: 'lapack-devel @ lapack',
    arch: 'lapack @ opencv',
    brew: 'lapack @ lapack',
    msys2: 'mingw-w64-x86_64-lapack @ mingw-w64-lapack',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix lapack)/lib/pkgconfig".',
  }),
  lib('lapacke', 'LAPACKE', 'ml', { l: ['lapacke'], h: ['lapacke.h'], pc: ['lapacke'] }, {
    fedora: 'lapack-devel @ lapack',
    arch: 'lapacke @ opencv',
    msys2: 'mingw-w64-x86_64-lapacke @ mingw-w64-lapack',
  }),
  lib('hdf5', 'HDF5', 'ml', { l: ['hdf5'], h: ['hdf5.h'], inc: 'hdf5/serial', pc: ['hdf5'], debianPaths: ['usr/lib/x86_64-linux-gnu/hdf5/serial/libhdf5.so', 'usr/lib/x86_64-linux-gnu/pkgconfig/hdf5-serial.pc'] }, {
    fedora: 'hdf5-devel @ hdf5',
    alpine: 'hdf5-dev @ opencv',
    arch: 'hdf5 @ gdal',
    brew: 'hdf5 @ hdf5',
    msys2: 'mingw-w64-x86_64-hdf5 @ mingw-w64-hdf5',
  }),
  lib('gsl', 'GNU Scientific Library', 'ml', { l: ['gsl', 'gslcblas'], h: ['gsl/gsl_math.h'], pc: ['gsl'] }, {
    fedora: 'gsl-devel @ gsl',
    brew: 'gsl @ gsl',
    msys2: 'mingw-w64-x86_64-gsl @ mingw-w64-gsl',
  }),
  lib('fftw3', 'FFTW 3', 'ml', { l: ['fftw3'], h: ['fftw3.h'], pc: ['fftw3'] }, {
    fedora: 'fftw-devel @ fftw',
    alpine: 'fftw-dev @ vips',
    arch: 'fftw @ libvips',
    brew: 'fftw @ fftw',
    msys2: 'mingw-w64-x86_64-fftw @ mingw-w64-fftw',
  }),
  lib('gmp', 'GMP', 'ml', { l: ['gmp'], h: ['gmp.h'], pc: ['gmp'] }, {
    fedora: 'gmp-devel @ gmp',
    alpine: 'gmp-dev @ php83',
    arch: 'gmp @ php15',
    brew: 'gmp @ gmp',
    msys2: 'mingw-w64-x86_64-gmp @ mingw-w64-gmp',
  }),
  lib('mpfr', 'MPFR', 'ml', { l: ['mpfr'], h: ['mpfr.h'], pc: ['mpfr'] }, {
    fedora: 'mpfr-devel @ mpfr',
    brew: 'mpfr @ mpfr',
    msys2: 'mingw-w64-x86_64-mpfr @ mingw-w64-mpfr',
  }),

  // Cryptography and authentication
  lib('openssl', 'OpenSSL libssl', 'crypto', { l: ['ssl'], h: ['openssl/ssl.h'], pc: ['libssl', 'openssl'] }, {
    fedora: 'openssl-devel @ openssl',
    alpine: 'openssl-dev @ rdkafka',
    arch: 'openssl @ gdal',
    brew: 'openssl@3 @ openssl@3',
    msys2: 'mingw-w64-x86_64-openssl @ mingw-w64-openssl',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix openssl@3)/lib/pkgconfig".',
  }),
  lib('libcrypto', 'OpenSSL libcrypto', 'crypto', { l: ['crypto'], h: ['openssl/evp.h', 'openssl/crypto.h'], pc: ['libcrypto'] }, {
    fedora: 'openssl-devel @ openssl',
    alpine: 'openssl-dev @ rdkafka',
    arch: 'openssl @ gdal',
    brew: 'openssl@3 @ openssl@3',
    msys2: 'mingw-w64-x86_64-openssl @ mingw-w64-openssl',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix openssl@3)/lib/pkgconfig".',
  }),
  lib('sodium', 'libsodium', 'crypto', { l: ['sodium'], h: ['sodium.h'], pc: ['libsodium'] }, {
    fedora: 'libsodium-devel @ libsodium',
    alpine: 'libsodium-dev @ php83',
    brew: 'libsodium @ libsodium',
    msys2: 'mingw-w64-x86_64-libsodium @ mingw-w64-libsodium',
  }),
  lib('gpgme', 'GPGME', 'crypto', { l: ['gpgme'], h: ['gpgme.h'], pc: ['gpgme'] }, {
    fedora: 'gpgme-devel @ gpgme',
    alpine: 'gpgme-dev @ flatpak',
    brew: 'gpgme @ gpgme',
    msys2: 'mingw-w64-x86_64-gpgme @ mingw-w64-gpgme',
  }),
  lib('gpg-error', 'libgpg-error', 'crypto', { l: ['gpg-error'], h: ['gpg-error.h'], pc: ['gpg-error'] }, {
    fedora: 'libgpg-error-devel @ libgpg-error',
    alpine: 'libgpg-error-dev @ libvirt',
    arch: 'libgpg-error @ gnupg',
    brew: 'libgpg-error @ libgpg-error',
    msys2: 'mingw-w64-x86_64-libgpg-error @ mingw-w64-libgpg-error',
  }),
  lib('gcrypt', 'libgcrypt', 'crypto', { l: ['gcrypt'], h: ['gcrypt.h'], pc: ['libgcrypt'] }, {
    fedora: 'libgcrypt-devel @ libgcrypt',
    alpine: 'libgcrypt-dev @ wireshark',
    arch: 'libgcrypt @ mpd',
    brew: 'libgcrypt @ libgcrypt',
    msys2: 'mingw-w64-x86_64-libgcrypt @ mingw-w64-libgcrypt',
  }),
  lib('gnutls', 'GnuTLS', 'crypto', { l: ['gnutls'], h: ['gnutls/gnutls.h'], pc: ['gnutls'] }, {
    fedora: 'gnutls-devel @ gnutls',
    alpine: 'gnutls-dev @ wireshark',
    arch: 'gnutls @ ffmpeg15',
    brew: 'gnutls @ gnutls',
    msys2: 'mingw-w64-x86_64-gnutls @ mingw-w64-gnutls',
  }),
  lib('pcsclite', 'PC/SC Lite', 'crypto', { l: ['pcsclite'], h: ['winscard.h'], inc: 'PCSC', pc: ['libpcsclite'], note: 'On macOS the PC/SC API is the system PCSC framework (-framework PCSC).' }, {
    fedora: 'pcsc-lite-devel @ pcsc-lite',
  }),
  lib('krb5', 'MIT Kerberos 5', 'crypto', { l: ['krb5'], h: ['krb5.h'], pc: ['krb5'], debianPrefer: ['libkrb5-dev'] }, {
    fedora: 'krb5-devel @ krb5',
    alpine: 'krb5-dev @ wireshark',
    arch: 'krb5 @ wireshark',
    brew: 'krb5 @ krb5',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix krb5)/lib/pkgconfig".',
  }),
  lib('gssapi', 'GSSAPI (MIT Kerberos)', 'crypto', { l: ['gssapi_krb5'], h: ['gssapi/gssapi.h'], pc: ['krb5-gssapi'], debianPrefer: ['libkrb5-dev'] }, {
    fedora: 'krb5-devel @ krb5',
    alpine: 'krb5-dev @ wireshark',
    arch: 'krb5 @ wireshark',
    brew: 'krb5 @ krb5',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix krb5)/lib/pkgconfig".',
  }),
  lib('sasl2', 'Cyrus SASL', 'crypto', { l: ['sasl2'], h: ['sasl/sasl.h'], pc: ['libsasl2'] }, {
    fedora: 'cyrus-sasl-devel @ cyrus-sasl',
    alpine: 'cyrus-sasl-dev @ rdkafka',
    arch: 'libsasl @ qemu15',
    brew: 'cyrus-sasl @ cyrus-sasl',
    msys2: 'mingw-w64-x86_64-cyrus-sasl @ mingw-w64-cyrus-sasl',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix cyrus-sasl)/lib/pkgconfig".',
  }),

  // Networking and messaging
  lib('ssh2', 'libssh2', 'network', { l: ['ssh2'], h: ['libssh2.h'], pc: ['libssh2'] }, {
    fedora: 'libssh2-devel @ libssh2',
    arch: 'libssh2 @ qemu15',
    brew: 'libssh2 @ libssh2',
    msys2: 'mingw-w64-x86_64-libssh2 @ mingw-w64-libssh2',
  }),
  lib('libssh', 'libssh', 'network', { l: ['ssh'], h: ['libssh/libssh.h'], pc: ['libssh'], debianPrefer: ['libssh-dev'] }, {
    fedora: 'libssh-devel @ libssh',
    alpine: 'libssh-dev @ wireshark',
    arch: 'libssh @ wireshark',
    brew: 'libssh @ libssh',
    msys2: 'mingw-w64-x86_64-libssh @ mingw-w64-libssh',
  }),
  lib('ldap', 'OpenLDAP client', 'network', { l: ['ldap', 'lber'], h: ['ldap.h', 'lber.h'], pc: ['ldap'] }, {
    fedora: 'openldap-devel @ openldap',
    alpine: 'openldap-dev @ php83',
    arch: 'libldap @ gnupg',
    brew: 'openldap @ openldap',
    msys2: 'mingw-w64-x86_64-openldap @ mingw-w64-openldap',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix openldap)/lib/pkgconfig".',
  }),
  lib('curl', 'libcurl', 'network', { l: ['curl'], h: ['curl/curl.h'], pc: ['libcurl'], debianPrefer: ['libcurl4-openssl-dev'] }, {
    fedora: 'libcurl-devel @ curl',
    alpine: 'curl-dev @ php83',
    arch: 'curl @ gdal',
    brew: 'curl @ curl',
    msys2: 'mingw-w64-x86_64-curl @ mingw-w64-curl',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix curl)/lib/pkgconfig".',
  }),
  lib('zmq', 'ZeroMQ', 'network', { l: ['zmq'], h: ['zmq.h'], pc: ['libzmq'] }, {
    fedora: 'zeromq-devel @ zeromq',
    brew: 'zeromq @ zeromq',
    msys2: 'mingw-w64-x86_64-zeromq @ mingw-w64-zeromq',
  }),
  lib('rdkafka', 'librdkafka', 'network', { l: ['rdkafka'], h: ['librdkafka/rdkafka.h'], pc: ['rdkafka'], note: 'confluent-kafka-go links a bundled static librdkafka by default; the system library is used only with -tags dynamic.' }, {
    fedora: 'librdkafka-devel @ librdkafka',
    alpine: 'librdkafka-dev @ rdkafka',
    brew: 'librdkafka @ librdkafka',
    msys2: 'mingw-w64-x86_64-librdkafka @ mingw-w64-librdkafka',
  }),
  lib('mosquitto', 'Mosquitto client', 'network', { l: ['mosquitto'], h: ['mosquitto.h'], pc: ['libmosquitto'] }, {
    fedora: 'mosquitto-devel @ mosquitto',
    brew: 'mosquitto @ mosquitto',
    msys2: 'mingw-w64-x86_64-mosquitto @ mingw-w64-mosquitto',
  }),
  lib('pcap', 'libpcap', 'network', { l: ['pcap'], h: ['pcap.h', 'pcap/pcap.h'], pc: ['libpcap'], note: 'On Windows gopacket/pcap uses Npcap (install the Npcap SDK), not libpcap.' }, {
    fedora: 'libpcap-devel @ libpcap',
    alpine: 'libpcap-dev @ wireshark',
    arch: 'libpcap @ wireshark',
    brew: 'libpcap @ libpcap',
    msys2: 'mingw-w64-x86_64-libpcap @ mingw-w64-libpcap',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix libpcap)/lib/pkgconfig".',
  }),
  lib('nl-3', 'libnl 3', 'network', { l: ['nl-3'], h: ['netlink/netlink.h'], inc: 'libnl3', pc: ['libnl-3.0'] }, {
    fedora: 'libnl3-devel @ libnl3',
    alpine: 'libnl3-dev @ wireshark',
  }),
  lib('nl-genl-3', 'libnl 3 generic netlink', 'network', { l: ['nl-genl-3'], h: ['netlink/genl/genl.h'], inc: 'libnl3', pc: ['libnl-genl-3.0'] }, {
    fedora: 'libnl3-devel @ libnl3',
    alpine: 'libnl3-dev @ wireshark',
  }),
  lib('nl-route-3', 'libnl 3 route', 'network', { l: ['nl-route-3'], h: ['netlink/route/link.h'], inc: 'libnl3', pc: ['libnl-route-3.0'] }, {
    fedora: 'libnl3-devel @ libnl3',
    alpine: 'libnl3-dev @ wireshark',
  }),
  lib('mnl', 'libmnl', 'network', { l: ['mnl'], h: ['libmnl/libmnl.h'], pc: ['libmnl'] }, {
    fedora: 'libmnl-devel @ libmnl',
    alpine: 'libmnl-dev @ nftables',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ libmnl',
  }),
  lib('netfilter-queue', 'libnetfilter_queue', 'network', { l: ['netfilter_queue'], h: ['libnetfilter_queue/libnetfilter_queue.h'], pc: ['libnetfilter_queue'] }, {
    fedora: 'libnetfilter_queue-devel @ libnetfilter_queue',
    alpine: 'libnetfilter_queue-dev @ suricata',
  }),
  lib('nfnetlink', 'libnfnetlink', 'network', { l: ['nfnetlink'], h: ['libnfnetlink/libnfnetlink.h'], pc: ['libnfnetlink'] }, {
    fedora: 'libnfnetlink-devel @ libnfnetlink',
    alpine: 'libnfnetlink-dev @ suricata',
  }),
  lib('nftnl', 'libnftnl', 'network', { l: ['nftnl'], h: ['libnftnl/table.h'], pc: ['libnftnl'] }, {
    fedora: 'libnftnl-devel @ libnftnl',
    alpine: 'libnftnl-dev @ nftables',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ libnftnl',
  }),
  lib('ibverbs', 'RDMA verbs (libibverbs)', 'network', { l: ['ibverbs'], h: ['infiniband/verbs.h'], pc: ['libibverbs'] }, {
    fedora: 'rdma-core-devel @ rdma-core',
  }),
  lib('rdmacm', 'RDMA CM (librdmacm)', 'network', { l: ['rdmacm'], h: ['rdma/rdma_cma.h'], pc: ['librdmacm'] }, {
    fedora: 'rdma-core-devel @ rdma-core',
  }),
  lib('cares', 'c-ares', 'network', { l: ['cares'], h: ['ares.h'], pc: ['libcares'] }, {
    fedora: 'c-ares-devel @ c-ares',
    alpine: 'c-ares-dev @ wireshark',
    arch: 'c-ares @ wireshark',
    brew: 'c-ares @ c-ares',
    msys2: 'mingw-w64-x86_64-c-ares @ mingw-w64-c-ares',
  }),
  lib('libevent', 'libevent', 'network', { l: ['event'], h: ['event2/event.h'], pc: ['libevent'] }, {
    fedora: 'libevent-devel @ libevent',
    arch: 'libevent @ tmux',
    brew: 'libevent @ libevent',
    msys2: 'mingw-w64-x86_64-libevent @ mingw-w64-libevent',
  }),
  lib('libuv', 'libuv', 'network', { l: ['uv'], h: ['uv.h'], pc: ['libuv'] }, {
    fedora: 'libuv-devel @ libuv',
    alpine: 'libuv-dev @ neovim',
    arch: 'libuv @ neovim',
    brew: 'libuv @ libuv',
    msys2: 'mingw-w64-x86_64-libuv @ mingw-w64-libuv',
  }),
  lib('maxminddb', 'libmaxminddb', 'network', { l: ['maxminddb'], h: ['maxminddb.h'], pc: ['libmaxminddb'] }, {
    fedora: 'libmaxminddb-devel @ libmaxminddb',
    alpine: 'libmaxminddb-dev @ wireshark',
    brew: 'libmaxminddb @ libmaxminddb',
    msys2: 'mingw-w64-x86_64-libmaxminddb @ mingw-w64-libmaxminddb',
  }),

  // System and hardware
  lib('libsecret', 'libsecret', 'system', { l: ['secret-1'], h: ['libsecret/secret.h'], inc: 'libsecret-1', pc: ['libsecret-1'] }, {
    fedora: 'libsecret-devel @ libsecret',
    alpine: 'libsecret-dev @ webkit41',
    arch: 'libsecret @ webkit41',
    brew: 'libsecret @ libsecret',
    msys2: 'mingw-w64-x86_64-libsecret @ mingw-w64-libsecret',
  }),
  lib('git2', 'libgit2', 'system', { l: ['git2'], h: ['git2.h'], pc: ['libgit2'], note: 'Each git2go major version builds against one libgit2 release line: when the distribution ships another, use the git2go version that matches it.' }, {
    fedora: 'libgit2-devel @ libgit2',
    brew: 'libgit2 @ libgit2',
    msys2: 'mingw-w64-x86_64-libgit2 @ mingw-w64-libgit2',
  }),
  lib('bluetooth', 'BlueZ (libbluetooth)', 'system', { l: ['bluetooth'], h: ['bluetooth/bluetooth.h'], pc: ['bluez'] }, {
    fedora: 'bluez-libs-devel @ bluez',
    alpine: 'bluez-dev @ kodi',
    arch: 'bluez-libs @ python',
  }),
  lib('usb', 'libusb 1.0', 'system', { l: ['usb-1.0'], h: ['libusb.h'], inc: 'libusb-1.0', pc: ['libusb-1.0'] }, {
    fedora: 'libusb1-devel @ libusb1',
    alpine: 'libusb-dev @ qemu',
    arch: 'libusb @ retroarch',
    brew: 'libusb @ libusb',
    msys2: 'mingw-w64-x86_64-libusb @ mingw-w64-libusb',
  }),
  lib('hidapi', 'HIDAPI', 'system', { l: ['hidapi-hidraw', 'hidapi-libusb'], h: ['hidapi/hidapi.h'], pc: ['hidapi-hidraw', 'hidapi-libusb'] }, {
    fedora: 'hidapi-devel @ hidapi',
    brew: 'hidapi @ hidapi',
    msys2: 'mingw-w64-x86_64-hidapi @ mingw-w64-hidapi',
  }),
  lib('gpiod', 'libgpiod', 'system', { l: ['gpiod'], h: ['gpiod.h'], pc: ['libgpiod'] }, {
    fedora: 'libgpiod-devel @ libgpiod',
  }),
  lib('udev', 'libudev', 'system', { l: ['udev'], h: ['libudev.h'], pc: ['libudev'] }, {
    fedora: 'systemd-devel @ systemd',
    alpine: 'eudev-dev @ mesa',
    arch: 'systemd-libs @ mpd',
    alpineNote: 'Alpine has no systemd: libudev comes from eudev.',
  }),
  lib('evdev', 'libevdev', 'system', { l: ['evdev'], h: ['libevdev/libevdev.h'], inc: 'libevdev-1.0', pc: ['libevdev'] }, {
    fedora: 'libevdev-devel @ libevdev',
  }),
  lib('dbus', 'D-Bus (libdbus)', 'system', { l: ['dbus-1'], h: ['dbus/dbus.h'], inc: 'dbus-1.0', pc: ['dbus-1'] }, {
    fedora: 'dbus-devel @ dbus',
    alpine: 'dbus-dev @ kodi',
    arch: 'dbus @ mpd',
    brew: 'dbus @ dbus',
    msys2: 'mingw-w64-x86_64-dbus @ mingw-w64-dbus',
  }),
  lib('systemd', 'libsystemd (journal, sd-daemon)', 'system', { l: ['systemd'], h: ['systemd/sd-journal.h', 'systemd/sd-daemon.h'], pc: ['libsystemd'], note: 'Alpine has no systemd.' }, {
    fedora: 'systemd-devel @ systemd',
    arch: 'systemd-libs @ mpd',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ systemd',
  }),
  lib('pam', 'Linux-PAM', 'system', { l: ['pam'], h: ['security/pam_appl.h'], pc: ['pam'], note: 'macOS has its own OpenPAM in the SDK (-lpam links against it).' }, {
    fedora: 'pam-devel @ pam',
    arch: 'pam @ systemd14',
  }),
  lib('virt', 'libvirt', 'system', { l: ['virt'], h: ['libvirt/libvirt.h'], pc: ['libvirt'], note: 'libvirt.org/go/libvirt needs the C library; the pure-Go digitalocean/go-libvirt does not.' }, {
    fedora: 'libvirt-devel @ libvirt',
    alpine: 'libvirt-dev @ libvirt',
    brew: 'libvirt @ libvirt',
  }),
  lib('rados', 'Ceph librados', 'system', { l: ['rados'], h: ['rados/librados.h'], pc: [] }, {
    fedora: 'librados-devel @ ceph',
    alpine: 'ceph-dev @ qemu',
  }),
  lib('rbd', 'Ceph librbd', 'system', { l: ['rbd'], h: ['rbd/librbd.h'], pc: [] }, {
    fedora: 'librbd-devel @ ceph',
    alpine: 'ceph-dev @ qemu',
  }),
  lib('cephfs', 'Ceph libcephfs', 'system', { l: ['cephfs'], h: ['cephfs/libcephfs.h'], pc: [] }, {
    fedora: 'libcephfs-devel @ ceph',
    alpine: 'ceph-dev @ qemu',
  }),
  lib('seccomp', 'libseccomp', 'system', { l: ['seccomp'], h: ['seccomp.h'], pc: ['libseccomp'] }, {
    fedora: 'libseccomp-devel @ libseccomp',
    alpine: 'libseccomp-dev @ qemu',
    arch: 'libseccomp @ webkit41',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ libseccomp',
  }),
  lib('cap', 'libcap', 'system', { l: ['cap'], h: ['sys/capability.h'], pc: ['libcap'] }, {
    fedora: 'libcap-devel @ libcap',
    alpine: 'libcap-dev @ qemu',
    arch: 'libcap @ wireshark',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ libcap',
  }),
  lib('acl', 'libacl', 'system', { l: ['acl'], h: ['sys/acl.h', 'acl/libacl.h'], pc: ['libacl'] }, {
    fedora: 'libacl-devel @ acl',
    alpine: 'acl-dev @ rsync',
    arch: 'acl @ systemd14',
  }),
  lib('attr', 'libattr', 'system', { l: ['attr'], h: ['attr/attributes.h'], pc: ['libattr'] }, {
    fedora: 'libattr-devel @ attr',
    alpine: 'attr-dev @ rsync',
  }),
  lib('uuid', 'libuuid (util-linux)', 'system', { l: ['uuid'], h: ['uuid/uuid.h'], pc: ['uuid'] }, {
    fedora: 'libuuid-devel @ util-linux',
    alpine: 'util-linux-dev @ qemu',
    brew: 'ossp-uuid @ ossp-uuid',
    brewNote: 'macOS has uuid_* in libSystem; this formula is the OSSP variant with a different API.',
  }),
  lib('blkid', 'libblkid (util-linux)', 'system', { l: ['blkid'], h: ['blkid/blkid.h'], pc: ['blkid'] }, {
    fedora: 'libblkid-devel @ util-linux',
    alpine: 'util-linux-dev @ qemu',
  }),
  lib('mount', 'libmount (util-linux)', 'system', { l: ['mount'], h: ['libmount/libmount.h'], pc: ['mount'] }, {
    fedora: 'libmount-devel @ util-linux',
    alpine: 'util-linux-dev @ qemu',
  }),
  lib('selinux', 'libselinux', 'system', { l: ['selinux'], h: ['selinux/selinux.h'], pc: ['libselinux'] }, {
    fedora: 'libselinux-devel @ libselinux',
  }),
  lib('bpf', 'libbpf', 'system', { l: ['bpf'], h: ['bpf/libbpf.h'], pc: ['libbpf'] }, {
    fedora: 'libbpf-devel @ libbpf',
    alpine: 'libbpf-dev @ suricata',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ libbpf',
  }),
  lib('elf', 'libelf (elfutils)', 'system', { l: ['elf'], h: ['libelf.h', 'gelf.h'], pc: ['libelf'] }, {
    fedora: 'elfutils-libelf-devel @ elfutils',
    alpine: 'elfutils-dev @ mesa',
    msys2: 'mingw-w64-x86_64-libelf @ mingw-w64-libelf',
  }),
  lib('hs', 'Hyperscan', 'system', { l: ['hs'], h: ['hs/hs.h'], pc: ['libhs'], debianPrefer: ['libhyperscan-dev'] }, {
    fedora: 'hyperscan-devel @ hyperscan',
    alpine: 'vectorscan-dev @ suricata',
    brew: 'hyperscan @ hyperscan',
    alpineNote: 'Alpine packages Vectorscan, the Hyperscan fork with the same libhs API.',
  }),
  lib('yara', 'YARA', 'system', { l: ['yara'], h: ['yara.h'], pc: ['yara'] }, {
    fedora: 'yara-devel @ yara',
    brew: 'yara @ yara',
  }),
  lib('numa', 'libnuma (numactl)', 'system', { l: ['numa'], h: ['numa.h'], pc: ['numa'] }, {
    fedora: 'numactl-devel @ numactl',
    alpine: 'numactl-dev @ qemu',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ numactl',
  }),
  lib('hwloc', 'hwloc', 'system', { l: ['hwloc'], h: ['hwloc.h'], pc: ['hwloc'] }, {
    fedora: 'hwloc-devel @ hwloc',
    brew: 'hwloc @ hwloc',
    msys2: 'mingw-w64-x86_64-hwloc @ mingw-w64-hwloc',
  }),
  lib('aio', 'libaio', 'system', { l: ['aio'], h: ['libaio.h'], pc: [] }, {
    fedora: 'libaio-devel @ libaio',
    alpine: 'libaio-dev @ qemu',
    arch: 'libaio @ qemu15',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ libaio',
  }),
  lib('uring', 'liburing', 'system', { l: ['uring'], h: ['liburing.h'], pc: ['liburing'] }, {
    fedora: 'liburing-devel @ liburing',
    alpine: 'liburing-dev @ qemu',
    arch: 'liburing @ mpd',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ liburing',
  }),
  lib('fuse', 'FUSE 2 (libfuse)', 'system', { l: ['fuse'], h: ['fuse.h'], inc: 'fuse', pc: ['fuse'], note: 'On macOS FUSE comes from macFUSE (a separate installer), not from Homebrew formulae.' }, {
    fedora: 'fuse-devel @ fuse',
    alpine: 'fuse-dev @ libvirt',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ libfuse@2',
  }),
  lib('fuse3', 'FUSE 3 (libfuse3)', 'system', { l: ['fuse3'], h: ['fuse.h'], inc: 'fuse3', pc: ['fuse3'], note: 'On macOS FUSE comes from macFUSE (a separate installer), not from Homebrew formulae.' }, {
    fedora: 'fuse3-devel @ fuse3',
    alpine: 'fuse3-dev @ flatpak',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ libfuse',
  }),
  lib('cups', 'CUPS', 'system', { l: ['cups'], h: ['cups/cups.h'], pc: ['cups'] }, {
    fedora: 'cups-devel @ cups',
    alpine: 'cups-dev @ gtk3',
    arch: 'libcups @ chromium',
  }),
  lib('magic', 'libmagic (file)', 'system', { l: ['magic'], h: ['magic.h'], pc: ['libmagic'] }, {
    fedora: 'file-devel @ file',
    alpine: 'file-dev @ suricata',
    brew: 'libmagic @ libmagic',
    msys2: 'mingw-w64-x86_64-file @ mingw-w64-file',
  }),

  // Compression and archives
  lib('archive', 'libarchive', 'compression', { l: ['archive'], h: ['archive.h'], pc: ['libarchive'] }, {
    fedora: 'libarchive-devel @ libarchive',
    alpine: 'libarchive-dev @ mpv',
    arch: 'libarchive @ flatpak',
    brew: 'libarchive @ libarchive',
    msys2: 'mingw-w64-x86_64-libarchive @ mingw-w64-libarchive',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix libarchive)/lib/pkgconfig".',
  }),
  lib('zip', 'libzip', 'compression', { l: ['zip'], h: ['zip.h'], pc: ['libzip'] }, {
    fedora: 'libzip-devel @ libzip',
    alpine: 'libzip-dev @ php83',
    arch: 'libzip @ php15',
    brew: 'libzip @ libzip',
    msys2: 'mingw-w64-x86_64-libzip @ mingw-w64-libzip',
  }),
  lib('zlib', 'zlib', 'compression', { l: ['z'], h: ['zlib.h'], pc: ['zlib'] }, {
    fedora: 'zlib-ng-compat-devel @ zlib-ng',
    alpine: 'zlib-dev @ php83',
    arch: 'zlib @ gdal',
    brew: 'zlib @ zlib',
    msys2: 'mingw-w64-x86_64-zlib @ mingw-w64-zlib',
    fedoraNote: 'Fedora builds zlib from zlib-ng in compatibility mode; zlib-devel is an alias for it.',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix zlib)/lib/pkgconfig".',
  }),
  lib('bz2', 'bzip2 (libbz2)', 'compression', { l: ['bz2'], h: ['bzlib.h'], pc: ['bzip2'] }, {
    fedora: 'bzip2-devel @ bzip2',
    alpine: 'bzip2-dev @ php83',
    arch: 'bzip2 @ mpd',
    brew: 'bzip2 @ bzip2',
    msys2: 'mingw-w64-x86_64-bzip2 @ mingw-w64-bzip2',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix bzip2)/lib/pkgconfig".',
  }),
  lib('lzma', 'liblzma (xz)', 'compression', { l: ['lzma'], h: ['lzma.h'], pc: ['liblzma'] }, {
    fedora: 'xz-devel @ xz',
    alpine: 'xz-dev @ python3',
    arch: 'xz @ gdal',
    brew: 'xz @ xz',
    msys2: 'mingw-w64-x86_64-xz @ mingw-w64-xz',
  }),
  lib('zstd', 'Zstandard', 'compression', { l: ['zstd'], h: ['zstd.h'], pc: ['libzstd'] }, {
    fedora: 'libzstd-devel @ zstd',
    alpine: 'zstd-dev @ wireshark',
    arch: 'zstd @ gdal',
    brew: 'zstd @ zstd',
    msys2: 'mingw-w64-x86_64-zstd @ mingw-w64-zstd',
  }),
  lib('lz4', 'LZ4', 'compression', { l: ['lz4'], h: ['lz4.h'], pc: ['liblz4'] }, {
    fedora: 'lz4-devel @ lz4',
    alpine: 'lz4-dev @ wireshark',
    arch: 'lz4 @ gdal',
    brew: 'lz4 @ lz4',
    msys2: 'mingw-w64-x86_64-lz4 @ mingw-w64-lz4',
  }),
  lib('snappy', 'Snappy', 'compression', { l: ['snappy'], h: ['snappy-c.h'], pc: ['snappy'] }, {
    fedora: 'snappy-devel @ snappy',
    alpine: 'snappy-dev @ qemu',
    arch: 'snappy @ chromium',
    brew: 'snappy @ snappy',
    msys2: 'mingw-w64-x86_64-snappy @ mingw-w64-snappy',
  }),
  lib('brotli', 'Brotli', 'compression', { l: ['brotlienc', 'brotlidec', 'brotlicommon'], h: ['brotli/encode.h', 'brotli/decode.h'], pc: ['libbrotlienc', 'libbrotlidec', 'libbrotlicommon'] }, {
    fedora: 'brotli-devel @ brotli',
    brew: 'brotli @ brotli',
    msys2: 'mingw-w64-x86_64-brotli @ mingw-w64-brotli',
  }),
  lib('xxhash', 'xxHash', 'compression', { l: ['xxhash'], h: ['xxhash.h'], pc: ['libxxhash'] }, {
    fedora: 'xxhash-devel @ xxhash',
    brew: 'xxhash @ xxhash',
    msys2: 'mingw-w64-x86_64-xxhash @ mingw-w64-xxhash',
  }),

  // Text, parsing and terminals
  lib('xml2', 'libxml2', 'text', { l: ['xml2'], h: ['libxml/parser.h'], inc: 'libxml2', pc: ['libxml-2.0'] }, {
    fedora: 'libxml2-devel @ libxml2',
    alpine: 'libxml2-dev @ php83',
    arch: 'libxml2 @ gdal',
    brew: 'libxml2 @ libxml2',
    msys2: 'mingw-w64-x86_64-libxml2 @ mingw-w64-libxml2',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix libxml2)/lib/pkgconfig".',
  }),
  lib('xslt', 'libxslt', 'text', { l: ['xslt'], h: ['libxslt/xslt.h'], pc: ['libxslt'] }, {
    fedora: 'libxslt-devel @ libxslt',
    alpine: 'libxslt-dev @ php83',
    arch: 'libxslt @ webkit41',
    brew: 'libxslt @ libxslt',
    msys2: 'mingw-w64-x86_64-libxslt @ mingw-w64-libxslt',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix libxslt)/lib/pkgconfig".',
  }),
  lib('expat', 'Expat', 'text', { l: ['expat'], h: ['expat.h'], pc: ['expat'] }, {
    fedora: 'expat-devel @ expat',
    alpine: 'expat-dev @ gtk3',
    arch: 'expat @ gdal',
    brew: 'expat @ expat',
    msys2: 'mingw-w64-x86_64-expat @ mingw-w64-expat',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix expat)/lib/pkgconfig".',
  }),
  lib('yaml', 'libyaml', 'text', { l: ['yaml'], h: ['yaml.h'], pc: ['yaml-0.1'] }, {
    fedora: 'libyaml-devel @ libyaml',
    alpine: 'yaml-dev @ suricata',
    brew: 'libyaml @ libyaml',
    msys2: 'mingw-w64-x86_64-libyaml @ mingw-w64-libyaml',
  }),
  lib('jansson', 'Jansson', 'text', { l: ['jansson'], h: ['jansson.h'], pc: ['jansson'] }, {
    fedora: 'jansson-devel @ jansson',
    alpine: 'jansson-dev @ suricata',
    arch: 'jansson @ obs',
    brew: 'jansson @ jansson',
    msys2: 'mingw-w64-x86_64-jansson @ mingw-w64-jansson',
  }),
  lib('json-c', 'json-c', 'text', { l: ['json-c'], h: ['json-c/json.h'], pc: ['json-c'] }, {
    fedora: 'json-c-devel @ json-c',
    alpine: 'json-c-dev @ gdal',
    arch: 'json-c @ gdal',
    brew: 'json-c @ json-c',
    msys2: 'mingw-w64-x86_64-json-c @ mingw-w64-json-c',
  }),
  lib('pcre', 'PCRE (1)', 'text', { l: ['pcre'], h: ['pcre.h'], pc: ['libpcre'] }, {
    fedora: 'pcre-devel @ pcre',
    alpine: 'pcre-dev @ suricata',
    brew: 'pcre @ pcre',
    msys2: 'mingw-w64-x86_64-pcre @ mingw-w64-pcre',
  }),
  lib('pcre2', 'PCRE2', 'text', { l: ['pcre2-8'], h: ['pcre2.h'], pc: ['libpcre2-8'] }, {
    fedora: 'pcre2-devel @ pcre2',
    alpine: 'pcre2-dev @ wireshark',
    arch: 'pcre2 @ gdal',
    brew: 'pcre2 @ pcre2',
    msys2: 'mingw-w64-x86_64-pcre2 @ mingw-w64-pcre2',
  }),
  lib('onig', 'Oniguruma', 'text', { l: ['onig'], h: ['oniguruma.h'], pc: ['oniguruma'] }, {
    fedora: 'oniguruma-devel @ oniguruma',
    alpine: 'oniguruma-dev @ php83',
    brew: 'oniguruma @ oniguruma',
    msys2: 'mingw-w64-x86_64-oniguruma @ mingw-w64-oniguruma',
  }),
  lib('icu', 'ICU', 'text', { l: ['icuuc', 'icui18n'], h: ['unicode/utypes.h', 'unicode/ucol.h'], pc: ['icu-uc', 'icu-i18n'] }, {
    fedora: 'libicu-devel @ icu',
    alpine: 'icu-dev @ php83',
    arch: 'icu @ chromium',
    brew: 'icu4c@78 @ https://github.com/Homebrew/homebrew-core/blob/4e372a43ab3c8192ab952541081b0a09f7c67107/Formula/i/icu4c@78.rb',
    msys2: 'mingw-w64-x86_64-icu @ mingw-w64-icu',
    brewNote: 'Homebrew now ships ICU as versioned formulae (icu4c@77, icu4c@78); the 2023 formula icu4c is gone. Keg-only: set PKG_CONFIG_PATH="$(brew --prefix icu4c@78)/lib/pkgconfig".',
  }),
  lib('ncurses', 'ncurses', 'text', { l: ['ncurses', 'ncursesw'], h: ['ncurses.h', 'curses.h'], pc: ['ncurses', 'ncursesw'] }, {
    fedora: 'ncurses-devel @ ncurses',
    alpine: 'ncurses-dev @ qemu',
    arch: 'ncurses @ tmux',
    brew: 'ncurses @ ncurses',
    msys2: 'mingw-w64-x86_64-ncurses @ mingw-w64-ncurses',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix ncurses)/lib/pkgconfig".',
  }),
  lib('readline', 'GNU Readline', 'text', { l: ['readline'], h: ['readline/readline.h'], pc: ['readline'] }, {
    fedora: 'readline-devel @ readline',
    alpine: 'readline-dev @ nftables',
    arch: 'readline @ gnupg',
    brew: 'readline @ readline',
    msys2: 'mingw-w64-x86_64-readline @ mingw-w64-readline',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix readline)/lib/pkgconfig".',
  }),
  lib('luajit', 'LuaJIT', 'text', { l: ['luajit-5.1'], h: ['luajit.h', 'lua.h'], inc: 'luajit-2.1', pc: ['luajit'], debianPrefer: ['libluajit-5.1-dev'] }, {
    fedora: 'luajit-devel @ luajit',
    alpine: 'luajit-dev @ mpv',
    arch: 'luajit @ obs',
    brew: 'luajit @ luajit',
    msys2: 'mingw-w64-x86_64-luajit @ mingw-w64-luajit',
  }),

  // Toolchain and C library parts
  lib('ffi', 'libffi', 'toolchain', { l: ['ffi'], h: ['ffi.h'], pc: ['libffi'] }, {
    fedora: 'libffi-devel @ libffi',
    alpine: 'libffi-dev @ python3',
    arch: 'libffi @ python',
    brew: 'libffi @ libffi',
    msys2: 'mingw-w64-x86_64-libffi @ mingw-w64-libffi',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix libffi)/lib/pkgconfig".',
  }),
  lib('unwind', 'libunwind', 'toolchain', { l: ['unwind'], h: ['libunwind.h'], pc: ['libunwind'], debianPrefer: ['libunwind-dev'] }, {
    fedora: 'libunwind-devel @ libunwind',
    brew: '! Linux-only formula (depends_on :linux), not available on macOS @ libunwind',
    brewNote: 'macOS has its own unwinder in libSystem.',
  }),
  lib('bsd', 'libbsd', 'toolchain', { l: ['bsd'], h: ['bsd/string.h'], pc: ['libbsd'] }, {
    fedora: 'libbsd-devel @ libbsd',
  }),
  lib('stdc++', 'GNU C++ library (libstdc++)', 'toolchain', { l: ['stdc++'], h: [], pc: [], debianPaths: ['usr/lib/gcc/x86_64-linux-gnu/12/libstdc++.so'], note: 'Comes with the C++ compiler: installing g++ (or build-essential) brings it. On macOS use libc++ (-lc++).' }, {
    fedora: 'libstdc++-devel @ gcc',
    arch: 'gcc-libs @ retroarch',
    msys2: 'mingw-w64-x86_64-gcc @ mingw-w64-gcc',
    fedoraNote: 'For -static linking also libstdc++-static.',
  }),
  lib('libc++', 'LLVM C++ library (libc++)', 'toolchain', { l: ['c++'], h: [], pc: [], debianPrefer: ['libc++-14-dev'], note: 'On macOS libc++ is the system C++ library (Xcode Command Line Tools).' }, {
    fedora: 'libcxx-devel @ llvm',
    msys2: 'mingw-w64-clang-x86_64-libc++ @ mingw-w64-libc++',
    msys2Note: 'CLANG64 environment.',
  }),
  lib('atomic', 'libatomic (GCC)', 'toolchain', { l: ['atomic'], h: [], pc: [], debianPaths: ['usr/lib/gcc/x86_64-linux-gnu/12/libatomic.so'], note: 'Comes with GCC; needed on 32-bit ARM and some other targets for 64-bit atomics.' }, {
    fedora: 'gcc @ gcc',
  }),
  lib('dl', 'libdl (dlopen)', 'toolchain', { l: ['dl'], h: ['dlfcn.h'], pc: [], glibc: true, note: 'Part of glibc: since glibc 2.34 dlopen lives in libc itself and -ldl is an empty stub kept for old build scripts; musl has it in libc too.' }, {
    fedora: 'glibc-devel @ glibc',
    alpine: 'musl-dev @ musl',
    arch: 'glibc @ sdl2',
    msys2: 'mingw-w64-x86_64-dlfcn @ mingw-w64-dlfcn',
    alpineNote: 'musl has it in libc; musl-dev installs the headers and an empty archive so the -l flag still links.',
  }),
  lib('pthread', 'libpthread', 'toolchain', { l: ['pthread'], h: ['pthread.h'], pc: [], glibc: true, note: 'Part of glibc (merged into libc since 2.34); musl has it in libc.' }, {
    fedora: 'glibc-devel @ glibc',
    alpine: 'musl-dev @ musl',
    arch: 'glibc @ sdl2',
    brew: '= part of libSystem; Go itself links -lpthread on darwin/amd64 @ https://github.com/golang/go/blob/go1.19.8/src/runtime/cgo/cgo.go',
    msys2: 'mingw-w64-x86_64-winpthreads @ mingw-w64-winpthreads',
    alpineNote: 'musl has it in libc; musl-dev installs the headers and an empty archive so the -l flag still links.',
  }),
  lib('rt', 'librt', 'toolchain', { l: ['rt'], h: [], pc: [], glibc: true, note: 'Part of glibc (merged into libc since 2.34); musl has it in libc.' }, {
    fedora: 'glibc-devel @ glibc',
    alpine: 'musl-dev @ musl',
    arch: 'glibc @ sdl2',
    alpineNote: 'musl has it in libc; musl-dev installs the headers and an empty archive so the -l flag still links.',
  }),
  lib('m', 'libm (math)', 'toolchain', { l: ['m'], h: ['math.h'], pc: [], glibc: true, note: 'Part of the C library on every platform here.' }, {
    fedora: 'glibc-devel @ glibc',
    alpine: 'musl-dev @ musl',
    arch: 'glibc @ sdl2',
    alpineNote: 'musl has it in libc; musl-dev installs the headers and an empty archive so the -l flag still links.',
  }),
  lib('resolv', 'libresolv', 'toolchain', { l: ['resolv'], h: ['resolv.h'], pc: [], glibc: true, note: 'Part of glibc. On macOS res_* calls are renamed to res_9_* and need -lresolv from the SDK.' }, {
    fedora: 'glibc-devel @ glibc',
    alpine: 'musl-dev @ musl',
    arch: 'glibc @ sdl2',
    alpineNote: 'musl has it in libc; musl-dev installs the headers and an empty archive so the -l flag still links.',
  }),
  lib('util', 'libutil (openpty, forkpty)', 'toolchain', { l: ['util'], h: ['pty.h'], pc: [], glibc: true, note: 'Part of glibc (merged into libc since 2.34).' }, {
    fedora: 'glibc-devel @ glibc',
    alpine: 'musl-dev @ musl',
    arch: 'glibc @ sdl2',
    alpineNote: 'musl has it in libc; musl-dev installs the headers and an empty archive so the -l flag still links.',
  }),
  lib('crypt', 'libcrypt (libxcrypt)', 'toolchain', { l: ['crypt'], h: ['crypt.h'], pc: ['libcrypt'], note: 'glibc dropped its own libcrypt in 2.39; distributions ship libxcrypt instead. musl has crypt() in libc.' }, {
    fedora: 'libxcrypt-devel @ libxcrypt',
    alpine: 'musl-dev @ musl',
    brew: 'libxcrypt @ libxcrypt',
    alpineNote: 'musl has it in libc; musl-dev installs the headers and an empty archive so the -l flag still links.',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix libxcrypt)/lib/pkgconfig".',
  }),
  lib('iconv', 'iconv', 'toolchain', { l: ['iconv'], h: ['iconv.h'], pc: [], glibc: true, note: 'Part of glibc and of musl: no -liconv is needed there.' }, {
    fedora: 'glibc-devel @ glibc',
    alpine: 'musl-dev @ musl',
    arch: 'glibc @ sdl2',
    brew: 'libiconv @ libiconv',
    msys2: 'mingw-w64-x86_64-libiconv @ mingw-w64-libiconv',
    alpineNote: 'iconv is part of musl libc; musl-dev has iconv.h.',
    brewNote: 'keg-only: for pkg-config set PKG_CONFIG_PATH="$(brew --prefix libiconv)/lib/pkgconfig". macOS also has a system libiconv (-liconv) in the SDK.',
  }),
  lib('intl', 'libintl (gettext)', 'toolchain', { l: ['intl'], h: ['libintl.h'], pc: [], glibc: true, note: 'Part of glibc: no -lintl is needed there.' }, {
    fedora: 'glibc-devel @ glibc',
    alpine: 'gettext-dev @ php83',
    brew: 'gettext @ gettext',
    msys2: 'mingw-w64-x86_64-gettext-runtime @ mingw-w64-gettext',
    alpineNote: 'musl has no libintl of its own.',
  }),
];
