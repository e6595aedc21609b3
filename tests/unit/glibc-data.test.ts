import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  distros,
  distrosForGlibc,
  gccForGlibcxx,
  gccReleases,
  glibcDistros,
  parseVersion,
  summarizeGlibcSupport,
  summarizeGlibcxxSupport,
} from '../../src/lib/data/glibc.ts';

const names = (rows: { distro: string; release: string }[]) => rows.map((r) => `${r.distro} ${r.release}`);

describe('the distribution table', () => {
  it('has a source URL for every row', () => {
    for (const r of distros) expect(r.source, `${r.distro} ${r.release}`).toMatch(/^https:\/\//);
  });

  it.each([
    ['Debian', '11', '2.31'],
    ['Debian', '12', '2.36'],
    ['Ubuntu', '20.04', '2.31'],
    ['Ubuntu', '22.04', '2.35'],
    ['RHEL, AlmaLinux, Rocky Linux', '8', '2.28'],
    ['RHEL, AlmaLinux, Rocky Linux', '9', '2.34'],
    ['Amazon Linux', '2', '2.26'],
    ['Amazon Linux', '2023', '2.34'],
  ])('lists %s %s with glibc %s', (distro, release, glibc) => {
    expect(glibcDistros.find((r) => r.distro === distro && r.release === release)?.glibc).toBe(glibc);
  });

  it('keeps glibc rising within each distribution, oldest release first', () => {
    for (const name of new Set(glibcDistros.map((r) => r.distro))) {
      const versions = glibcDistros.filter((r) => r.distro === name).map((r) => parseVersion(r.glibc!));
      for (let i = 1; i < versions.length; i++) expect(compareVersions(versions[i], versions[i - 1])).toBeGreaterThanOrEqual(0);
    }
  });

  it('lists Alpine as musl, with no glibc version', () => {
    const alpine = distros.find((r) => r.distro === 'Alpine');
    expect(alpine?.glibc).toBeNull();
    expect(alpine?.libc).toMatch(/^musl/);
  });
});

describe('parseVersion', () => {
  it.each([
    ['GLIBC_2.34', [2, 34]],
    ['2.34', [2, 34]],
    ['glibc 2.17', [2, 17]],
    [[2, 28], [2, 28]],
  ] as const)('reads %j as %j', (input, expected) => {
    expect(parseVersion(input as string | number[])).toEqual(expected);
  });

  it.each(['', 'GLIBC_', 'latest', '2.x'])('rejects %j', (input) => {
    expect(() => parseVersion(input)).toThrow(TypeError);
  });

  it('rejects a GLIBCXX version where a GLIBC one is expected', () => {
    expect(() => distrosForGlibc('GLIBCXX_3.4.30')).toThrow(TypeError);
  });
});

describe('distrosForGlibc', () => {
  it('says a binary needing GLIBC_2.34 runs on Debian 12, Ubuntu 22.04, RHEL 9 and Amazon Linux 2023', () => {
    const { runs } = distrosForGlibc('GLIBC_2.34');
    expect(names(runs)).toEqual(expect.arrayContaining(['Debian 12', 'Ubuntu 22.04', 'RHEL, AlmaLinux, Rocky Linux 9', 'Amazon Linux 2023']));
  });

  it('says a binary needing GLIBC_2.34 fails on Debian 11, Ubuntu 20.04, RHEL 8 and Amazon Linux 2', () => {
    const { fails } = distrosForGlibc('2.34');
    expect(names(fails)).toEqual(expect.arrayContaining(['Debian 11', 'Ubuntu 20.04', 'RHEL, AlmaLinux, Rocky Linux 8', 'Amazon Linux 2']));
    expect(names(fails)).not.toContain('Debian 12');
  });

  it('treats an exact match as running (glibc 2.31 satisfies GLIBC_2.31)', () => {
    expect(names(distrosForGlibc([2, 31]).runs)).toContain('Debian 11');
  });

  it('puts musl distributions apart, never in runs', () => {
    const result = distrosForGlibc('2.17');
    expect(names(result.musl)).toEqual(['Alpine 3.13+']);
    expect(result.runs.every((r) => r.glibc !== null)).toBe(true);
    expect(result.fails).toEqual([]);
  });

  it('compares numerically, not as text (2.4 is older than 2.17)', () => {
    expect(distrosForGlibc('2.4').fails).toEqual([]);
  });
});

describe('summarizeGlibcSupport', () => {
  it.each([
    [
      'GLIBC_2.34',
      'needs GLIBC_2.34: runs on Debian 12+, Ubuntu 22.04+, RHEL 9+, Amazon Linux 2023, openSUSE Leap 15.6, Fedora 39+; not on Debian 11, Ubuntu 20.04, RHEL 8, Amazon Linux 2, openSUSE Leap 15.5',
    ],
    ['GLIBC_2.17', 'needs GLIBC_2.17: runs on Debian 9+, Ubuntu 16.04+, RHEL 7+, Amazon Linux 2+, openSUSE Leap 15.5+, Fedora 39+'],
  ])('summarises %s by distribution', (version, sentence) => {
    expect(summarizeGlibcSupport(version)).toBe(sentence);
  });

  it('says when no listed release is new enough', () => {
    expect(summarizeGlibcSupport('2.99')).toMatch(/^needs GLIBC_2\.99: runs on none of the listed releases; not on Debian 13,/);
  });
});

describe('gccForGlibcxx', () => {
  it.each([
    ['GLIBCXX_3.4.19', '4.8.3'],
    ['GLIBCXX_3.4.21', '5.1.0'],
    ['GLIBCXX_3.4.28', '9.3.0'],
    ['GLIBCXX_3.4.29', '11.1.0'],
    ['GLIBCXX_3.4.30', '12.1.0'],
    ['GLIBCXX_3.4.32', '13.2.0'],
    ['GLIBCXX_3.4.33', '14.1.0'],
    ['CXXABI_1.3.13', '11.1.0'],
    ['CXXABI_1.3.15', '14.1.0'],
    ['3.4.25', '8.1.0'],
  ])('finds that %s first came with GCC %s', (version, gcc) => {
    expect(gccForGlibcxx(version)?.gcc).toBe(gcc);
  });

  it.each(['GLIBCXX_3.4.34', 'GLIBCXX_3.4.5', 'CXXABI_1.3.99'])('returns undefined for %s, which is outside the table', (version) => {
    expect(gccForGlibcxx(version)).toBeUndefined();
  });

  it('keeps the GCC table in release order with rising GLIBCXX versions', () => {
    for (let i = 1; i < gccReleases.length; i++) {
      expect(compareVersions(parseVersion(gccReleases[i].glibcxx, 'GLIBCXX'), parseVersion(gccReleases[i - 1].glibcxx, 'GLIBCXX'))).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('summarizeGlibcxxSupport', () => {
  it('says GLIBCXX_3.4.30 needs Debian 12 or Ubuntu 22.04, and RHEL 9 is too old', () => {
    const s = summarizeGlibcxxSupport('GLIBCXX_3.4.30');
    expect(s).toMatch(/runs on Debian 12\+, Ubuntu 22\.04\+, RHEL 10,/);
    expect(s).toMatch(/not on Debian 11, Ubuntu 20\.04, RHEL 9,/);
  });
});
