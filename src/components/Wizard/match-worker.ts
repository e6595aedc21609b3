/// <reference lib="webworker" />
/** Matches large pastes off the main thread, so the page never freezes. Text arrives in chunks. */
import { loadMatcher } from '../../lib/matcher/matcher.ts';
import type { CompiledData, Matcher } from '../../lib/matcher/index.ts';

let matcher: Matcher | undefined;
const parts = new Map<number, string[]>();

self.onmessage = (event: MessageEvent<{ compiled?: CompiledData; id?: number; chunk?: string; done?: boolean; cancel?: boolean }>) => {
  const { compiled, id, chunk, done, cancel } = event.data;
  if (compiled) matcher = loadMatcher(compiled);
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
