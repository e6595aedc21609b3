/**
 * The wizard's JavaScript budget: what /triage/ loads beyond what /errors/ (a Starlight page
 * without the island) loads must stay under 20 KB gzip. Reads dist/ after `astro build`.
 * Counted: module and classic script files, island component and renderer URLs, and every module
 * they import statically, plus inline scripts that /errors/ does not have. Not counted: the match
 * worker, which loads only for pastes above 200 KB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');
const BUDGET = 20 * 1024;

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Script URLs an HTML page loads, and its inline scripts. */
function pageScripts(html: string): { urls: string[]; inline: string[] } {
  const urls = new Set<string>();
  for (const [tag, name] of html.matchAll(/<(script|astro-island|link)\s[^>]*>/g)) {
    // URL-like attributes have no spaces, so splitting on whitespace is enough.
    const attrs: Record<string, string> = {};
    for (const part of tag.split(/\s+/)) {
      const m = /^([\w-]+)="([^"]*)"/.exec(part);
      if (m) attrs[m[1]] = m[2];
    }
    if (name === 'script' && attrs.src) urls.add(attrs.src);
    if (name === 'astro-island') for (const a of ['component-url', 'renderer-url']) if (attrs[a]) urls.add(attrs[a]);
    if (name === 'link' && attrs.rel === 'modulepreload') urls.add(attrs.href);
  }
  const inline = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc=/.test(m[1] ?? ''))
    .map((m) => m[2])
    .filter((body) => body.trim() && !/^\s*[[{]/.test(body)); // JSON data blocks are not code
  return { urls: [...urls], inline };
}

/** A module and everything it imports statically (Vite's output: `from"./x.js"`, `import"./x.js"`). */
function withImports(urls: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...urls];
  while (queue.length) {
    const url = queue.pop()!;
    if (seen.has(url) || !url.startsWith('/')) continue;
    seen.add(url);
    const file = join(dist, url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(posix.join(dirname(url), m[1]));
    }
  }
  return seen;
}

function load(path: string) {
  const html = readFileSync(join(dist, path), 'utf8');
  const { urls, inline } = pageScripts(html);
  return { files: withImports(urls), inline };
}

describe('wizard JavaScript size', () => {
  it('/triage/ loads under 20 KB gzip of JavaScript beyond what /errors/ loads', () => {
    expect(existsSync(join(dist, 'triage/index.html')), 'run `npx astro build` first').toBe(true);
    const triage = load('triage/index.html');
    const baseline = load('errors/index.html');
    const extraFiles = [...triage.files].filter((f) => !baseline.files.has(f));
    const extraInline = triage.inline.filter((s) => !baseline.inline.includes(s));
    const rows = extraFiles.map((f) => ({ file: f, gzip: gzip(readFileSync(join(dist, f))) }));
    rows.push(...extraInline.map((s, i) => ({ file: `(inline script ${i + 1})`, gzip: gzip(s) })));
    const total = rows.reduce((n, r) => n + r.gzip, 0);
    console.log(`wizard JS beyond /errors/: ${total} B gzip\n${rows.map((r) => `  ${r.gzip} B  ${r.file}`).join('\n')}`);
    expect(extraFiles.some((f) => f.includes('TriageWizard')), 'the island is among the extra files').toBe(true);
    expect(total).toBeLessThan(BUDGET);
  });
});
