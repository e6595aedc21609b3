/**
 * Server side only: the catalog as the wizard needs it. Everything here ends up serialized in the
 * page's HTML, so fields the wizard does not use (examples, sources, bodies) are left out and
 * defaults are dropped.
 */
import { getCollection } from 'astro:content';
import { toCatalogEntries } from '../../lib/catalog/collection.ts';
import { displayTemplate } from '../../lib/catalog/display.ts';
import { familyLabels, platformLabels, type CatalogEntry } from '../../lib/schema/error-entry.ts';
import { siteConfig } from '../../site-config.ts';
import type { WizardEntry, WizardProps } from './types.ts';

export function toWizardEntry(e: CatalogEntry): WizardEntry {
  const out: WizardEntry = {
    slug: e.slug,
    title: e.title,
    description: e.description,
    family: e.family,
    stage: e.stage,
    platforms: e.platforms,
    messages: e.messages.filter((m) => m.match !== false).map((m) => m.text),
    symptom: displayTemplate(e.messages[0].text),
    fixes: e.fixes.map(({ id, title, platforms, goVersions }) => ({
      id,
      title,
      ...(platforms ? { platforms } : {}),
      ...(goVersions ? { goVersions } : {}),
    })),
  };
  if (e.codes.length) out.codes = e.codes;
  if (e.specificity) out.specificity = e.specificity;
  if (e.supersedes.length) out.supersedes = e.supersedes;
  if (e.aliases.length) out.aliases = e.aliases;
  if (e.goVersions) out.goVersions = e.goVersions;
  return out;
}

export async function wizardProps(): Promise<WizardProps> {
  const entries = toCatalogEntries(await getCollection('errors'))
    .filter((e) => e.status === 'active')
    .map(toWizardEntry);
  return {
    entries,
    labels: { families: familyLabels, platforms: platformLabels },
    site: siteConfig.site,
    repository: siteConfig.repository,
  };
}
