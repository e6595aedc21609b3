/** Compare two dotted versions as number lists: negative, zero or positive, like a sort comparator ([2, 28] equals [2, 28, 0]). */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
