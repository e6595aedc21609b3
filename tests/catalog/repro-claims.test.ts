/**
 * A page may only say that something was reproduced when the reproduction lab holds the output.
 *
 * Checked: every `messages[].source`, every `examples[].source` and the page's `reproduced` field.
 * Such a text **claims a reproduction** when it says "reproduced", "reproduction", "reproduces",
 * "repro" or names `repro/...`, not counting negations ("not reproduced", "could not be
 * reproduced", "no reproduction"). A claim is **backed** when
 *   1. every `repro/<case>` it names has a `repro/<case>/case.json` and at least one stored
 *      `expected*.txt`, or, when it names none, the page's own `repro/<slug>/case.json` exists
 *      with a stored output (a page's own case is where its captured outputs live);
 *   2. every `expected*.txt` it names is stored in one of those cases;
 *   3. it does not say the output was kept elsewhere ("not kept in repro/", "in /tmp").
 * tests/catalog/message-sources.test.ts checks separately that message sources are specific (a
 * file and a version, or a repro/ case); this test has no exception list.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, projectRoot } from '../../src/lib/catalog/load-node.ts';

const catalog = loadCatalog();
const repro = join(projectRoot, 'repro');

const NEGATED = /\b(?:not|never|cannot be|could not be|no)\s+(?:been\s+)?reproduc\w*/gi;
const CLAIM = /\breproduc\w*|\brepro\b/i;

export function claimsReproduction(text: string): boolean {
  return CLAIM.test(text.replace(NEGATED, ''));
}

const storedOutputs = (c: string): string[] => {
  const dir = join(repro, c);
  if (!existsSync(join(dir, 'case.json'))) return [];
  return readdirSync(dir).filter((f) => /^expected.*\.txt$/.test(f));
};

/** Why a reproduction claim of page `slug` is not backed, or null when it is (or is no claim). */
export function unbacked(slug: string, text: string): string | null {
  if (!claimsReproduction(text)) return null;
  if (/\bnot kept in repro|\/tmp\b/i.test(text)) return 'says the output was not kept in repro/';
  const named = [...text.matchAll(/\brepro\/([a-z0-9][a-z0-9-]*)/g)].map((m) => m[1]);
  const cases = named.length ? [...new Set(named)] : [slug];
  for (const c of cases) {
    if (!existsSync(join(repro, c, 'case.json'))) {
      return named.length ? `repro/${c} does not exist` : `names no repro/<case> and the page has no repro/${slug} case`;
    }
    if (!storedOutputs(c).length) return `repro/${c} has no stored expected*.txt`;
  }
  for (const f of new Set(text.match(/\bexpected[\w.-]*\.txt\b/g) ?? [])) {
    if (!cases.some((c) => storedOutputs(c).includes(f))) return `${f} is not stored in ${cases.map((c) => `repro/${c}`).join(' or ')}`;
  }
  return null;
}

const texts = catalog.flatMap((e) => [
  ...e.messages.map((m, i) => ({ slug: e.slug, where: `messages[${i}].source`, text: m.source })),
  ...e.examples.map((x, i) => ({ slug: e.slug, where: `examples[${i}].source`, text: x.source ?? '' })),
  ...(e.reproduced ? [{ slug: e.slug, where: 'reproduced', text: e.reproduced }] : []),
]);

describe('reproduction claims', () => {
  it('the definition tells backed claims from unbacked ones', () => {
    expect(claimsReproduction('glibc elf/dl-load.c (glibc 2.36); not reproduced here')).toBe(false);
    expect(claimsReproduction('format only; could not be reproduced on Debian 12')).toBe(false);
    expect(claimsReproduction('https://github.com/golang/go/issues/1')).toBe(false);
    expect(claimsReproduction('reproduced with go1.23.5')).toBe(true);
    expect(claimsReproduction('local reproduction in /tmp')).toBe(true);
    expect(unbacked('glibc-wrong-elf-class', 'repro/glibc-wrong-elf-class (expected-startup.txt)')).toBeNull();
    expect(unbacked('glibc-wrong-elf-class', 'glibc elf/dl-load.c (glibc 2.36); reproduced on Debian 12')).toBeNull();
    expect(unbacked('glibc-wrong-elf-class', 'repro/glibc-wrong-elf-class (expected-nothing.txt)')).not.toBeNull();
    expect(unbacked('glibc-wrong-elf-class', 'repro/no-such-case-here')).not.toBeNull();
    expect(unbacked('no-such-page', 'reproduced on Debian 12')).not.toBeNull();
    expect(unbacked('glibc-wrong-elf-class', 'local reproduction in /tmp (not kept in repro/)')).not.toBeNull();
  });

  it('every source or reproduced field that claims a reproduction names a stored output', () => {
    const bad = texts
      .map((t) => ({ ...t, why: unbacked(t.slug, t.text) }))
      .filter((t) => t.why)
      .map((t) => `${t.slug} ${t.where}: ${t.why}: ${t.text}`);
    expect(bad, 'capture the output with a repro case (repro/README.md) or stop saying it was reproduced').toEqual([]);
  });
});
