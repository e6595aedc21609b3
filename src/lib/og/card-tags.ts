/**
 * Completes a page's <head> for link cards. Starlight already emits og:title, og:description,
 * og:url and twitter:card; this adds the image and the Twitter copies of title and description,
 * and never duplicates a tag the page already has.
 */
import { CARD_HEIGHT, CARD_WIDTH } from './brand.ts';

/** Starlight's head entry shape (kept structural so this file needs no Astro import). */
export interface HeadEntry {
  tag: 'title' | 'link' | 'style' | 'base' | 'meta' | 'script' | 'noscript' | 'template';
  attrs?: Record<string, string | boolean | undefined>;
  content?: string;
}

/** The key a meta tag is identified by: its `property` (Open Graph) or `name` (Twitter, description). */
const metaKey = (e: HeadEntry) => (e.tag === 'meta' ? String(e.attrs?.property ?? e.attrs?.name ?? '') : '');

export function metaContent(head: HeadEntry[], key: string): string | undefined {
  const value = head.find((e) => metaKey(e) === key)?.attrs?.content;
  return typeof value === 'string' ? value : undefined;
}

/** `/og/<slug>.png` for an error page, `/og/default.png` for everything else. */
export function cardImagePath(slug?: string): string {
  return `/og/${slug ?? 'default'}.png`;
}

/**
 * The tags missing from `head` for a full link card, with `defaultImageUrl` (absolute) used when the
 * page has not set og:image itself.
 */
export function missingCardTags(head: HeadEntry[], defaultImageUrl: string): HeadEntry[] {
  const title = metaContent(head, 'og:title');
  const description = metaContent(head, 'og:description') ?? metaContent(head, 'description');
  const image = metaContent(head, 'og:image') ?? defaultImageUrl;
  const alt = `Link card: ${title ?? 'Go native errors'}`;
  const wanted: [attr: 'property' | 'name', key: string, content: string | undefined][] = [
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(CARD_WIDTH)],
    ['property', 'og:image:height', String(CARD_HEIGHT)],
    ['property', 'og:image:alt', alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', alt],
  ];
  const present = new Set(head.map(metaKey));
  return wanted
    .filter(([, key, content]) => content !== undefined && !present.has(key))
    .map(([attr, key, content]): HeadEntry => ({ tag: 'meta', attrs: { [attr]: key, content } }));
}
