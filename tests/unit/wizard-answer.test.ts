/** The wizard's answer helpers: out-of-scope text, captured values with plain labels. */
import { describe, expect, it } from 'vitest';
import { outOfScope } from '../../src/components/Wizard/no-match-help.ts';
import { captureRows } from '../../src/components/Wizard/capture-rows.ts';
import type { Capture } from '../../src/lib/matcher/index.ts';

describe('outOfScope', () => {
  it('names common Go output that is not a linker or loader error', () => {
    expect(outOfScope('panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:')?.what).toMatch(/run-time panic/);
    expect(outOfScope('fatal error: all goroutines are asleep - deadlock!')?.what).toMatch(/deadlock/);
    expect(outOfScope('  ./main.go:12:2: undefined: foo')?.what).toMatch(/compile error/);
    expect(outOfScope('--- FAIL: TestX (0.00s)\nFAIL\tgithub.com/x/y\t0.01s')?.what).toMatch(/failing Go test/);
    expect(outOfScope('go: github.com/x/y@v1.2.3: missing go.sum entry for go.mod file')?.what).toMatch(/module/);
  });
  it('leaves loader panics and unknown text alone', () => {
    expect(outOfScope('panic: Failed to load foo.dll: The specified module could not be found.')).toBeUndefined();
    expect(outOfScope('frobnicate: quux')).toBeUndefined();
  });
});

describe('captureRows', () => {
  const cap = (text: string, kind: Capture['kind']): Capture => ({ text, kind }) as Capture;
  it('gives plain labels and shows a value only once', () => {
    const rows = captureRows({ slug: 'x' } as never, { program: cap('./dlv', 'path'), library: cap('/lib/libc.so.6', 'library'), object: cap('./dlv', 'path'), fn: cap('dlopen', 'symbol') });
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['Program', './dlv'],
      ['Library', '/lib/libc.so.6'],
      ['C function', 'dlopen'],
    ]);
    expect(rows[2].note).toBe('a function of the C library');
  });
});
