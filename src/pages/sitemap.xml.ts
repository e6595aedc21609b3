/**
 * /sitemap.xml, for crawlers and people who guess the usual address: the full list of pages
 * (Starlight's docs pages, /errors/ and every error page; alias redirects are left out). Starlight's
 * own sitemap-index.xml, named in robots.txt, lists the same pages.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { errorPath } from '../lib/catalog/display.ts';
import { siteConfig } from '../site-config.ts';

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export const GET: APIRoute = async () => {
  const docs = (await getCollection('docs')).filter((d) => d.id !== '404').map((d) => (d.id === 'index' || d.id === '' ? '/' : `/${d.id}/`));
  const errors = (await getCollection('errors')).map((e) => errorPath(e.id));
  const urls = [...new Set([...docs, '/errors/', ...errors])].sort().map((p) => new URL(p, `${siteConfig.site}/`).href);
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
