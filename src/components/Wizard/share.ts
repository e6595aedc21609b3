/**
 * What leaves the page when a diagnosis is shared or reported: only the matched lines with a few
 * lines around them, redacted (src/lib/share). Loaded on demand: most visits never share.
 */
import { newIssueUrlFor } from '../../lib/issue-links.ts';
import { shareExcerpt, type Excerpt } from '../../lib/share/excerpt.ts';
import { distinctiveLine } from './no-match.ts';

export type { Excerpt };

/** The excerpt of a paste around the given 1-based lines; an empty text when there are none. */
export function excerptOf(text: string, lines: number[]): Excerpt {
  return lines.length ? shareExcerpt(text, lines) : { text: '', redacted: 0 };
}

/** The line of a paste that most looks like the error (for a paste nothing matched), 1-based. */
export function distinctiveLineNumber(text: string): number {
  const line = distinctiveLine(text);
  const at = text.split(/\r\n?|\n/, 2000).findIndex((l) => l.includes(line));
  return at + 1;
}

export function reportUrl(repository: string, excerpt: string): string {
  const first = excerpt.split('\n').find((l) => l && l !== '[…]') ?? '';
  const body = `The triage wizard found no page for this output (the lines around the error, secrets redacted; review before submitting).\n\n\`\`\`\n${excerpt.replace(/```/g, "'''")}\n\`\`\`\n`;
  return newIssueUrlFor(repository, `No page for: ${first.slice(0, 100)}`, body);
}
