/** Turning Astro collection items into catalog entries (pure: takes plain objects). */
import type { CatalogEntry, ErrorEntry } from '../schema/error-entry.ts';

export function toCatalogEntries(items: { id: string; data: ErrorEntry }[]): CatalogEntry[] {
  return items.map((i) => ({ ...i.data, slug: i.id })).sort((a, b) => a.slug.localeCompare(b.slug));
}
