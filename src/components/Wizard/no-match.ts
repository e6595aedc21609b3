/** Helpers for a paste that matches no page: its most error-like line and a search query (share.ts builds the report). */
import { stripLinePrefixes } from '../../lib/matcher/index.ts';

const ERRORISH = /error|fatal|panic|undefined|not found|cannot|can't|failed|invalid|unable|missing|denied|relocation|dlopen|plugin/gi;

/** The line most likely to be the error: the one with most error words, then the longest. */
export function distinctiveLine(text: string): string {
  let best = '';
  let bestScore = -1;
  // Only the first 2,000 lines: enough for any paste a person reads, bounded for huge ones.
  for (const raw of text.split('\n', 2000)) {
    const line = stripLinePrefixes(raw.slice(0, 500));
    if (line.length < 4) continue;
    const score = (line.match(ERRORISH)?.length ?? 0) * 100 + Math.min(line.length, 90);
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  }
  return best;
}

/** A search query from a line: paths and bare numbers say little, words and symbols a lot. */
export function searchQuery(line: string): string {
  return line
    .split(/\s+/)
    .filter((w) => w && !w.includes('/') && !/^[\d:.[\]()#-]+$/.test(w))
    .slice(0, 8)
    .join(' ')
    .replace(/[`'"‘’“”]/g, '');
}

/** Open Starlight's search dialog with a query typed in (Pagefind UI listens to input events). */
export function openSiteSearch(query: string): void {
  const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
  if (!button) return;
  // Later, not inside the current click: Starlight closes the dialog on a click outside it, and
  // the click that asked for the search would reach that listener.
  setTimeout(() => button.click());
  let tries = 0;
  const fill = () => {
    const input = document.querySelector<HTMLInputElement>('site-search .pagefind-ui__search-input');
    if (!input) {
      if (++tries < 40) setTimeout(fill, 50);
      return;
    }
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
  };
  setTimeout(fill);
}
