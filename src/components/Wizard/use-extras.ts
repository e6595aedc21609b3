/** Loads result-extras.tsx once, on the first text in the box, and re-renders when it is there. */
import { useEffect, useState } from 'preact/hooks';

export type Extras = typeof import('./result-extras.tsx');

let loaded: Extras | undefined;

export function useExtras(wanted: boolean): Extras | undefined {
  const [mod, setMod] = useState(loaded);
  useEffect(() => {
    if (!wanted || mod) return;
    import('./result-extras.tsx').then((m) => setMod((loaded = m)));
  }, [wanted, mod]);
  return mod;
}
