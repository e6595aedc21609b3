/**
 * Browsers take about 1 ms per KB to put pasted text into a textarea (seconds for 10 MB), so a
 * large paste is matched in full but the box shows only its start and its end.
 */
export const PREVIEW_LIMIT = 20_000;
const HEAD = 2_000;
const TAIL = 6_000;

export function previewOf(text: string): string {
  if (text.length <= PREVIEW_LIMIT) return text;
  const head = text.slice(0, text.indexOf('\n', HEAD) + 1 || HEAD);
  const tailStart = text.lastIndexOf('\n', text.length - TAIL);
  const tail = text.slice(tailStart === -1 ? text.length - TAIL : tailStart + 1);
  const hidden = text.length - head.length - tail.length;
  return `${head}[… ${formatSize(hidden)} not shown here; all of it was matched …]\n${tail}`;
}

export function formatSize(chars: number): string {
  if (chars >= 1e6) return `${(chars / 1e6).toFixed(1)} MB`;
  if (chars >= 1e3) return `${Math.round(chars / 1e3)} KB`;
  return `${chars} characters`;
}
