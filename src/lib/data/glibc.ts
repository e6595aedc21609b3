/**
 * glibc and libstdc++ versions by distribution release (x86_64), and GLIBCXX/CXXABI symbol
 * versions by GCC release. Pure data plus lookups: no Astro or Node imports, so the pages, the
 * wizard and the tests can all use it.
 *
 * Distribution rows: `glibc_version` and the newest `GLIBCXX_*`/`CXXABI_*` nodes measured from the
 * distributions' own container images by mayeut/pep600_compliance (cache/x86_64/<image>.json,
 * commit 2d70275a of 2026-08-08; Ubuntu 16.04 from an older commit of the same file, as it was
 * dropped later). RHEL rows use the Red Hat UBI images; AlmaLinux and Rocky Linux measure the same.
 * openSUSE Leap is measured, SLES is not (SLES 15 SPn is usually close to Leap 15.n, unverified).
 *
 * GCC rows: the libstdc++ manual, "ABI Policy and Guidelines" (libstdc++-v3/doc/xml/manual/abi.xml),
 * which lists GCC releases up to 12.1.0; 13.1.0, 13.2.0 and 14.1.0 come from the current online
 * version of that page. GLIBCXX_3.4.34 (GCC 15) is seen in distributions but was not checked in
 * the manual, so it is not in the table.
 */
import { compareVersions } from '../version-compare.ts';

export interface DistroRow {
  /** Distribution name as users say it, e.g. "Debian", "RHEL, AlmaLinux, Rocky Linux". */
  distro: string;
  /** Release number, e.g. "12", "22.04". */
  release: string;
  /** Release code name, when the distribution uses one. */
  codename?: string;
  /** glibc version, e.g. "2.36"; `null` for musl-based distributions. */
  glibc: string | null;
  /** The C library when it is not glibc, e.g. "musl 1.2". */
  libc?: string;
  /** Newest GLIBCXX node of the system libstdc++.so.6, e.g. "GLIBCXX_3.4.30". */
  glibcxx?: string;
  /** Newest CXXABI node of the system libstdc++.so.6, e.g. "CXXABI_1.3.13". */
  cxxabi?: string;
  /** End of standard support, ISO date, only when sourced. */
  eol?: string;
  /** Where the numbers come from. */
  source: string;
}

export interface GccRow {
  /** GCC release that first shipped the version, e.g. "12.1.0". */
  gcc: string;
  glibcxx: string;
  cxxabi: string;
}

const PEP600 = 'https://github.com/mayeut/pep600_compliance/blob/2d70275ac1292c0f8750c0863df9d367a4967ebd/cache/x86_64/';
const PEP600_OLD = 'https://github.com/mayeut/pep600_compliance/blob/39d0f947a9c2942758dab061bc42d616cb7b8500/cache/x86_64/';
const RHEL = 'RHEL, AlmaLinux, Rocky Linux';

function row(distro: string, release: string, glibc: string, glibcxx: string, cxxabi: string, image: string, codename?: string): DistroRow {
  const base = image === 'ubuntu-16.04' ? PEP600_OLD : PEP600;
  return { distro, release, ...(codename ? { codename } : {}), glibc, glibcxx, cxxabi, source: `${base}${image}.json` };
}

/** glibc-based rows in display order: by distribution, oldest release first. */
export const glibcDistros: readonly DistroRow[] = [
  row('Debian', '9', '2.24', 'GLIBCXX_3.4.22', 'CXXABI_1.3.10', 'debian-9', 'stretch'),
  row('Debian', '10', '2.28', 'GLIBCXX_3.4.25', 'CXXABI_1.3.11', 'debian-10', 'buster'),
  row('Debian', '11', '2.31', 'GLIBCXX_3.4.28', 'CXXABI_1.3.12', 'debian-11', 'bullseye'),
  row('Debian', '12', '2.36', 'GLIBCXX_3.4.30', 'CXXABI_1.3.13', 'debian-12', 'bookworm'),
  row('Debian', '13', '2.41', 'GLIBCXX_3.4.33', 'CXXABI_1.3.15', 'debian-13', 'trixie'),
  row('Ubuntu', '16.04', '2.23', 'GLIBCXX_3.4.21', 'CXXABI_1.3.9', 'ubuntu-16.04'),
  row('Ubuntu', '18.04', '2.27', 'GLIBCXX_3.4.25', 'CXXABI_1.3.11', 'ubuntu-18.04'),
  row('Ubuntu', '20.04', '2.31', 'GLIBCXX_3.4.28', 'CXXABI_1.3.12', 'ubuntu-20.04'),
  row('Ubuntu', '22.04', '2.35', 'GLIBCXX_3.4.30', 'CXXABI_1.3.13', 'ubuntu-22.04'),
  row('Ubuntu', '24.04', '2.39', 'GLIBCXX_3.4.33', 'CXXABI_1.3.15', 'ubuntu-24.04'),
  row('Ubuntu', '24.10', '2.40', 'GLIBCXX_3.4.33', 'CXXABI_1.3.15', 'ubuntu-24.10'),
  row('Ubuntu', '25.04', '2.41', 'GLIBCXX_3.4.34', 'CXXABI_1.3.15', 'ubuntu-25.04'),
  row(RHEL, '7', '2.17', 'GLIBCXX_3.4.19', 'CXXABI_1.3.7', 'rhubi-7'),
  row(RHEL, '8', '2.28', 'GLIBCXX_3.4.25', 'CXXABI_1.3.11', 'rhubi-8'),
  row(RHEL, '9', '2.34', 'GLIBCXX_3.4.29', 'CXXABI_1.3.13', 'rhubi-9'),
  row(RHEL, '10', '2.39', 'GLIBCXX_3.4.33', 'CXXABI_1.3.15', 'rhubi-10'),
  row('Amazon Linux', '2', '2.26', 'GLIBCXX_3.4.24', 'CXXABI_1.3.11', 'amazonlinux-2'),
  row('Amazon Linux', '2023', '2.34', 'GLIBCXX_3.4.33', 'CXXABI_1.3.15', 'amazonlinux-2023'),
  row('openSUSE Leap', '15.5', '2.31', 'GLIBCXX_3.4.32', 'CXXABI_1.3.14', 'opensuse-15.5'),
  row('openSUSE Leap', '15.6', '2.38', 'GLIBCXX_3.4.33', 'CXXABI_1.3.15', 'opensuse-15.6'),
  row('Fedora', '39', '2.38', 'GLIBCXX_3.4.32', 'CXXABI_1.3.14', 'fedora-39'),
  row('Fedora', '40', '2.39', 'GLIBCXX_3.4.33', 'CXXABI_1.3.15', 'fedora-40'),
  row('Fedora', '41', '2.40', 'GLIBCXX_3.4.33', 'CXXABI_1.3.15', 'fedora-41'),
  row('Fedora', '42', '2.41', 'GLIBCXX_3.4.34', 'CXXABI_1.3.15', 'fedora-42'),
  row('Fedora', '43', '2.42', 'GLIBCXX_3.4.34', 'CXXABI_1.3.15', 'fedora-43'),
];

/** musl-based rows: no glibc at all, so no glibc version can be satisfied. */
export const muslDistros: readonly DistroRow[] = [
  {
    distro: 'Alpine',
    release: '3.13+',
    glibc: null,
    libc: 'musl 1.2',
    source: 'https://wiki.alpinelinux.org/wiki/Release_Notes_for_Alpine_3.13.0',
  },
];

export const distros: readonly DistroRow[] = [...glibcDistros, ...muslDistros];

const ABI_MANUAL = 'https://gcc.gnu.org/onlinedocs/libstdc++/manual/abi.html';
export const gccAbiSource = ABI_MANUAL;

/** GLIBCXX and CXXABI by GCC release, oldest first (GCC 4.8.0 to 14.1.0). */
export const gccReleases: readonly GccRow[] = [
  { gcc: '4.8.0', glibcxx: 'GLIBCXX_3.4.18', cxxabi: 'CXXABI_1.3.7' },
  { gcc: '4.8.3', glibcxx: 'GLIBCXX_3.4.19', cxxabi: 'CXXABI_1.3.7' },
  { gcc: '4.9.0', glibcxx: 'GLIBCXX_3.4.20', cxxabi: 'CXXABI_1.3.8' },
  { gcc: '5.1.0', glibcxx: 'GLIBCXX_3.4.21', cxxabi: 'CXXABI_1.3.9' },
  { gcc: '6.1.0', glibcxx: 'GLIBCXX_3.4.22', cxxabi: 'CXXABI_1.3.10' },
  { gcc: '7.1.0', glibcxx: 'GLIBCXX_3.4.23', cxxabi: 'CXXABI_1.3.11' },
  { gcc: '7.2.0', glibcxx: 'GLIBCXX_3.4.24', cxxabi: 'CXXABI_1.3.11' },
  { gcc: '8.1.0', glibcxx: 'GLIBCXX_3.4.25', cxxabi: 'CXXABI_1.3.11' },
  { gcc: '9.1.0', glibcxx: 'GLIBCXX_3.4.26', cxxabi: 'CXXABI_1.3.12' },
  { gcc: '9.2.0', glibcxx: 'GLIBCXX_3.4.27', cxxabi: 'CXXABI_1.3.12' },
  { gcc: '9.3.0', glibcxx: 'GLIBCXX_3.4.28', cxxabi: 'CXXABI_1.3.12' },
  { gcc: '10.1.0', glibcxx: 'GLIBCXX_3.4.28', cxxabi: 'CXXABI_1.3.12' },
  { gcc: '11.1.0', glibcxx: 'GLIBCXX_3.4.29', cxxabi: 'CXXABI_1.3.13' },
  { gcc: '12.1.0', glibcxx: 'GLIBCXX_3.4.30', cxxabi: 'CXXABI_1.3.13' },
  { gcc: '13.1.0', glibcxx: 'GLIBCXX_3.4.31', cxxabi: 'CXXABI_1.3.14' },
  { gcc: '13.2.0', glibcxx: 'GLIBCXX_3.4.32', cxxabi: 'CXXABI_1.3.14' },
  { gcc: '14.1.0', glibcxx: 'GLIBCXX_3.4.33', cxxabi: 'CXXABI_1.3.15' },
];

/** Parse "GLIBC_2.34", "2.34", "glibc 2.34" or [2, 34] into numbers. Throws on anything else. */
export function parseVersion(version: string | readonly number[], prefix = ''): number[] {
  if (Array.isArray(version)) {
    if (!version.length || !version.every((n) => Number.isInteger(n) && n >= 0)) throw new TypeError(`not a version: ${JSON.stringify(version)}`);
    return [...version];
  }
  const text = String(version).trim();
  const m = /^(?:([a-z]+)[_ ])?(\d{1,4}(?:\.\d{1,4}){0,3})$/i.exec(text);
  if (!m || (prefix && m[1] !== undefined && m[1].toUpperCase() !== prefix)) throw new TypeError(`not a version: "${text}"`);
  return m[2].split('.').map(Number);
}

export { compareVersions };

export interface GlibcSupport {
  /** Rows whose glibc is at least the version needed. */
  runs: DistroRow[];
  /** glibc rows whose glibc is older. */
  fails: DistroRow[];
  /** musl rows: no glibc, a glibc binary does not run there as is. */
  musl: DistroRow[];
}

/** Which distribution releases provide a glibc symbol version (glibc is backward compatible only). */
export function distrosForGlibc(version: string | readonly number[]): GlibcSupport {
  const need = parseVersion(version, 'GLIBC');
  const runs: DistroRow[] = [];
  const fails: DistroRow[] = [];
  const ok = hasGlibc(need);
  for (const r of glibcDistros) (ok(r) ? runs : fails).push(r);
  return { runs, fails, musl: [...muslDistros] };
}

function label(r: DistroRow): string {
  const name = r.distro === RHEL ? 'RHEL' : r.distro;
  return `${name} ${r.release}`;
}

/** One distribution's answer: the oldest release that has a version, the newest that lacks it. */
export interface DistroSupport {
  distro: string;
  oldestOk?: DistroRow;
  /** Whether newer releases than `oldestOk` are listed (so "and later" covers more than one). */
  newerListed: boolean;
  newestBad?: DistroRow;
}

/** Per distribution, in table order (rows are oldest first within a distribution). */
function supportByDistro(ok: (r: DistroRow) => boolean): DistroSupport[] {
  return [...new Set(glibcDistros.map((r) => r.distro))].map((distro) => {
    const rows = glibcDistros.filter((r) => r.distro === distro);
    const firstOk = rows.findIndex(ok);
    const bad = rows.filter((r) => !ok(r));
    return {
      distro,
      oldestOk: firstOk >= 0 ? rows[firstOk] : undefined,
      newerListed: firstOk >= 0 && firstOk < rows.length - 1,
      newestBad: bad[bad.length - 1],
    };
  });
}

const hasGlibc = (need: number[]) => (r: DistroRow) => compareVersions(parseVersion(r.glibc!), need) >= 0;

/** `supportByDistro` for a glibc symbol version: what the wizard lists and the sentence below says. */
export function glibcSupportByDistro(version: string | readonly number[]): DistroSupport[] {
  return supportByDistro(hasGlibc(parseVersion(version, 'GLIBC')));
}

function summarize(need: string, ok: (r: DistroRow) => boolean): string {
  const works: string[] = [];
  const broken: string[] = [];
  for (const d of supportByDistro(ok)) {
    if (d.oldestOk) works.push(label(d.oldestOk) + (d.newerListed ? '+' : ''));
    if (d.newestBad) broken.push(label(d.newestBad));
  }
  const parts = [`needs ${need}`];
  parts.push(works.length ? `runs on ${works.join(', ')}` : 'runs on none of the listed releases');
  if (broken.length) parts.push(`not on ${broken.join(', ')}`);
  return `${parts[0]}: ${parts.slice(1).join('; ')}`;
}

/**
 * One sentence per version, grouped by distribution: the oldest release that works ("Debian 12+")
 * and the newest one that does not ("Debian 11").
 */
export function summarizeGlibcSupport(version: string | readonly number[]): string {
  const need = parseVersion(version, 'GLIBC');
  return summarize(`GLIBC_${need.join('.')}`, hasGlibc(need));
}

/** The same for a libstdc++ node (`GLIBCXX_3.4.30` or `CXXABI_1.3.13`), from the system libstdc++. */
export function summarizeGlibcxxSupport(version: string): string {
  const { kind, need } = parseCxxVersion(version);
  return summarize(`${kind}_${need.join('.')}`, (r) => {
    const have = kind === 'GLIBCXX' ? r.glibcxx : r.cxxabi;
    return have !== undefined && compareVersions(parseVersion(have, kind), need) >= 0;
  });
}

function parseCxxVersion(version: string): { kind: 'GLIBCXX' | 'CXXABI'; need: number[] } {
  const text = String(version).trim();
  const m = /^(GLIBCXX|CXXABI)_(\d+(?:\.\d+){1,3})$/i.exec(text);
  if (m) return { kind: m[1].toUpperCase() as 'GLIBCXX' | 'CXXABI', need: m[2].split('.').map(Number) };
  // A bare number: 3.4.x is GLIBCXX, 1.3.x is CXXABI.
  const need = parseVersion(text);
  if (need[0] === 3) return { kind: 'GLIBCXX', need };
  if (need[0] === 1) return { kind: 'CXXABI', need };
  throw new TypeError(`not a GLIBCXX or CXXABI version: "${text}"`);
}

/**
 * The first GCC release whose libstdc++ provides a GLIBCXX or CXXABI version, or undefined when the
 * version is outside the table (older than GCC 4.8.0 or newer than GCC 14.1.0).
 */
export function gccForGlibcxx(version: string): GccRow | undefined {
  const { kind, need } = parseCxxVersion(version);
  const key = kind === 'GLIBCXX' ? 'glibcxx' : 'cxxabi';
  return gccReleases.find((r) => compareVersions(parseVersion(r[key], kind), need) === 0);
}
