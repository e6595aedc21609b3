/** The sidebar: guides, then every error grouped by family. Built from the catalog at config time. */
import { families, familyLabels, type CatalogEntry } from '../schema/error-entry.ts';
import { familyLabelsZh } from '../i18n/locales.ts';

export interface SidebarLink {
  label: string;
  link: string;
  /** Labels in other languages (Starlight prefixes the link with the language itself). */
  translations?: Record<string, string>;
}
export interface SidebarGroup {
  label: string;
  translations?: Record<string, string>;
  collapsed?: boolean;
  items: SidebarLink[];
}

/** `zhHeadlines`: the Chinese plain-words titles of the translated pages, by slug. */
export function errorsSidebar(entries: CatalogEntry[], zhHeadlines: ReadonlyMap<string, string> = new Map()): SidebarGroup[] {
  return families
    .map((family) => ({
      label: familyLabels[family],
      translations: { 'zh-CN': familyLabelsZh[family] },
      collapsed: true,
      items: entries
        .filter((e) => e.family === family)
        .map((e) => {
          const zh = zhHeadlines.get(e.slug);
          return { label: e.headline ?? e.title, link: `/errors/${e.slug}/`, ...(zh ? { translations: { 'zh-CN': zh } } : {}) };
        })
        .sort((a, b) => a.label.localeCompare(b.label)),
    }))
    .filter((g) => g.items.length > 0);
}
