/**
 * Every message variant says where its text comes from, precisely enough to check it again.
 *
 * A `messages[].source` is **specific** when it does at least one of:
 *   1. names a reproduction: `repro/<case>` where `repro/<case>/case.json` exists (the stored
 *      `expected*.txt` of that case are the evidence);
 *   2. names a source file AND a version of the program it belongs to. A file is a name with a
 *      source extension (`loader.go`, `dl-version.c`, `DyldAPIs.cpp`, `ntstatus.h`,
 *      `winerror.mc`, `system-error-codes--0-499-.md`...). A version is a release or tag
 *      (`go1.23.5`, `go1.8`, `glibc-2.36`, `glibc 2.36`, `musl 1.2.3`, `v1.2.3`, `dyld-1378`,
 *      `purego v0.8.4`, `bash 5.2`, `dash 0.5.12`, `runc v1.1.12`, Windows SDK `10.0.22621.0`)
 *      or a commit (`commit 5047c08`, `@5047c08`, `HEAD d476432`).
 *      Other tools count the same way: `ld64-956.6`, `gcc 12.2`, `binutils 2.40`, `pkg-config 0.29`.
 *   3. for a closed-source program, says `closed source (<program>): ...` and names two reports
 *      (URLs) that print the wording.
 * Anything else is **vague**: "seen in reports", a report URL alone, "the research dossier",
 * "current source", a file without a version, or a version without a file. A report is good
 * evidence for an example, not for a message template.
 *
 * Separately, a source that says "reproduced" (and not "not reproduced") must name the
 * `repro/<case>` that holds the output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, projectRoot } from '../../src/lib/catalog/load-node.ts';

const catalog = loadCatalog();

// Run over the catalog's own frontmatter (trusted, short lines), not over pasted text.
const FILE =
  // eslint-disable-next-line regexp/no-super-linear-backtracking
  /(?:^|[\s(`'",;:])(?:[\w.+-]+\/)*[\w+-]+(?:[\w.+-]*[\w+-])?\.(?:go|[chsSy]|cc|cpp|asm|mc|md|cs|py|rs|def|rc|in|sh|java|zig)(?=$|[\s)`'",;:])/;
const VERSION = new RegExp(
  [
    String.raw`\bgo1\.\d+(?:\.\d+)?`,
    String.raw`\bglibc[- ]2\.\d+`,
    String.raw`\bmusl v?1\.\d+\.\d+`,
    String.raw`\bv\d+\.\d+\.\d+`,
    String.raw`\bdyld-\d+`,
    String.raw`\bbash[- ]\d+\.\d+`,
    String.raw`\bdash \d+\.\d+\.\d+`,
    String.raw`\b10\.0\.\d{5}(?:\.\d+)?`,
    String.raw`\b(?:ld64|cctools|dyld)-\d+`,
    String.raw`\b(?:gcc|clang|lld|llvm|binutils|pkg-config|pkgconf|zsh|busybox|mingw-w64) v?\d+(?:\.\d+)*`,
    String.raw`(?:\bcommit |@|\bHEAD )[0-9a-f]{7,40}\b`,
  ].join('|'),
);

function reproCases(source: string): string[] {
  return [...source.matchAll(/\brepro\/([a-z0-9][a-z0-9-]*)/g)].map((m) => m[1]);
}

/**
 * A closed-source program (xcrun, Apple's ld-prime, ...) has no source file to cite. Its wording
 * counts as specific only when the source says so, `closed source (<program and version>): ...`,
 * and names at least two reports (URLs) that print it.
 */
const CLOSED_SOURCE = /^closed source \([^)]+\):/;

/** Why a source is vague, or null when it is specific. */
export function vagueness(source: string): string | null {
  if (reproCases(source).some((c) => existsSync(join(projectRoot, 'repro', c, 'case.json')))) return null;
  if (CLOSED_SOURCE.test(source)) {
    return (source.match(/https:\/\/\S+/g)?.length ?? 0) >= 2 ? null : 'closed source, but fewer than two reports that print it';
  }
  const file = FILE.test(source);
  const version = VERSION.test(source);
  if (file && version) return null;
  if (file) return 'names a file but no version';
  if (version) return 'names a version but no file';
  return 'names neither a file with a version nor a repro/ case';
}

/**
 * Sources that were vague when this test was written and are not fixed yet. The list may only
 * shrink: the test fails when a vague source is missing from it (fix the source instead of adding
 * it) and when a listed source is no longer vague or no longer exists (delete its line).
 */
const listFile = join(projectRoot, 'tests/catalog/vague-message-sources.txt');
const listed = readFileSync(listFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));
const key = (s: { slug: string; source: string }) => `${s.slug}: ${s.source}`;

const sources = catalog.flatMap((e) => e.messages.map((m, i) => ({ slug: e.slug, i, text: m.text, source: m.source })));

describe('message sources', () => {
  it('the definition tells specific from vague', () => {
    expect(vagueness('src/cmd/link/internal/loader/loader.go (go1.23.5 line 458)')).toBeNull();
    expect(vagueness('glibc elf/dl-version.c match_symbol (glibc-2.36 line 144)')).toBeNull();
    expect(vagueness('purego func.go (v0.7.0 line 384 to v0.11.2 line 647)')).toBeNull();
    expect(vagueness('repro/plugin-already-loaded')).toBeNull();
    expect(vagueness('seen in reports (golang/go#10256)')).not.toBeNull();
    expect(vagueness('src/runtime/error.go (*TypeAssertionError).Error')).not.toBeNull();
    expect(vagueness('Go 1.4 linker (tag go1.4)')).not.toBeNull();
    expect(vagueness('repro/no-such-case-here')).not.toBeNull();
    expect(vagueness('closed source (xcrun, Xcode 15): as printed in https://github.com/a/b/issues/1 and https://github.com/c/d/issues/2')).toBeNull();
    expect(vagueness('closed source (xcrun): as printed in https://github.com/a/b/issues/1')).not.toBeNull();
  });

  it('every message source names a file and a version, or a repro/ case', () => {
    const vague = sources
      .map((s) => ({ ...s, why: vagueness(s.source) }))
      .filter((s) => s.why && !listed.includes(key(s)))
      .map((s) => `${s.slug} messages[${s.i}] "${s.text.split('\n')[0]}": ${s.why}: ${s.source}`);
    expect(vague, 'see the definition at the top of tests/catalog/message-sources.test.ts').toEqual([]);
  });

  it('lists in vague-message-sources.txt only sources that are still vague (the list only shrinks)', () => {
    const now = new Set(sources.filter((s) => vagueness(s.source) || /\breproduced\b/i.test(s.source)).map(key));
    expect(listed.filter((l) => !now.has(l)), 'delete these lines from tests/catalog/vague-message-sources.txt').toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('a source that says "reproduced" names the repro/ case that holds the output', () => {
    const bad = sources
      .filter((s) => /\breproduced\b/i.test(s.source.replace(/\bnot (?:been )?reproduced\b/gi, '')))
      .filter((s) => !reproCases(s.source).some((c) => existsSync(join(projectRoot, 'repro', c, 'case.json'))))
      .filter((s) => !listed.includes(key(s)))
      .map((s) => `${s.slug} messages[${s.i}]: ${s.source}`);
    expect(bad).toEqual([]);
  });

  it('every example cites a report URL or a repro/ case (no unstored local runs)', () => {
    const bad = catalog.flatMap((e) =>
      e.examples
        .filter((x) => !/https?:\/\//.test(x.source) && !reproCases(x.source).some((c) => existsSync(join(projectRoot, 'repro', c, 'case.json'))))
        .map((x) => `${e.slug}: ${x.source}`),
    );
    expect(bad, 'store the output in a repro/ case or cite the report it was pasted from').toEqual([]);
  });
});
