/** Captured values as "name: value" rows, with what each one means where the catalog knows it. */
import type { Capture } from '../../lib/matcher/index.ts';
import type { WizardEntry } from './types.ts';

export interface CaptureRow {
  name: string;
  value: string;
  /** What the value means: a code's symbolic name, a Go release. */
  note?: string;
}

const MAX_VALUE = 160;

function codeName(entry: WizardEntry, value: number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const code = entry.codes?.find((c) => (typeof c.value === 'number' ? c.value : parseInt(c.value, 16)) === value);
  return code && `${code.name} (${code.system === 'win32' ? 'Windows error' : code.system} ${value})`;
}

export function captureRows(entry: WizardEntry, captures: Record<string, Capture>): CaptureRow[] {
  return Object.entries(captures).map(([name, c]) => {
    const value = c.text.length > MAX_VALUE ? `${c.text.slice(0, MAX_VALUE)}…` : c.text;
    let note: string | undefined;
    if (c.kind === 'code' || c.kind === 'n') note = codeName(entry, c.code);
    else if (c.version?.family === 'go') note = `Go ${c.version.numbers.join('.')}`;
    else if (c.version?.family === 'GLIBC') note = 'glibc symbol version';
    return note ? { name, value, note } : { name, value };
  });
}

/** Go version found in the paste, if any (it picks the fix that applies). */
export function capturedGoVersion(captures: Record<string, Capture>): number[] | undefined {
  return Object.values(captures).find((c) => c.version?.family === 'go')?.version?.numbers;
}

export function capturedGlibc(captures: Record<string, Capture>): number[] | undefined {
  return Object.values(captures).find((c) => c.version?.family === 'GLIBC')?.version?.numbers;
}
