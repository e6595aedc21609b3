/** Catalog props -> the matcher's input. The props carry bare template strings to stay small. */
import type { MatcherEntry } from '../../lib/matcher/index.ts';
import type { WizardEntry } from './types.ts';

export function toMatcherEntries(entries: WizardEntry[]): MatcherEntry[] {
  return entries.map((e) => ({ ...e, messages: e.messages.map((text) => ({ text })) }));
}
