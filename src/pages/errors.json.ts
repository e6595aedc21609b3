import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toCatalogEntries } from '../lib/catalog/collection.ts';
import { buildIndex } from '../lib/catalog/index-json.ts';
import { siteConfig } from '../site-config.ts';

export const GET: APIRoute = async () => {
  const entries = toCatalogEntries(await getCollection('errors'));
  return new Response(JSON.stringify(buildIndex(entries, siteConfig.site), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
