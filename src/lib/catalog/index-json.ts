/** The machine-readable index served at /errors.json (also used by tests to validate it). */
import type { CatalogEntry } from '../schema/error-entry.ts';

export const INDEX_VERSION = 1;

export interface IndexRecord {
  slug: string;
  aliases: string[];
  status: 'active' | 'retired';
  replacedBy?: string;
  title: string;
  description: string;
  family: CatalogEntry['family'];
  stage: CatalogEntry['stage'];
  platforms: CatalogEntry['platforms'];
  url: string;
  fixes: { id: string; title: string; url: string }[];
  messages: { text: string; label?: string; platform?: string; since?: string; until?: string; locale?: string }[];
  codes: { system: string; value: number; name: string }[];
}

export function buildIndex(entries: CatalogEntry[], site: string) {
  const url = (slug: string) => new URL(`/errors/${slug}/`, site).href;
  const errors: IndexRecord[] = entries.map((e) => ({
    slug: e.slug,
    aliases: e.aliases,
    status: e.status,
    ...(e.replacedBy ? { replacedBy: e.replacedBy } : {}),
    title: e.title,
    description: e.description,
    family: e.family,
    stage: e.stage,
    platforms: e.platforms,
    url: url(e.slug),
    fixes: e.fixes.map((f) => ({ id: f.id, title: f.title, url: `${url(e.slug)}#${f.id}` })),
    messages: e.messages.map(({ text, label, platform, since, until, locale }) => ({ text, label, platform, since, until, locale })),
    codes: e.codes.map((c) => ({ system: c.system, name: c.name, value: typeof c.value === 'number' ? c.value : parseInt(c.value, 16) })),
  }));
  return { version: INDEX_VERSION, site, count: errors.length, errors };
}
