/**
 * Link-card images, drawn at build time: /og/<slug>.png for every error page and /og/default.png
 * for the other pages. Fonts are local files (see src/lib/og/inter-fonts.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toCatalogEntries } from '../../lib/catalog/collection.ts';
import { errorCard, siteCard, type CardNode } from '../../lib/og/card-layout.ts';
import { interFonts } from '../../lib/og/inter-fonts.ts';
import { renderCardPng } from '../../lib/og/render-card.ts';
import { familyLabels, platformLabels } from '../../lib/schema/error-entry.ts';
import { siteConfig } from '../../site-config.ts';

const host = new URL(siteConfig.site).host;

export const getStaticPaths = (async () => {
  const entries = toCatalogEntries(await getCollection('errors'));
  const cards = entries.map((e) => ({
    params: { slug: e.slug },
    props: {
      card: errorCard({
        title: e.title,
        family: familyLabels[e.family],
        platforms: e.platforms.map((p) => platformLabels[p]),
        siteName: siteConfig.title,
        host,
      }),
    },
  }));
  const topics = ['plugin', 'linker', 'cgo', 'glibc', 'musl', 'dyld', 'windows'] as const;
  const fallback = {
    params: { slug: 'default' },
    props: { card: siteCard({ siteName: siteConfig.title, tagline: siteConfig.tagline, host, topics: topics.map((f) => familyLabels[f]) }) },
  };
  return [...cards, fallback];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardNode }> = async ({ props }) =>
  new Response(await renderCardPng(props.card, interFonts()), { headers: { 'Content-Type': 'image/png' } });
