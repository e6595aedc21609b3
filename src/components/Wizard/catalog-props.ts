/**
 * Server side only: the catalog as the wizard needs it. Everything here ends up serialized in the
 * page's HTML, so fields the wizard does not use (examples, sources, bodies) are left out and
 * defaults are dropped.
 */
import { getCollection } from 'astro:content';
import { toMatcherEntry } from '../../lib/compiled-catalog/compiled-catalog.ts';
import { compileData, type CompiledData } from '../../lib/matcher/index.ts';
import { toCatalogEntries } from '../../lib/catalog/collection.ts';
import { displayTemplate } from '../../lib/catalog/display.ts';
import { commandFor, extractFixTexts, type FixText } from '../../lib/catalog/fix-commands.ts';
import { quickPlatforms, shellForms } from '../../lib/catalog/quick-fix.ts';
import { familyLabels, platformLabels, type CatalogEntry } from '../../lib/schema/error-entry.ts';
import { siteConfig } from '../../site-config.ts';
import type { FixCommandIndex, WizardCommand, WizardEntry, WizardFix, WizardProps } from './types.ts';
import { familyLabelsZh } from '../../lib/i18n/locales.ts';
import { localizedPath, type UiLocale } from '../../lib/i18n/ui.ts';

/** Longest command carried to the wizard; longer ones stay a link to the fix. */
const MAX_COMMAND = 600;

/** A fix's quick command for any platform, and where a platform's form differs. */
function commands(text: FixText | undefined): Pick<WizardFix, 'cmd' | 'cmdOn'> {
  const base = text && commandFor(text.commands, undefined);
  if (!text || !base || base.code.length > MAX_COMMAND) return {};
  const compact = (forms: ReturnType<typeof shellForms>['forms']): WizardCommand[] => forms.map((f) => ({ s: f.shell, l: f.label, c: f.code }));
  const cmd = compact(shellForms(base.lang, base.code, base.title, 'any').forms);
  const cmdOn: WizardFix['cmdOn'] = {};
  for (const p of quickPlatforms) {
    const own = commandFor(text.commands, p)!;
    const forms = compact(shellForms(own.lang, own.code, own.title, p).forms);
    if (JSON.stringify(forms) !== JSON.stringify(cmd)) cmdOn[p] = forms;
  }
  return Object.keys(cmdOn).length ? { cmd, cmdOn } : { cmd };
}

/**
 * Every fix's quick command, per page slug and fix id: served as /fix-commands.json and fetched by
 * the wizard after it starts (a sixth of the catalog's weight, kept out of the page's HTML).
 */
export async function fixCommandIndex(): Promise<FixCommandIndex> {
  const items = await getCollection('errors');
  const index: FixCommandIndex = {};
  for (const item of items) {
    const texts = new Map(extractFixTexts(item.body ?? '').map((t) => [t.id, t]));
    const fixes: FixCommandIndex[string] = {};
    for (const fix of item.data.fixes) {
      const c = commands(texts.get(fix.id));
      if (c.cmd) fixes[fix.id] = c;
    }
    if (Object.keys(fixes).length) index[item.id] = fixes;
  }
  return index;
}

export function toWizardEntry(e: CatalogEntry): WizardEntry {
  const out: WizardEntry = {
    slug: e.slug,
    title: e.title,
    ...(e.headline ? { headline: e.headline } : {}),
    description: e.description,
    family: e.family,
    stage: e.stage,
    platforms: e.platforms,
    symptom: displayTemplate(e.messages[0].text),
    fixes: e.fixes.map(({ id, title, platforms, roles, goVersions }) => ({
      id,
      title,
      ...(platforms ? { platforms } : {}),
      ...(roles ? { roles } : {}),
      ...(goVersions ? { goVersions } : {}),
    })),
  };
  if (e.fixes.some((f) => /^install-/.test(f.id))) out.installs = true;
  if (e.codes.length) out.codes = e.codes;
  if (e.specificity) out.specificity = e.specificity;
  if (e.supersedes.length) out.supersedes = e.supersedes;
  if (e.aliases.length) out.aliases = e.aliases;
  if (e.goVersions) out.goVersions = e.goVersions;
  return out;
}

/** `locale`: the page's language; results link to error pages in that language. */
/**
 * The catalog's patterns compiled at build time (the data the CLI loads too): served as
 * /matcher-patterns.json and fetched by the wizard when it starts, so the page's HTML stays small
 * and the browser runs no template compiler.
 */
export async function matcherPatterns(): Promise<CompiledData> {
  const active = toCatalogEntries(await getCollection('errors')).filter((e) => e.status === 'active');
  return compileData(active.map(toMatcherEntry));
}

export async function wizardProps(locale: UiLocale = 'en'): Promise<WizardProps> {
  const active = toCatalogEntries(await getCollection('errors')).filter((e) => e.status === 'active');
  const entries = active.map(toWizardEntry);
  return {
    entries,
    labels: {
      families: locale === 'zh-cn' ? familyLabelsZh : familyLabels,
      platforms: platformLabels,
      errorsBase: localizedPath('/errors/', locale),
    },
    site: siteConfig.site,
    repository: siteConfig.repository,
  };
}
