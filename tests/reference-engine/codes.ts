// Reference engine: a frozen copy of src/lib/matcher/codes.ts at commit b3ce4d8 (the end of the
// regex-prefilter engine). tests/engine/differential.test.ts compares the byte-level engine with it. Do not edit.
/**
 * Error codes in every form users paste: Windows prints the same failure as 126, 0x7E,
 * ERROR_MOD_NOT_FOUND, 0x8007007E or a localised sentence; NTSTATUS crashes show up as
 * 0xC0000135, 3221225781 or -1073741515. Numbers are matched first because text is localised.
 */
import type { Code } from '../../src/lib/schema/error-entry.ts';

export interface CodePattern {
  source: string;
  flags: string;
  literal: string;
  /** Which form this pattern recognises, for the captured value. */
  form: 'name' | 'decimal' | 'hex' | 'hresult' | 'signed';
}

export function codeValue(code: Code): number {
  return typeof code.value === 'number' ? code.value : parseInt(code.value, 16);
}

const hex = (n: number) => n.toString(16);

// Words that introduce a Win32 error number. Exit codes are left out on purpose: 126 and 127 are
// also the Unix shell's "cannot execute" and "command not found" (`exit status 127`, `exited with
// code 127`), and GNU make reports them as `make: *** [all] Error 127`, hence the lookbehind.
const WIN32_CONTEXT = '(?<!\\] )(?:error|errno|winerror|lasterror|getlasterror\\(\\))';

/** Patterns for one code. All are literal-led or led by a bounded word alternation. */
export function codePatterns(code: Code): CodePattern[] {
  const value = codeValue(code);
  const out: CodePattern[] = [{ source: `\\b${code.name}\\b`, flags: '', literal: code.name, form: 'name' }];
  if (code.system === 'win32') {
    out.push({
      source: `\\b${WIN32_CONTEXT}(?: code)?[ :=#(]{1,3}${value}(?!\\w|\\.\\d)`,
      flags: 'i',
      literal: String(value),
      form: 'decimal',
    });
    // Hex after the same words, written short (0x7E) or as a full DWORD (0x0000007E).
    for (const digits of [hex(value), hex(value).padStart(8, '0')]) {
      out.push({
        source: `\\b${WIN32_CONTEXT}(?: code)?[ :=#(]{1,3}0x${digits}(?!\\w)`,
        flags: 'i',
        literal: `0x${digits}`,
        form: 'hex',
      });
    }
    const hresult = (0x80070000 | value) >>> 0;
    out.push({ source: `\\b0x${hex(hresult)}(?!\\w)`, flags: 'i', literal: `0x${hex(hresult)}`, form: 'hresult' });
  } else if (code.system === 'ntstatus' || code.system === 'hresult') {
    out.push({ source: `\\b0x${hex(value)}(?!\\w)`, flags: 'i', literal: `0x${hex(value)}`, form: 'hex' });
    out.push({ source: `\\b${value}(?!\\w|\\.\\d)`, flags: '', literal: String(value), form: 'decimal' });
    const signed = value | 0;
    if (signed < 0) out.push({ source: `(?<!\\d)${signed}(?!\\w|\\.\\d)`, flags: '', literal: String(signed), form: 'signed' });
  } else {
    out.push({ source: `\\berrno[ :=]{1,3}${value}(?!\\w|\\.\\d)`, flags: 'i', literal: String(value), form: 'decimal' });
  }
  return out;
}
