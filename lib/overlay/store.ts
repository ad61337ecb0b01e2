/**
 * The overlay's data, shared by every feature on the page: what the
 * background said (status, overlay settings, the org's insight model) and
 * whether it could be asked at all. One store per content script; features
 * render from it and re-render in place when it changes (no remount, so no
 * flicker when a sync finishes).
 */
import { useEffect, useState } from 'preact/hooks';
import type { InsightModel } from '@/lib/metrics/insight-types';
import type { OverlaySettingsAnswer, StatusAnswer } from '@/lib/overlay/messages';

export interface OverlayData {
  /** 'loading' until the first answers (or failure) arrive. */
  phase: 'loading' | 'ready';
  status: StatusAnswer | null;
  settings: OverlaySettingsAnswer | null;
  /** The org's model; null with no history yet (or before the first answer). */
  model: InsightModel | null;
  /** Why the background could not be asked (in words), or null. */
  error: string | null;
  /** Suggestions dismissed or snoozed on this page since the model was read. */
  hiddenSuggestions: ReadonlySet<string>;
}

export interface Store<T> {
  get(): T;
  /** Merge `patch` into the value. */
  set(patch: Partial<T>): void;
  /** Replace the whole value. */
  replace(next: T): void;
  subscribe(listener: (value: T) => void): () => void;
}

/** A minimal observable value. Listeners run synchronously after each `set`. */
export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  const replace = (next: T) => {
    value = next;
    for (const l of [...listeners]) l(value);
  };
  return {
    get: () => value,
    set: (patch) => replace({ ...value, ...patch }),
    replace,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const initialData: OverlayData = {
  phase: 'loading',
  status: null,
  settings: null,
  model: null,
  error: null,
  hiddenSuggestions: new Set(),
};

/** Preact hook: the store's current value, re-rendering on change. */
export function useStore<T extends object>(store: Store<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => {
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
