/** Presentation helpers shared by the pages, the index and the wizard (pure functions). */
import { familyLabels, platformLabels, type CatalogEntry, type Message } from '../schema/error-entry.ts';

const HOLE = /\{([A-Za-z_]\w*)(?::[a-z]+|=[^{}]+)?\}/g;

/**
 * A template as readers see it: `{referrer:symbol}` -> `<referrer>`, an optional `[[part]]` ->
 * `[part]`, one line per template line, `...` for the lines a gap allows.
 */
export function displayTemplate(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => line.trim().replace(HOLE, (_m, name: string) => `<${name}>`).replaceAll('[[', '[').replaceAll(']]', ']'))
    .filter(Boolean)
    .join('\n');
}

/** "Go 1.10 and later", "Go 1.8 to 1.9", or the message's own label. */
export function variantLabel(m: Pick<Message, 'label' | 'since' | 'until' | 'platform' | 'locale'>): string {
  const parts: string[] = [];
  if (m.label) parts.push(m.label);
  if (m.since && m.until) parts.push(`${m.since} to ${m.until}`);
  else if (m.since) parts.push(`${m.since} and later`);
  else if (m.until) parts.push(`up to ${m.until}`);
  if (m.platform) parts.push(platformLabels[m.platform]);
  if (m.locale) parts.push(`language: ${m.locale}`);
  return parts.join(' · ');
}

export function goRange(v: CatalogEntry['goVersions']): string | undefined {
  if (!v) return undefined;
  if (v.since && v.until) return `Go ${v.since} to ${v.until}`;
  if (v.since) return `Go ${v.since} and later`;
  if (v.until) return `Go up to ${v.until}`;
  return undefined;
}

export const errorPath = (slug: string) => `/errors/${slug}/`;

export { familyLabels, platformLabels };
