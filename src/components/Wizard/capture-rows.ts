/** Captured values as plain-label rows, with what each one means where the catalog knows it. */
import type { Capture } from '../../lib/matcher/index.ts';
import type { WizardEntry } from './types.ts';

export interface CaptureRow {
  name: string;
  /** What the value is, in plain words. */
  label: string;
  value: string;
  /** What the value means: a code's symbolic name, a Go release. */
  note?: string;
}

const MAX_VALUE = 160;

/** Plain labels for the capture names templates use (CONTRIBUTING.md, "Message templates"), then for kinds. */
const LABELS: Record<string, string> = {
  program: 'Program',
  object: 'Needed by',
  library: 'Library',
  libname: 'C library (-l)',
  header: 'C header',
  module: 'pkg-config module',
  pkgconfig: 'pkg-config module',
  symbol: 'Symbol',
  csymbol: 'C symbol',
  referrer: 'Referenced from',
  fn: 'C function',
  target: 'Missing symbol',
  package: 'Go package',
  path: 'File',
  slashpath: 'File',
  version: 'Version it needs',
  glibc: 'glibc version it needs',
  glibcxx: 'libstdc++ version it needs',
  goversion: 'Go version',
  code: 'Error code',
  n: 'Error code',
  arch: 'Architecture',
  flag: 'Flag',
};

/** What a value under that name is, where the label alone does not say it. */
const NOTES: Record<string, string> = {
  fn: 'a function of the C library',
  referrer: 'the Go symbol that refers to it',
  object: 'the file that asks for it',
  libname: 'the linker looks for lib<name>.so or lib<name>.a',
};

function codeName(entry: WizardEntry, value: number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const code = entry.codes?.find((c) => (typeof c.value === 'number' ? c.value : parseInt(c.value, 16)) === value);
  return code && `${code.name} (${code.system === 'win32' ? 'Windows error' : code.system} ${value})`;
}

export function captureRows(entry: WizardEntry, captures: Record<string, Capture>): CaptureRow[] {
  const seen = new Set<string>();
  const rows: CaptureRow[] = [];
  for (const [name, c] of Object.entries(captures)) {
    // The same value twice (`./dlv: ... (required by ./dlv)`) is shown once.
    if (seen.has(c.text)) continue;
    seen.add(c.text);
    const value = c.text.length > MAX_VALUE ? `${c.text.slice(0, MAX_VALUE)}…` : c.text;
    let note: string | undefined;
    if (c.kind === 'code' || c.kind === 'n') note = codeName(entry, c.code);
    else if (c.version?.family === 'go') note = `Go ${c.version.numbers.join('.')}`;
    else if (c.version?.family === 'GLIBC') note = `glibc ${c.version.numbers.join('.')} or newer`;
    else note = NOTES[name];
    const label = LABELS[name] ?? LABELS[c.kind] ?? name;
    rows.push(note ? { name, label, value, note } : { name, label, value });
  }
  return rows;
}

export function capturedGlibc(captures: Record<string, Capture>): number[] | undefined {
  return Object.values(captures).find((c) => c.version?.family === 'GLIBC')?.version?.numbers;
}
