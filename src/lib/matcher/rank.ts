/**
 * Ranking, driven by frontmatter data only:
 * 1. a page superseded by another page that also matched ranks below it (`supersedes`);
 * 2. then higher `specificity` first (root causes above wrappers and consequences);
 * 3. then the earliest line first: the first root-cause line is the primary diagnosis.
 */
import type { Diagnosis, Found, Occurrence, RankEntry } from './types.ts';

/** Score taken off a page that matched only once the paste was repaired. */
const REPAIRED_PENALTY = 1;

/** `totalLines`: the number of lines of the normalised paste (earlier lines score a little higher). */
export function rankDiagnoses(found: Found, entries: Map<string, RankEntry>, totalLines: number): Diagnosis[] {
  const matched = new Set(found.keys());
  const superseded = new Set<string>();
  for (const slug of matched) {
    for (const general of entries.get(slug)?.supersedes ?? []) {
      if (matched.has(general) && general !== slug) superseded.add(general);
    }
  }
  const out: Diagnosis[] = [];
  for (const [slug, occurrences] of found) {
    const entry = entries.get(slug)!;
    occurrences.sort((a, b) => a.line - b.line);
    const first = occurrences[0];
    const isSuperseded = superseded.has(slug);
    const lineTerm = 1 - first.line / (totalLines + 1);
    // A page found only in a repaired paste (repair.ts) ranks below one found as it was.
    const repaired = first.repaired ? REPAIRED_PENALTY : 0;
    const score = (isSuperseded ? 0 : 100) + (entry.specificity ?? 0) + 20 + lineTerm / 2 - repaired;
    out.push({
      slug,
      aliases: entry.aliases ?? [],
      title: entry.title,
      line: first.line,
      text: first.text,
      captures: mergeCaptures(occurrences),
      score: Math.round(score * 1000) / 1000,
      superseded: isSuperseded,
      occurrences,
    });
  }
  return out.sort((a, b) => b.score - a.score || a.line - b.line || a.slug.localeCompare(b.slug));
}

/** Captures of the first occurrence, completed by later ones (a code line can add to a text line). */
function mergeCaptures(occurrences: Occurrence[]): Diagnosis['captures'] {
  const merged: Diagnosis['captures'] = {};
  for (const o of occurrences) {
    for (const [k, v] of Object.entries(o.captures)) if (!(k in merged)) merged[k] = v;
  }
  return merged;
}
