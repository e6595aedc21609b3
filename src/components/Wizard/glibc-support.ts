/**
 * Adapter over src/lib/data/glibc.ts: which distribution releases a binary needing GLIBC_x.y runs
 * on. One distribution per line: the oldest release that works, the newest that does not.
 */
import { distrosForGlibc, type DistroRow } from '../../lib/data/glibc.ts';

export interface GlibcSupportView {
  need: string;
  runs: string[];
  fails: string[];
}

function byDistro(rows: readonly DistroRow[], pick: 'first' | 'last'): Map<string, DistroRow> {
  const out = new Map<string, DistroRow>();
  for (const r of rows) if (pick === 'last' || !out.has(r.distro)) out.set(r.distro, r);
  return out;
}

export function glibcSupport(numbers: number[]): GlibcSupportView | undefined {
  let support;
  try {
    support = distrosForGlibc(numbers);
  } catch {
    return undefined;
  }
  const runs = [...byDistro(support.runs, 'first').values()].map((r) => `${r.distro} ${r.release} and later`);
  const fails = [...byDistro(support.fails, 'last').values()].map((r) => `${r.distro} ${r.release} and earlier`);
  for (const r of support.musl) fails.push(`${r.distro} ${r.release} (musl, no glibc)`);
  return { need: `GLIBC_${numbers.join('.')}`, runs, fails };
}
