/**
 * The Chinese edition stays in step with the English pages: each translation exists for an English
 * page, and keeps the data-bearing parts of its body (two sections, one heading per fix in order,
 * every code block and component verbatim, the same links to other error pages). Prose is free.
 * `translatedFrom` names the English version it was made from; `scripts/translation-status.ts`
 * lists the translations whose English page changed since.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadTranslations, projectRoot, readErrorFiles } from '../../src/lib/catalog/load-node.ts';
import { splitFrontmatter } from '../../src/lib/catalog/parse.ts';
import { bodyShape, translatedFixSlugs, translationProblems } from '../../src/lib/catalog/translation-check.ts';

const entries = loadCatalog();
const bySlug = new Map(entries.map((e) => [e.slug, e]));
const bodies = new Map(readErrorFiles().map(({ file, source }) => [file.replace(/^.*\//, '').replace(/\.mdx$/, ''), splitFrontmatter(source)!.body]));
const translations = loadTranslations('zh-cn', entries);

// Pages still to translate. The list may only shrink: a page missing from both the translations
// and this list fails, and so does a listed page that has been translated (delete its line).
const untranslatedFile = join(projectRoot, 'src/content/errors-zh-cn/untranslated.txt');
const untranslated = existsSync(untranslatedFile)
  ? readFileSync(untranslatedFile, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
  : [];

describe('zh-cn translations', () => {
  it('exist for at least one page (the check below is not vacuous)', () => {
    expect(translations.length).toBeGreaterThan(0);
  });

  it('cover every English page, except the ones listed in untranslated.txt (a list that only shrinks)', () => {
    const have = new Set(translations.map((t) => t.slug));
    expect(entries.filter((e) => !have.has(e.slug) && !untranslated.includes(e.slug)).map((e) => e.slug), 'translate these pages').toEqual([]);
    expect(untranslated.filter((s) => have.has(s)), 'translated now: delete these lines from src/content/errors-zh-cn/untranslated.txt').toEqual([]);
    expect(untranslated.filter((s) => !bySlug.has(s)), 'no such English page').toEqual([]);
  });

  for (const t of translations) {
    describe(t.slug, () => {
      it('keeps the English page\'s fixes, commands, components and links', () => {
        const entry = bySlug.get(t.slug)!;
        expect(translationProblems(bodies.get(t.slug)!, t.body, entry.fixes.map((f) => f.id))).toEqual([]);
      });
      it('has a whole one-sentence description (an unquoted ` #` or `: ` in YAML cuts it short silently)', () => {
        expect(t.description).toMatch(/[。．.！？!?）)”」]$/);
      });
      it('gives every fix heading its own anchor (they map to the English fix ids by position)', () => {
        expect(new Set(translatedFixSlugs(t.body)).size).toBe(bySlug.get(t.slug)!.fixes.length);
      });
    });
  }
});

describe('translation check', () => {
  const english = '## What went wrong\n\nText.\n\n## How to fix\n\n### First\n\n```sh\nCGO_ENABLED=0 go build .\n```\n\n### Second\n\nSee [x](/errors/other/).\n';
  it('accepts translated prose around the same data', () => {
    const zh = '## 出了什么问题\n\n说明。\n\n## 如何修复\n\n### 第一\n\n```sh\nCGO_ENABLED=0 go build .\n```\n\n### 第二\n\n见 [x](/zh-cn/errors/other/)。\n';
    expect(translationProblems(english, zh, ['first', 'second'])).toEqual([]);
  });
  it('rejects a changed command, a missing fix and a missing link', () => {
    const zh = '## 出了什么问题\n\n说明。\n\n## 如何修复\n\n### 第一\n\n```sh\nCGO_ENABLED=0 go build -o app .\n```\n';
    const problems = translationProblems(english, zh, ['first', 'second']);
    expect(problems.some((p) => p.includes('fix headings'))).toBe(true);
    expect(problems.some((p) => p.includes('code block 1 differs'))).toBe(true);
    expect(problems.some((p) => p.includes('/errors/other/'))).toBe(true);
  });
  it('reads headings inside code blocks as code', () => {
    expect(bodyShape('## A\n\n```sh\n## not a heading\n```\n\n## B\n\n### C\n').fixHeadings).toEqual(['C']);
  });
});
