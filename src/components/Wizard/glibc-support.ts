/**
 * Adapter over src/lib/data/glibc.ts: which distribution releases a binary needing GLIBC_x.y runs
 * on. One distribution per line: the oldest release that works, the newest that does not.
 */
import { distrosForGlibc, glibcSupportByDistro } from '../../lib/data/glibc.ts';

export interface GlibcSupportView {
  need: string;
  runs: string[];
  fails: string[];
}

export function glibcSupport(numbers: number[]): GlibcSupportView | undefined {
  let perDistro;
  try {
    perDistro = glibcSupportByDistro(numbers);
  } catch {
    return undefined;
  }
  const runs = perDistro.flatMap((d) => (d.oldestOk ? [`${d.distro} ${d.oldestOk.release} and later`] : []));
  const fails = perDistro.flatMap((d) => (d.newestBad ? [`${d.distro} ${d.newestBad.release} and earlier`] : []));
  for (const r of distrosForGlibc(numbers).musl) fails.push(`${r.distro} ${r.release} (musl, no glibc)`);
  return { need: `GLIBC_${numbers.join('.')}`, runs, fails };
}
