/**
 * /sitemap.xml, for crawlers and people who guess the usual address: the full list of pages
 * (Starlight's docs pages, /errors/ and every error page, in English and Chinese; alias redirects are left out). Starlight's
 * own sitemap-index.xml, named in robots.txt, lists the same pages.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { errorPath } from '../lib/catalog/display.ts';
import { localizedErrorPath } from '../lib/i18n/locales.ts';
import { siteConfig } from '../site-config.ts';

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export const GET: APIRoute = async () => {
  // Docs ids are paths; a language's home is `<lang>/index` (or `<lang>`).
  const docs = (await getCollection('docs'))
    .filter((d) => d.id !== '404')
    .map((d) => `/${d.id.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'));
  const slugs = (await getCollection('errors')).map((e) => e.id);
  const errors = slugs.flatMap((slug) => [errorPath(slug), localizedErrorPath(slug, 'zh-cn')]);
  const urls = [...new Set([...docs, '/errors/', '/zh-cn/errors/', ...errors])].sort().map((p) => new URL(p, `${siteConfig.site}/`).href);
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
