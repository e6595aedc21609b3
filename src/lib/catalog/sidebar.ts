/** The sidebar: guides, then every error grouped by family. Built from the catalog at config time. */
import { families, familyLabels, type CatalogEntry } from '../schema/error-entry.ts';

export interface SidebarLink {
  label: string;
  link: string;
}
export interface SidebarGroup {
  label: string;
  collapsed?: boolean;
  items: SidebarLink[];
}

export function errorsSidebar(entries: CatalogEntry[]): SidebarGroup[] {
  return families
    .map((family) => ({
      label: familyLabels[family],
      collapsed: true,
      items: entries
        .filter((e) => e.family === family)
        .map((e) => ({ label: e.headline ?? e.title, link: `/errors/${e.slug}/` }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    }))
    .filter((g) => g.items.length > 0);
}
