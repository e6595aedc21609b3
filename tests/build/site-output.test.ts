/**
 * The built site (dist/, made by `astro build` before this suite runs): one page per error, the
 * JSON index, alias redirects, and no dead internal links or anchors.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load-node.ts';
import { INDEX_VERSION } from '../../src/lib/catalog/index-json.ts';
import { fixVerification, type VerifiedFixRecord } from '../../src/lib/catalog/fix-verification.ts';
import { errorEntrySchema } from '../../src/lib/schema/error-entry.ts';

const dist = join(import.meta.dirname, '../../dist');
const catalog = loadCatalog();
const read = (p: string) => readFileSync(join(dist, p), 'utf8');

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) htmlFiles(p, out);
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

describe('the built site', () => {
  it('was built (run `npm run build` first)', () => {
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });

  it.each(catalog.map((e) => e.slug))('has a page for %s at /errors/<slug>/', (slug) => {
    const html = read(`errors/${slug}/index.html`);
    expect(html).toContain('data-pagefind-body');
    expect(html).toMatch(/data-pagefind-filter="family\[content\]"/);
  });

  it.each(catalog.map((e) => e.slug))('renders %s in the fixed section order', (slug) => {
    const html = read(`errors/${slug}/index.html`);
    const main = html.slice(html.indexOf('<main'));
    const ids = [...main.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]).filter((id) => !id.startsWith('starlight__'));
    expect(ids).toEqual(['quick-fix', 'message', 'what-went-wrong', 'how-to-fix', 'examples', 'applies-to', 'sources', 'see-also']);
    for (const fix of catalog.find((e) => e.slug === slug)!.fixes) expect(main).toContain(`id="${fix.id}"`);
  });

  it.each(catalog.map((e) => e.slug))('puts the quick fix of %s before the message, with no previous/next cards', (slug) => {
    const html = read(`errors/${slug}/index.html`);
    const main = html.slice(html.indexOf('<main'));
    expect(main.indexOf('data-quick-fix')).toBeGreaterThan(-1);
    expect(main.indexOf('data-quick-fix')).toBeLessThan(main.indexOf('<h2 id="message"'));
    expect(html).not.toMatch(/<a [^>]*rel="(?:prev|next)"/);
  });

  const verified: VerifiedFixRecord[] = JSON.parse(readFileSync(join(import.meta.dirname, '../../repro/verified-fixes.json'), 'utf8')).fixes;
  it.each(catalog.map((e) => e.slug))('says under every fix heading of %s whether a run proved it', (slug) => {
    const main = read(`errors/${slug}/index.html`).split('<main')[1];
    for (const fix of catalog.find((e) => e.slug === slug)!.fixes) {
      const after = main.slice(main.indexOf(`<h3 id="${fix.id}"`));
      const line = after.match(/<p class="fix-verification" data-fix-verification="([a-z-]+)"[^>]*>(.*?)<\/p>/s);
      expect(line, `no verification line under #${fix.id}`).not.toBeNull();
      // The line belongs to this heading: no other heading comes between them.
      expect(after.slice(0, line!.index).match(/<h[23][ >]/g) ?? []).toHaveLength(1);
      const expected = fixVerification(slug, fix, verified);
      expect(line![1]).toBe(expected.status);
      const text = line![2]
        .replace(/<[^<>]*>/g, '')
        .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      expect(text).toContain(expected.text);
    }
  });

  it('lists every error in /errors.json, and each record validates', () => {
    const index = JSON.parse(read('errors.json'));
    expect(index.version).toBe(INDEX_VERSION);
    expect(index.errors.map((e: { slug: string }) => e.slug).sort()).toEqual(catalog.map((e) => e.slug).sort());
    for (const record of index.errors) {
      const source = catalog.find((e) => e.slug === record.slug)!;
      expect(record.url).toMatch(new RegExp(`^https?://[^/]+/errors/${record.slug}/$`));
      expect(record.fixes.map((f: { id: string }) => f.id)).toEqual(source.fixes.map((f) => f.id));
      expect(record.fixes[0].url).toBe(`${record.url}#${source.fixes[0].id}`);
      // The record carries the schema's own fields unchanged.
      const { slug: _slug, ...data } = source;
      expect(errorEntrySchema.safeParse(data).success).toBe(true);
      for (const key of ['title', 'description', 'family', 'stage', 'platforms', 'aliases'] as const) {
        expect(record[key]).toEqual(source[key]);
      }
    }
  });

  const aliases = catalog.flatMap((e) => e.aliases.map((a) => [a, e.slug] as const));
  it('has at least one alias to test redirects with', () => expect(aliases.length).toBeGreaterThan(0));
  it.each(aliases)('redirects the alias %s to %s without JavaScript', (alias, slug) => {
    const html = read(`errors/${alias}/index.html`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/errors/${slug}/">`);
    expect(html).toContain(`<a href="/errors/${slug}/">`);
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/errors\/[^"]+\/">/);
  });

  it('has no dead internal links or anchors', () => {
    const files = htmlFiles(dist);
    const idsByPage = new Map<string, Set<string>>();
    const pageFor = (path: string) => {
      const clean = path.split(/[?#]/)[0];
      const candidates = [join(dist, clean, 'index.html'), join(dist, clean)];
      return candidates.find((c) => existsSync(c) && statSync(c).isFile());
    };
    const idsOf = (file: string) => {
      if (!idsByPage.has(file)) idsByPage.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
      return idsByPage.get(file)!;
    };
    const dead: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const [, href] of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        const target = pageFor(decodeURI(href));
        if (!target) {
          dead.push(`${file.slice(dist.length)} -> ${href}`);
          continue;
        }
        const hash = href.split('#')[1];
        if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) dead.push(`${file.slice(dist.length)} -> ${href} (no such anchor)`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('serves robots.txt and a sitemap with the error pages', () => {
    expect(read('robots.txt')).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/);
    const sitemap = read('sitemap-0.xml');
    for (const e of catalog) expect(sitemap).toContain(`/errors/${e.slug}/</loc>`);
    // Alias slugs are redirect pages: they are not listed.
    for (const alias of catalog.flatMap((e) => e.aliases)) expect(sitemap).not.toContain(`/errors/${alias}/</loc>`);
  });
});
