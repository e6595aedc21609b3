/**
 * Whether a fix was proven by a run of the reproduction lab, as one line for the page. The records
 * come from `repro/verified-fixes.json` (written by `npm run repro`); the reason a fix cannot be
 * run comes from its `notVerified` field. A fix always gets a line: verified, or why not.
 */
import type { Fix } from '../schema/error-entry.ts';

/** One fix proven by a run of `repro/<case>/case.json`. */
export interface VerifiedFixRecord {
  /** The page the fix belongs to. */
  slug: string;
  /** The fix id on that page. */
  fix: string;
  /** Exact toolchain(s), e.g. "go1.27.3" or "go1.26.10, go1.27.3", or "gcc 12.2.0" for C-only cases. */
  toolchain: string;
  /** e.g. "Debian 12 (glibc 2.36)". */
  system: string;
  /** The case folder under `repro/` that ran it. */
  case: string;
}

export type FixVerification =
  | { status: 'verified'; text: string; cases: string[] }
  | { status: 'not-verified'; text: string }
  | { status: 'pending'; text: string };

function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function fixVerification(slug: string, fix: Pick<Fix, 'id' | 'notVerified'>, records: readonly VerifiedFixRecord[]): FixVerification {
  const mine = records.filter((r) => r.slug === slug && r.fix === fix.id);
  if (mine.length) {
    const bySystem = new Map<string, string[]>();
    for (const r of mine) {
      const list = bySystem.get(r.system) ?? [];
      for (const t of r.toolchain.split(', ')) if (!list.includes(t)) list.push(t);
      bySystem.set(r.system, list);
    }
    const parts = [...bySystem].map(([system, tcs]) => `${joinWords(tcs)} on ${system}`);
    return { status: 'verified', text: `Verified with ${joinWords(parts)}`, cases: [...new Set(mine.map((r) => r.case))] };
  }
  if (fix.notVerified) return { status: 'not-verified', text: `Not verified here: ${fix.notVerified}` };
  return { status: 'pending', text: 'Not verified here yet: no reproduction case runs this fix' };
}
