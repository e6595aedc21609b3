/**
 * The wizard's state lives in the URL fragment (`#q=...` or `#stage=load&platform=linux-glibc`):
 * links can be shared, back/forward and reload work, and the fragment never reaches a server.
 */
export interface WizardState {
  /** Pasted text. */
  q: string;
  stage?: string;
  platform?: string;
  cgo?: string;
  plugin?: string;
  purego?: string;
  /** Go version answer, e.g. "1.23". */
  go?: string;
}

const KEYS = ['q', 'stage', 'platform', 'cgo', 'plugin', 'purego', 'go'] as const;

export function parseHash(hash: string): WizardState {
  const state: WizardState = { q: '' };
  // Not URLSearchParams: it turns '+' into a space, and pasted errors contain '+' (C++ symbols).
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq) as (typeof KEYS)[number];
    if (eq < 1 || !KEYS.includes(key)) continue;
    const value = decode(part.slice(eq + 1));
    if (value) state[key] = value;
  }
  return state;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
}

/** `#q=...&platform=...` with encodeURIComponent (spaces as %20, so links stay readable in trackers). */
export function toHash(state: WizardState): string {
  const parts: string[] = [];
  for (const key of KEYS) {
    const value = state[key];
    if (value) parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}
