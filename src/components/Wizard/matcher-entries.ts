/** Catalog props -> the matcher's input. The props leave out `match: true` (the default) to stay small. */
import type { MatcherEntry } from '../../lib/matcher/index.ts';
import type { WizardEntry } from './types.ts';

export function toMatcherEntries(entries: WizardEntry[]): MatcherEntry[] {
  return entries.map((e) => ({ ...e, messages: e.messages.map((m) => ({ text: m.text, match: m.match !== false })) }));
}
