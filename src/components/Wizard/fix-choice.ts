/** Which fix to show first: the first one (pages list them smallest safe change first) that fits the platform and Go version. */
import type { Capture } from '../../lib/matcher/index.ts';
import type { Platform, Role, WizardCommand, WizardEntry, WizardFix } from './types.ts';

/** Go version found in the paste, if any (it picks the fix that applies). */
export function capturedGoVersion(captures: Record<string, Capture>): number[] | undefined {
  return Object.values(captures).find((c) => c.version?.family === 'go')?.version?.numbers;
}

/** "1.23", "go1.23.5" or "1.23rc1" -> [1, 23, ...]; undefined for anything else. */
export function parseGoVersion(text: string | undefined): number[] | undefined {
  const m = /^(?:go)?(\d{1,3}(?:\.\d{1,4}){1,2})/.exec(text?.trim() ?? '');
  return m ? m[1].split('.').map(Number) : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** `until` is inclusive of its patch releases: until "1.20" covers 1.20.14. */
export function inGoRange(range: { since?: string; until?: string } | undefined, version: number[] | undefined): boolean {
  if (!range || !version) return true;
  const since = parseGoVersion(range.since);
  const until = parseGoVersion(range.until);
  if (since && compare(version, since) < 0) return false;
  if (until && compare(version.slice(0, until.length), until) > 0) return false;
  return true;
}

/** The user's platform when the page covers it (a Windows error in a Linux log is still Windows), or the page's only platform. */
export function resolvePlatform(entry: WizardEntry, chosen: string | undefined): Platform | undefined {
  const real: Platform[] = entry.platforms.filter((p) => p !== 'any');
  if (chosen && chosen !== 'auto' && (entry.platforms.includes('any') || real.includes(chosen as Platform))) return chosen as Platform;
  return real.length === 1 ? real[0] : undefined;
}

function fitsPlatform(fix: WizardFix, platform: Platform | undefined): boolean {
  return !platform || !fix.platforms || fix.platforms.includes(platform) || fix.platforms.includes('any');
}

const fitsRole = (fix: WizardFix, role: Role | undefined) => !role || !fix.roles || fix.roles.includes(role);

export function chooseFix(entry: WizardEntry, platform: Platform | undefined, go: number[] | undefined, role?: Role): WizardFix {
  return (
    entry.fixes.find((f) => fitsPlatform(f, platform) && fitsRole(f, role) && inGoRange(f.goVersions, go)) ??
    entry.fixes.find((f) => fitsPlatform(f, platform) && fitsRole(f, role)) ??
    entry.fixes.find((f) => fitsPlatform(f, platform)) ??
    entry.fixes[0]
  );
}

/** True when some fix is for one role only (builders and runners get different answers). */
export const rolesDiffer = (entry: WizardEntry) => entry.fixes.some((f) => f.roles?.length === 1);

/** The fix's quick command in the shells of a platform. */
export const fixCommands = (fix: WizardFix, platform: Platform | undefined): WizardCommand[] | undefined => (platform && fix.cmdOn?.[platform]) || fix.cmd;
