import { useEffect, useState } from 'preact/hooks';
import { readRegistry, registryKey } from '@/lib/store/active-history';
import { keptHistories, type KeptHistory } from '@/lib/store/source-switch';
import type { Registry } from '@/lib/store/sources';

/**
 * The registry of sources (whose history is shown, which others are kept,
 * a pending question about the key) and every kept history's size, re-read
 * whenever the background changes the registry, or `refresh` changes.
 */
export function useRegistry(refresh = 0): { registry: Registry | null; kept: KeptHistory[] } {
  const [state, setState] = useState<{ registry: Registry | null; kept: KeptHistory[] }>({
    registry: null,
    kept: [],
  });
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const listener = (changed: Record<string, unknown>, area: string) => {
      if (area === 'local' && changed[registryKey]) setChanges((n) => n + 1);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  useEffect(() => {
    let live = true;
    void Promise.all([readRegistry(), keptHistories()]).then(
      ([registry, kept]) => live && setState({ registry, kept }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [changes, refresh]);
  return state;
}
