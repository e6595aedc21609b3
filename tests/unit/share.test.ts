/** What leaves the browser when a diagnosis is shared: matched lines with context, secrets redacted. */
import { describe, expect, it } from 'vitest';
import { GAP, shareExcerpt } from '../../src/lib/share/excerpt.ts';
import { REDACTED, redactSecrets } from '../../src/lib/share/redact.ts';

const r = (text: string) => redactSecrets(text).text;

describe('redactSecrets', () => {
  it('replaces tokens with known prefixes', () => {
    const samples = [
      `ghp_${'a'.repeat(36)}`,
      `github_pat_11ABCDEFG0${'x'.repeat(40)}`,
      'glpat-abcdefghij0123456789',
      'xoxb-1234567890-abcdefghij',
      'AKIAIOSFODNN7EXAMPLE',
      `AIza${'b'.repeat(35)}`,
      'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
      `npm_${'c'.repeat(36)}`,
      'pypi-AgEIcHlwaS5vcmcCJDU3OTM5',
      'sk-proj-abcdefghijklmnopqrstuvwx',
      `hf_${'d'.repeat(34)}`,
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    ];
    for (const token of samples) {
      const out = r(`using ${token} here`);
      expect(out, token).toBe(`using ${REDACTED} here`);
    }
  });

  it('replaces the values of KEY=, TOKEN=, PASSWORD= assignments and keeps the names', () => {
    expect(r('GITHUB_TOKEN=abc123 go build')).toBe(`GITHUB_TOKEN=${REDACTED} go build`);
    expect(r('export AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG"')).toBe(`export AWS_SECRET_ACCESS_KEY=${REDACTED}`);
    expect(r('db_password: hunter2')).toBe(`db_password: ${REDACTED}`);
    expect(r('--token=s3cr3t --api-key s')).toBe(`--token=${REDACTED} --api-key s`);
    expect(r("PASSWORD='a b c' next")).toBe(`PASSWORD=${REDACTED} next`);
    expect(r('Authorization: Bearer abcdefgh.ijklmnop')).toContain(`Bearer ${REDACTED}`);
    expect(r('Authorization: Bearer abcdefgh.ijklmnop')).not.toContain('abcdefgh');
    expect(r('curl -H "Authorization: Basic dXNlcjpwYXNzd29yZA=="')).not.toContain('dXNlcjpwYXNzd29yZA');
  });

  it('leaves ordinary build output alone', () => {
    for (const line of [
      "./app: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by ./app)",
      'github.com/ebitengine/purego.dlopenABI0: relocation target dlopen not defined',
      'go: downloading github.com/ebitengine/purego@v0.8.4',
      'go: golang.org/x/sys@v0.0.0-20220412211240-33da011f77ad: missing go.sum entry',
      'PWD=/src/app',
      'dyld[1234]: Library not loaded: @rpath/libfoo.dylib',
      'git@github.com: Permission denied (publickey).',
      '/home/runner/work/app/app/main.go:12: undefined: foo',
      'keyboard layout: us',
      '--- PASS: TestLoad (0.00s)',
    ]) {
      expect(r(line), line).toBe(line);
    }
  });

  it('replaces URL credentials, e-mail addresses and home-directory user names', () => {
    expect(r('fatal: could not read https://alice:tok3n@github.com/org/repo')).toBe(`fatal: could not read https://${REDACTED}@github.com/org/repo`);
    expect(r('Author: Alice <alice.smith+go@example.co.uk>')).toBe('Author: Alice <<email>>');
    expect(r('/home/alice/go/pkg/mod/x: no such file')).toBe('/home/<user>/go/pkg/mod/x: no such file');
    expect(r('/Users/bob/src/app/app')).toBe('/Users/<user>/src/app/app');
    expect(r('C:\\Users\\carol\\go\\bin\\app.exe')).toBe('C:\\Users\\<user>\\go\\bin\\app.exe');
  });

  it('replaces PEM private key blocks', () => {
    const out = r('before\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nAAAA\n-----END OPENSSH PRIVATE KEY-----\nafter');
    expect(out).toBe(`before\n${REDACTED}\nafter`);
  });

  it('counts what it replaced, and the result is stable', () => {
    const once = redactSecrets('GITHUB_TOKEN=abc /home/alice/x a@b.example.com');
    expect(once.count).toBe(3);
    expect(redactSecrets(once.text)).toEqual({ text: once.text, count: 0 });
  });

  it('stays fast on hostile input', () => {
    for (const text of ['a'.repeat(200_000), 'key='.repeat(50_000), `${'@a.'.repeat(60_000)}x`, `/home/${'x'.repeat(100_000)}`, ':// '.repeat(50_000)]) {
      const t = performance.now();
      redactSecrets(text);
      expect(performance.now() - t, text.slice(0, 12)).toBeLessThan(500);
    }
  });
});

describe('shareExcerpt', () => {
  const log = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`);
  it('keeps the matched lines with two lines around them, and marks the gaps', () => {
    expect(shareExcerpt(log.join('\n'), [10]).text.split('\n')).toEqual([GAP, 'line 8', 'line 9', 'line 10', 'line 11', 'line 12', GAP]);
    expect(shareExcerpt(log.join('\n'), [1, 4, 39]).text.split('\n')).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5', 'line 6', GAP, 'line 37', 'line 38', 'line 39', 'line 40']);
  });
  it('a one-line paste is shared as it is, and CRLF logs count lines as the matcher does', () => {
    expect(shareExcerpt('only line', [1]).text).toBe('only line');
    expect(shareExcerpt('a\r\nb\r\nc\r\nd\r\ne\r\nf', [5], 1).text).toBe(`${GAP}\nd\ne\nf`);
  });
  it('redacts the excerpt and says how many values it replaced', () => {
    const text = ['GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'github.com/ebitengine/purego.dlopenABI0: relocation target dlopen not defined', 'ok'].join('\n');
    const ex = shareExcerpt(text, [2]);
    expect(ex.text).not.toContain('ghp_');
    expect(ex.text).toContain('relocation target dlopen not defined');
    expect(ex.redacted).toBe(1);
  });
  it('shares the lines as pasted: quotes and spaces are not folded', () => {
    expect(shareExcerpt("./app: version `GLIBC_2.34'  not found", [1]).text).toBe("./app: version `GLIBC_2.34'  not found");
  });
  it('is bounded for huge pastes', () => {
    const big = `${'x'.repeat(5000)}\n`.repeat(200);
    expect(shareExcerpt(big, Array.from({ length: 200 }, (_, i) => i + 1)).text.length).toBeLessThanOrEqual(4100);
  });
});
