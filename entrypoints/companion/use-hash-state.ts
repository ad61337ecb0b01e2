import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatHash, parseHash, type CompanionState } from '@/lib/companion/hash-state';

/**
 * The view state in the URL hash: read on load and on `hashchange` (back,
 * forward, a bookmark), written with `history.pushState` so each change is
 * a step the back button can undo.
 */
export function useHashState(): [CompanionState, (patch: Partial<CompanionState>) => void] {
  const [state, setState] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onHash = () => setState(parseHash(location.hash));
    addEventListener('hashchange', onHash);
    addEventListener('popstate', onHash);
    return () => {
      removeEventListener('hashchange', onHash);
      removeEventListener('popstate', onHash);
    };
  }, []);
  const update = useCallback((patch: Partial<CompanionState>) => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      const hash = `#${formatHash(next)}`;
      if (hash !== location.hash) history.pushState(null, '', hash);
      return next;
    });
  }, []);
  return [state, update];
}
