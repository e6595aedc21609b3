/**
 * The reproduction lab's pure parts: the private apt sources derived from the machine's own, the
 * normalisation of cache paths, and the line each fix heading gets.
 */
import { describe, expect, it } from 'vitest';
import { deriveSourceLines, parseDeb822Sources, parseOneLineSources } from '../../scripts/repro/apt-sources.mjs';
import { normalise } from '../../scripts/repro/normalise.mjs';
import { fixVerification, type VerifiedFixRecord } from '../../src/lib/catalog/fix-verification.ts';

const deb822 = `Types: deb
# a comment inside the paragraph
URIs: http://archive.example/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://archive.example/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://src.example/debian
Suites: bookworm
Components: main

Types: deb
URIs: http://disabled.example/debian
Suites: bookworm
Components: main
Enabled: no
`;

describe('apt sources for the private configuration', () => {
  it('reads deb822 paragraphs, comments and Enabled: no', () => {
    const entries = parseDeb822Sources(deb822);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({
      types: ['deb'],
      uris: ['http://archive.example/debian'],
      suites: ['bookworm', 'bookworm-updates'],
      components: ['main'],
      signedBy: '/usr/share/keyrings/debian-archive-keyring.gpg',
      enabled: true,
    });
    expect(entries[3].enabled).toBe(false);
  });

  it('reads one-line entries with options and trailing comments', () => {
    const entries = parseOneLineSources(
      '# comment\ndeb [arch=amd64 signed-by=/k.gpg] http://one.example/debian bookworm main contrib # tail\ndeb http://two.example/debian bookworm-security main\n',
    );
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ uris: ['http://one.example/debian'], suites: ['bookworm'], components: ['main', 'contrib'], signedBy: '/k.gpg' });
    expect(entries[1].signedBy).toBeNull();
  });

  it('reuses the archive of the machine\'s own release for the other suites, and nothing else', () => {
    const entries = [...parseDeb822Sources(deb822), ...parseOneLineSources('deb http://third.example/apt cloud-sdk main\n')];
    expect(deriveSourceLines(entries, 'bookworm', ['bookworm-backports', 'sid'])).toEqual([
      'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://archive.example/debian bookworm-backports main',
      'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://archive.example/debian sid main',
    ]);
  });

  it('finds nothing to derive from when no source carries the release', () => {
    expect(deriveSourceLines(parseOneLineSources('deb http://x.example/debian trixie main\n'), 'bookworm', ['sid'])).toEqual([]);
  });
});

describe('normalisation of lab paths', () => {
  const paths = { tmp: ['/tmp/repro-x-abc'], cacheRoot: ['/work/repo/.cache/repro/root'], gocache: ['/work/repo/.cache/repro/gocache'] };

  it('shows a cached toolchain where its Debian package installs it', () => {
    const out = normalise('\t/work/repo/.cache/repro/root/usr/lib/go-1.27/src/runtime/panic.go:1243 +0x48\n', paths);
    expect(out).toBe('\t/usr/lib/go-1.27/src/runtime/panic.go:1243 +0xADDR\n');
  });

  it('replaces the temp dir and the shared build cache', () => {
    const out = normalise('/tmp/repro-x-abc/host/main.go:14 and /work/repo/.cache/repro/gocache/fb/fbeb-d(_go_.o)\n', paths);
    expect(out).toBe('$TMP/host/main.go:14 and $GOCACHE/fb/fbeb-d(_go_.o)\n');
  });

  it('keeps the running goroutine, even when it is locked to a thread, and drops the others', () => {
    const text = 'fatal error: x\n\ngoroutine 17 gp=0x1 m=1 [running, locked to thread]:\nmain.f()\n\ngoroutine 2 gp=0x2 m=nil [force gc (idle)]:\nruntime.gopark()\n';
    expect(normalise(text)).toBe('fatal error: x\n\ngoroutine N gp=0xADDR m=N [running, locked to thread]:\nmain.f()');
  });
});

describe('the verification line of a fix', () => {
  const records: VerifiedFixRecord[] = [
    { slug: 'p', fix: 'a', toolchain: 'go1.26.10', system: 'Debian 12 (glibc 2.36)', case: 'p' },
    { slug: 'p', fix: 'a', toolchain: 'go1.27.3', system: 'Debian 12 (glibc 2.36)', case: 'q' },
    { slug: 'p', fix: 'c', toolchain: 'gcc 12.2.0', system: 'Debian 12 (glibc 2.36)', case: 'p' },
  ];

  it('names every toolchain and system that proved it, and the cases', () => {
    expect(fixVerification('p', { id: 'a' }, records)).toEqual({
      status: 'verified',
      text: 'Verified with go1.26.10 and go1.27.3 on Debian 12 (glibc 2.36)',
      cases: ['p', 'q'],
    });
    expect(fixVerification('p', { id: 'c' }, records).text).toBe('Verified with gcc 12.2.0 on Debian 12 (glibc 2.36)');
  });

  it('says why not, or that no case runs it yet; never nothing', () => {
    expect(fixVerification('p', { id: 'b', notVerified: 'needs macOS' }, records)).toEqual({ status: 'not-verified', text: 'Not verified here: needs macOS' });
    expect(fixVerification('other', { id: 'a' }, records).status).toBe('pending');
  });
});
