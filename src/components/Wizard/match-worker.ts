/// <reference lib="webworker" />
/** Matches large pastes off the main thread, so the page never freezes. Text arrives in chunks. */
import { compile, type Matcher } from '../../lib/matcher/index.ts';
import { toMatcherEntries } from './matcher-entries.ts';
import type { WizardEntry } from './types.ts';

let matcher: Matcher | undefined;
const parts = new Map<number, string[]>();

self.onmessage = (event: MessageEvent<{ entries?: WizardEntry[]; id?: number; chunk?: string; done?: boolean; cancel?: boolean }>) => {
  const { entries, id, chunk, done, cancel } = event.data;
  if (entries) matcher = compile(toMatcherEntries(entries));
  if (id === undefined || !matcher) return;
  if (cancel) {
    parts.delete(id);
    return;
  }
  const list = parts.get(id) ?? [];
  if (chunk) list.push(chunk);
  parts.set(id, list);
  if (!done) return;
  parts.delete(id);
  self.postMessage({ id, diagnoses: matcher.match(list.join('')) });
};
