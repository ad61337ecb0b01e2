/**
 * What the features' islands share: the page's data as a Preact hook, a
 * ticking clock for "3 min ago", the actions that go to the background
 * (logged, never thrown into the page), and the suggestions still to show.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FeatureContext } from '@/lib/overlay/feature';
import { logFeatureError } from '@/lib/overlay/log';
import type { Suggestion } from '@/lib/metrics/insight-types';
import { useStore, type OverlayData } from '@/lib/overlay/store';

/** The page's overlay data, re-rendering on change. */
export function useData(ctx: FeatureContext): OverlayData {
  return useStore(ctx.store);
}

/** Now (ms), refreshed every `everyMs`. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}

export interface OverlayActions {
  openOptions(): void;
  openCompanion(): void;
  /** Rejects when the background could not save it (the item shows again). */
  updateSuggestion(id: string, action: 'dismiss' | 'snooze'): Promise<void>;
}

/** The actions of a feature's islands. */
export function actionsOf(ctx: FeatureContext, featureId: string): OverlayActions {
  const open = (page: 'options' | 'companion') => () =>
    void ctx.loader.openPage(page).catch((e: unknown) => logFeatureError(featureId, e));
  return {
    openOptions: open('options'),
    openCompanion: open('companion'),
    updateSuggestion: (id, action) =>
      ctx.loader.updateSuggestion(id, action).catch((e: unknown) => {
        logFeatureError(featureId, e);
        throw e;
      }),
  };
}

/** The model's suggestions minus those dismissed or snoozed on this page. */
export function visibleSuggestions(data: OverlayData): Suggestion[] {
  return (data.model?.suggestions ?? []).filter((s) => !data.hiddenSuggestions.has(s.id));
}
