/**
 * Every compiled pattern (message templates of every page, every line of a template of several
 * lines, and the error-code patterns) passes eslint-plugin-regexp's super-linear rules and
 * recheck's ReDoS checks (the exact automaton checker on every pattern, the fuzz checker on
 * the pattern shapes it cannot decide). Patterns are generated at run time, so they are linted
 * here rather than by `npm run lint`. The template fixtures cover every template feature (optional parts, gaps,
 * the C-toolchain hole kinds).
 */
import { Linter } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { check } from 'recheck';
import { afterAll, describe, expect, it } from 'vitest';
import { readErrorFiles } from '../../src/lib/catalog/load-node.ts';
import { buildCatalogWithProblems } from '../../src/lib/catalog/parse.ts';
import { compile } from '../../src/lib/matcher/index.ts';
import { fixtureEntries } from './fixture-entries.ts';
import { patternShape } from './pattern-shape.ts';
import { templateFixtureEntries } from './template-fixtures.ts';

const { entries: catalog } = buildCatalogWithProblems(readErrorFiles(), { lenient: true });
const patterns = [...compile(catalog).patterns, ...compile(fixtureEntries).patterns, ...compile(templateFixtureEntries).patterns];
const regexes = patterns.flatMap((p) => [p, ...(p.lines ?? []).map((l) => ({ slug: p.slug, source: l.source, flags: '' }))]);
const unique = [...new Map(regexes.map((p) => [`/${p.source}/${p.flags}`, p])).values()];

describe('compiled patterns', () => {
  it('each have a prefilter literal of 3+ characters that their source contains', () => {
    for (const p of patterns) {
      expect(p.literal.length, p.source).toBeGreaterThanOrEqual(3);
      expect(p.source.toLowerCase().replace(/\\/g, ''), p.slug).toContain(p.literal.toLowerCase());
    }
  });

  it('pass no-super-linear-backtracking and no-super-linear-move', () => {
    const linter = new Linter({ configType: 'flat' });
    const code = unique.map((p, i) => `export const p${i} = new RegExp(${JSON.stringify(p.source)}, ${JSON.stringify(p.flags)});`).join('\n');
    const messages = linter.verify(code, [
      {
        plugins: { regexp },
        rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' },
      },
    ]);
    expect(messages.map((m) => `${unique[m.line - 1]?.slug}: /${unique[m.line - 1]?.source}/ ${m.message}`)).toEqual([]);
    // The rule does fire on a known-bad pattern, so the check above can fail.
    const bad = linter.verify('export const r = new RegExp("^(a+)+$", "");', [
      { plugins: { regexp }, rules: { 'regexp/no-super-linear-backtracking': 'error' } },
    ]);
    expect(bad.length).toBeGreaterThan(0);
  });

  it('are judged safe by recheck: the exact automaton checker on every pattern, the fuzz checker where it cannot decide', async () => {
    // The automaton checker is exact and, on these literal-led bounded patterns, fast (all of
    // them in about a second); a pattern it cannot decide (status unknown: too big, timed out)
    // goes to the fuzz checker, once per pattern shape (pattern-shape.ts: patterns that differ
    // only in literal text backtrack alike), and every pattern of a shape the fuzz checker
    // flags is checked itself.
    const unsafe: string[] = [];
    const undecided: typeof unique = [];
    const queue = [...unique];
    // A few checks at a time: the native backend runs them in its own process.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let p = queue.shift(); p; p = queue.shift()) {
          const r = await check(p.source, p.flags, { checker: 'automaton', timeout: 30_000 });
          if (r.status === 'vulnerable') unsafe.push(`${p.slug}: /${p.source}/ automaton: ${r.complexity?.type}`);
          else if (r.status !== 'safe') undecided.push(p);
        }
      }),
    );
    const shapes = new Map<string, { source: string; flags: string; patterns: typeof unique }>();
    for (const p of undecided) {
      const source = patternShape(p.source, p.flags);
      const entry = shapes.get(`/${source}/${p.flags}`) ?? { source, flags: p.flags, patterns: [] };
      entry.patterns.push(p);
      shapes.set(`/${source}/${p.flags}`, entry);
    }
    const fuzz = (source: string, flags: string) => check(source, flags, { checker: 'fuzz', randomSeed: 20261123, timeout: 10_000 });
    for (const shape of shapes.values()) {
      if ((await fuzz(shape.source, shape.flags)).status !== 'vulnerable') continue;
      for (const p of shape.patterns) {
        const r = await fuzz(p.source, p.flags);
        if (r.status === 'vulnerable') unsafe.push(`${p.slug}: /${p.source}/ fuzz: ${r.complexity?.type}, automaton: undecided`);
      }
    }
    expect(unsafe).toEqual([]);
    // Both checkers do flag known-bad patterns (exponential and polynomial), so the checks above can fail.
    expect((await check('^(a+)+$', '', { checker: 'automaton', timeout: 5000 })).status).toBe('vulnerable');
    expect((await check('^\\w*\\w*x$', '', { checker: 'automaton', timeout: 5000 })).status).toBe('vulnerable');
    const bad = await check('^(a+)+$', '', { checker: 'fuzz', timeout: 5000 });
    expect(bad.status).toBe('vulnerable');
    expect((await fuzz(patternShape('^(x+)+y$', ''), '')).status).toBe('vulnerable');
  }, 300_000);

  it('share a shape when they differ only in literal text', () => {
    expect(patternShape('libfoo: (?<a>[^\\s]{1,9}) not found', '')).toBe(patternShape('libbar: (?<b>[^\\s]{1,9}) not here', ''));
    expect(patternShape('x(?<a>[\\w]{1,9})y', '')).not.toBe(patternShape('x(?<a>[\\w]{1,9}):', ''));
  });
});

afterAll(() => {
  // recheck's native backend keeps a child process; it is unref'd, nothing else to close.
});
