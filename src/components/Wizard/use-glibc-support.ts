/**
 * The distribution table is loaded only when a paste captures a GLIBC_x.y version: it is a third
 * of the wizard's code and most pastes do not need it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { GlibcSupportView } from './glibc-support.ts';

export function useGlibcSupport(version: number[] | undefined): GlibcSupportView | undefined {
  const key = version?.join('.');
  const [view, setView] = useState<{ key: string; support?: GlibcSupportView }>();
  useEffect(() => {
    if (!key) return;
    let current = true;
    import('./glibc-support.ts').then((m) => current && setView({ key, support: m.glibcSupport(key.split('.').map(Number)) }));
    return () => {
      current = false;
    };
  }, [key]);
  return key && view?.key === key ? view.support : undefined;
}
