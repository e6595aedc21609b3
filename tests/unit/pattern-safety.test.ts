/**
 * Every compiled pattern (message templates of every page, every line of a template of several
 * lines, and the error-code patterns) passes eslint-plugin-regexp's super-linear rules and
 * recheck's ReDoS check. Patterns are generated at run time, so they are linted here rather than
 * by `npm run lint`. The template fixtures cover every template feature (optional parts, gaps,
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

  it('are judged safe by recheck (fuzz checker)', async () => {
    const unsafe: string[] = [];
    const queue = [...unique];
    // A few checks at a time: the native backend runs them in its own process.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let p = queue.shift(); p; p = queue.shift()) {
          // The fuzz checker is fast but heuristic (a fixed seed keeps it repeatable); anything it
          // flags is confirmed by the exact automaton checker before the test fails.
          const r = await check(p.source, p.flags, { checker: 'fuzz', randomSeed: 20261123, timeout: 10_000 });
          if (r.status !== 'vulnerable') continue;
          const exact = await check(p.source, p.flags, { checker: 'automaton', timeout: 60_000 });
          if (exact.status !== 'safe') unsafe.push(`${p.slug}: /${p.source}/ fuzz: ${r.complexity?.type}, automaton: ${exact.status}`);
        }
      }),
    );
    expect(unsafe).toEqual([]);
    const bad = await check('^(a+)+$', '', { checker: 'fuzz', timeout: 5000 });
    expect(bad.status).toBe('vulnerable');
  }, 300_000);
});

afterAll(() => {
  // recheck's native backend keeps a child process; it is unref'd, nothing else to close.
});
