/**
 * The matcher never throws and stays linear: seeded random inputs, pathological inputs, and a
 * growth check (4x the input must cost far less than 16x the time).
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/matcher/index.ts';
import { fixtureEntries } from './fixture-entries.ts';
import { readErrorFiles } from '../../src/lib/catalog/load-node.ts';
import { buildCatalogWithProblems } from '../../src/lib/catalog/parse.ts';
import { seededRandom as rng } from '../../scripts/lib/seeded-random.ts';

// The real catalog plus the fixtures (validity of the catalog itself is tests/catalog's job).
const { entries: catalog } = buildCatalogWithProblems(readErrorFiles(), { lenient: true });
const matcher = compile([...fixtureEntries.filter((e) => !catalog.some((c) => c.slug === e.slug)), ...catalog]);

const FRAGMENTS = [
  'relocation target ', ' not defined', 'plugin.Open("', '"): ', 'version `GLIBC_2.', "' not found", 'error 126', '0xc0000135',
  'dyld[', ']: Library not loaded: ', '\n', '\r\n', '\x1b[31m', ': cannot open shared object file', '{', '}', '\\n', '&#39;',
  '\0', '\ud800', 'é', '    ', 'github.com/ebitengine/purego.', 'dlopen', 'link: ', 'invalid reference to ', '(SDYNIMPORT)',
];

function randomInput(next: () => number): string {
  const parts: string[] = [];
  const n = Math.floor(next() * 40);
  for (let i = 0; i < n; i++) {
    if (next() < 0.6) parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]);
    else parts.push(String.fromCharCode(Math.floor(next() * 0x3000)));
  }
  return parts.join('');
}

describe('robustness', () => {
  it('never throws on 10,000 seeded random inputs', () => {
    const next = rng(20261123);
    for (let i = 0; i < 10_000; i++) {
      const input = randomInput(next);
      expect(() => matcher.match(input), `seed 20261123, input ${i}: ${JSON.stringify(input)}`).not.toThrow();
    }
  });

  const MB = 1 << 20;
  it.each([
    ['1 MB of one character', 'a'.repeat(MB)],
    ['1 MB of spaces', ' '.repeat(MB)],
    ['1 MB without a newline', 'relocation target x '.repeat(MB / 20)],
    ['1 MB of NUL bytes', '\0'.repeat(MB)],
    ['lone surrogates', '\ud800'.repeat(MB / 4)],
    ['100k lines of near misses', 'github.com/ebitengine/purego.dlopenABI0: relocation target dlopen not defineX\n'.repeat(100_000)],
    ['100k lines of repeated literal hits', 'cannot open shared object file\n'.repeat(100_000)],
  ])('handles %s without throwing, in bounded time', (_name, input) => {
    const started = performance.now();
    expect(() => matcher.match(input)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('grows linearly: 4x the near-miss input takes well under 16x the time', () => {
    const line = 'app.so: relocation target dlopen not defined for ABI0 (but is defined for' + ' x'.repeat(50) + '\n';
    const time = (n: number) => {
      const input = line.repeat(n);
      const runs = [0, 1, 2].map(() => {
        const t = performance.now();
        matcher.match(input);
        return performance.now() - t;
      });
      return runs.sort((a, b) => a - b)[1];
    };
    time(2000);
    const small = time(5000);
    const large = time(20_000);
    expect(large / Math.max(small, 0.5)).toBeLessThan(10);
  });
});
