/**
 * Error pages as link targets (issue 8), checked in the built site (dist/, `astro build` first):
 * link-card tags pointing at real 1200x630 PNGs, copy and report controls, fix anchors, the
 * permanent record of published slugs and anchors, redirects, sitemaps and the retired-page note.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load-node.ts';
import { pngSize } from '../../src/lib/og/png-size.ts';
import { editUrl, newIssueUrl, siteConfig } from '../../src/site-config.ts';
import published from '../../src/content/published-slugs.json' with { type: 'json' };

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const catalog = loadCatalog();
const read = (p: string) => readFileSync(join(dist, p), 'utf8');
const site = siteConfig.site;
const pageUrl = (slug: string) => `${site}/errors/${slug}/`;

/** `<meta property|name="key" content="...">` values of a page, by key, HTML entities decoded. */
function metaTags(html: string): Map<string, string[]> {
  const decode = (s: string) => s.replace(/&#(\d+);/g, (_m, n) => String.fromCharCode(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_m, n) => String.fromCharCode(parseInt(n, 16))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const tags = new Map<string, string[]>();
  for (const [tag] of html.matchAll(/<meta\s(?:[^>"]|"[^"]*")*>/g)) {
    const key = /\s(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) tags.set(key, [...(tags.get(key) ?? []), decode(content)]);
  }
  return tags;
}
const one = (tags: Map<string, string[]>, key: string) => {
  expect(tags.get(key), `exactly one <meta> ${key}`).toHaveLength(1);
  return tags.get(key)![0];
};
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** The PNG a card URL points at, read from dist/ (the URL must be on the configured site). */
function cardImage(url: string) {
  expect(url.startsWith(`${site}/og/`), `${url} is an absolute URL on ${site}`).toBe(true);
  const file = join(dist, new URL(url).pathname);
  expect(existsSync(file), `${file} exists`).toBe(true);
  return pngSize(readFileSync(file));
}

describe('link cards', () => {
  it.each(catalog.map((e) => e.slug))('%s has a full card pointing at its own 1200x630 image', (slug) => {
    const entry = catalog.find((e) => e.slug === slug)!;
    const html = read(`errors/${slug}/index.html`);
    const tags = metaTags(html);
    expect(html).toContain(`<link rel="canonical" href="${pageUrl(slug)}"`);
    expect(one(tags, 'og:url')).toBe(pageUrl(slug));
    // The page's title is its headline in plain words when it has one (the message stays under it).
    expect(one(tags, 'og:title')).toBe(entry.headline ?? entry.title);
    expect(one(tags, 'og:description')).toBe(entry.description);
    expect(one(tags, 'twitter:card')).toBe('summary_large_image');
    expect(one(tags, 'twitter:title')).toBe(entry.headline ?? entry.title);
    expect(one(tags, 'twitter:description')).toBe(entry.description);
    const image = one(tags, 'og:image');
    expect(image).toBe(`${site}/og/${slug}.png`);
    expect(one(tags, 'twitter:image')).toBe(image);
    expect([one(tags, 'og:image:width'), one(tags, 'og:image:height')]).toEqual(['1200', '630']);
    expect(cardImage(image)).toEqual({ width: 1200, height: 630 });
  });

  it.each(['', 'errors/', 'triage/'])('/%s has the default card', (path) => {
    const tags = metaTags(read(`${path}index.html`));
    expect(one(tags, 'og:image')).toBe(`${site}/og/default.png`);
    expect(one(tags, 'twitter:image')).toBe(`${site}/og/default.png`);
    expect(one(tags, 'twitter:card')).toBe('summary_large_image');
    expect(one(tags, 'twitter:title')).toBe(one(tags, 'og:title'));
    expect(cardImage(one(tags, 'og:image'))).toEqual({ width: 1200, height: 630 });
  });

  it('no error page is called "default" (that name is the default card)', () => {
    expect(catalog.map((e) => e.slug)).not.toContain('default');
  });
});

describe('page controls', () => {
  it.each(catalog.map((e) => e.slug))('%s has copy buttons, a report link and an edit link', (slug) => {
    const entry = catalog.find((e) => e.slug === slug)!;
    const html = read(`errors/${slug}/index.html`);
    const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    expect(html).toMatch(new RegExp(`<button type="button" data-copy-text="${pageUrl(slug).replace(/\./g, '\\.')}"[^>]*>Copy link</button>`));
    expect(html).toContain(`data-copy-text="${attr(`[${(entry.headline ?? entry.title).replace(/[[\]\\]/g, '\\$&')}](${pageUrl(slug)})`)}"`);
    expect(html).toContain('<p class="copy-status" role="status" aria-live="polite">');
    expect(html).toContain(`href="${attr(newIssueUrl(`Page: ${slug}`, `Page: ${pageUrl(slug)}\n\nWhat is wrong or missing:\n\n`))}"`);
    expect(html).toContain(`href="${editUrl(`src/content/errors/${slug}.mdx`)}"`);
  });

  it.each(catalog.map((e) => e.slug))('%s: every fix heading has an id, a permalink and a copy button', (slug) => {
    const html = read(`errors/${slug}/index.html`);
    const main = html.slice(html.indexOf('<main'));
    for (const { id } of catalog.find((e) => e.slug === slug)!.fixes) {
      expect(main).toContain(`<h3 id="${id}">`);
      expect(main).toContain(`<a class="sl-anchor-link fix-anchor" href="#${id}"`);
      expect(main).toContain(`data-copy-text="${pageUrl(slug)}#${id}"`);
    }
  });
});

describe('published slugs and anchors (src/content/published-slugs.json)', () => {
  const record = published as Record<string, { fixes: string[] }>;
  const aliasTarget = new Map(catalog.flatMap((e) => e.aliases.map((a) => [a, e.slug] as const)));

  // That every page and fix is recorded is checked without a build: tests/catalog/published-slugs.test.ts.
  it.each(Object.keys(record))('%s still resolves to a page or a redirect, with its anchors', (slug) => {
    const entry = catalog.find((e) => e.slug === slug);
    const file = `errors/${slug}/index.html`;
    const removed = `${slug} was published and is gone: keep the page (status: retired, replacedBy) or add it to the new page's aliases`;
    expect(existsSync(join(dist, file)), removed).toBe(true);
    const html = read(file);
    if (!entry) {
      expect(aliasTarget.has(slug), removed).toBe(true);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/errors/${aliasTarget.get(slug)}/">`);
      return;
    }
    if (entry.status === 'retired') return;
    const present = ids(html);
    const lost = record[slug].fixes.filter((id) => !present.has(id));
    expect(lost, `published fix anchors of ${slug} disappeared: keep the fix headings (their ids are permanent links)`).toEqual([]);
  });
});

describe('retired errors', () => {
  const retired = catalog.filter((e) => e.status === 'retired');
  it.each(retired.map((e) => [e.slug, e.replacedBy!]))('%s keeps its page with a note pointing at %s', (slug, replacedBy) => {
    const html = read(`errors/${slug}/index.html`);
    expect(html).toContain('Retired error');
    expect(html).toContain(`href="/errors/${replacedBy}/"`);
  });

  it('RetiredNotice renders the note and the link (fixture, Astro container API)', async () => {
    const { createServer } = await import('vite');
    const { getViteConfig } = await import('astro/config');
    const { experimental_AstroContainer: AstroContainer } = await import('astro/container');
    const configFn = getViteConfig({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent', cacheDir: join(root, '.tmp/vite-container') }) as unknown as (env: object) => Promise<object>;
    const server = await createServer(await configFn({ mode: 'test', command: 'serve' }));
    try {
      const { default: RetiredNotice } = await server.ssrLoadModule('/src/components/error/RetiredNotice.astro');
      const container = await AstroContainer.create();
      const linked = await container.renderToString(RetiredNotice, { props: { replacedBy: 'new-error', replacement: { slug: 'new-error', title: 'The new error' } } });
      expect(linked).toContain('aria-label="Retired error"');
      expect(linked).toContain('old links still work');
      expect(linked).toMatch(/<a href="\/errors\/new-error\/"[^>]*>The new error<\/a>/);
      const unlinked = await container.renderToString(RetiredNotice, { props: { replacedBy: 'gone-error' } });
      expect(unlinked).toMatch(/<code[^>]*>gone-error<\/code>/);
    } finally {
      await server.close();
    }
  });
});

describe('crawlers and machines', () => {
  it('serves /sitemap.xml with every page of Starlight\'s sitemap, and robots.txt names a sitemap that exists', () => {
    const full = read('sitemap.xml');
    expect(full).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    // Starlight's sitemap also lists the alias redirect pages (noindex, canonical to the new page);
    // /sitemap.xml leaves them out.
    const aliasUrls = new Set(catalog.flatMap((e) => e.aliases).map(pageUrl));
    const starlight = locs(read('sitemap-0.xml')).filter((u) => !aliasUrls.has(u));
    expect(starlight.length).toBeGreaterThan(catalog.length);
    expect(starlight.filter((u) => !locs(full).includes(u))).toEqual([]);
    for (const e of catalog) expect(locs(full)).toContain(pageUrl(e.slug));
    for (const alias of catalog.flatMap((e) => e.aliases)) expect(locs(full)).not.toContain(pageUrl(alias));
    const named = [...read('robots.txt').matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const url of named) {
      expect(url.startsWith(`${site}/`)).toBe(true);
      expect(existsSync(join(dist, new URL(url).pathname))).toBe(true);
    }
  });

  it('/errors.json gives each error its permanent URL and fix anchors that exist on the page', () => {
    const index = JSON.parse(read('errors.json')) as { errors: { slug: string; url: string; fixes: { id: string; url: string }[] }[] };
    for (const record of index.errors) {
      expect(record.url).toBe(pageUrl(record.slug));
      const present = ids(read(`errors/${record.slug}/index.html`));
      for (const fix of record.fixes) {
        expect(fix.url).toBe(`${record.url}#${fix.id}`);
        expect(present.has(fix.id)).toBe(true);
      }
    }
  });
});
