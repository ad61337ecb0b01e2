import { useEffect, useState } from 'preact/hooks';
import type { Loadable } from '@/lib/ui/use-background';

/**
 * Runs `load` when `key` changes (null key: not needed, stays idle) and
 * keeps its outcome as a Loadable. A slower earlier load never overwrites a
 * newer one.
 */
export function useLoaded<T>(
  key: string | null,
  load: () => Promise<T>,
): Loadable<T> | { state: 'idle' } {
  const [value, setValue] = useState<Loadable<T> | { state: 'idle' }>({ state: 'idle' });
  useEffect(() => {
    if (key === null) {
      setValue({ state: 'idle' });
      return;
    }
    let live = true;
    setValue({ state: 'loading' });
    load()
      .then((v) => live && setValue({ state: 'ready', value: v }))
      .catch(
        (e: unknown) =>
          live && setValue({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [key]);
  return value;
}
