/**
 * A visit: the time a document spends on pages Uptake enhances, from the
 * first analytics URL to the next URL it does not enhance (a chat, settings).
 *
 * During a visit the data loader runs (it polls the background while a sync
 * is running) and the host's theme is followed (attributes on `<html>`, the
 * system preference). Outside one, none of it: the overlay keeps no timer,
 * observer or listener on pages it does not enhance. The store keeps the
 * last answers between visits, and each visit asks again.
 */
import { THEME_ATTRIBUTES } from '@/lib/claude/theme';
import { startDataLoader, type DataLoader } from '@/lib/overlay/data';
import type { Transport } from '@/lib/overlay/messages';
import type { OverlayData, Store } from '@/lib/overlay/store';

export interface Visits {
  /** The current visit's loader (the last one's between visits). */
  loader: DataLoader;
  /** Start a visit unless one runs; resolves when its first answers are in. */
  begin(): Promise<void>;
  /** End the visit (nothing when none runs). */
  end(): void;
  active(): boolean;
}

/** Visits of one document; `followTheme` is called when the host's theme may have changed. */
export function createVisits(
  doc: Document,
  store: Store<OverlayData>,
  transport: Transport,
  { followTheme }: { followTheme: () => void },
): Visits {
  let visit: { controller: AbortController; loader: DataLoader } | null = null;
  let last: DataLoader | null = null;
  const loader = (): DataLoader => {
    const l = visit?.loader ?? last;
    if (!l) throw new Error('The overlay has not loaded its data yet.');
    return l;
  };

  return {
    loader: {
      get ready() {
        return loader().ready;
      },
      refresh: () => loader().refresh(),
      updateSuggestion: (id, action) => loader().updateSuggestion(id, action),
      openPage: (page) => loader().openPage(page),
      championRows: (query) => loader().championRows(query),
    },
    begin() {
      if (visit) return visit.loader.ready;
      const controller = new AbortController();
      const { signal } = controller;
      const started = startDataLoader(store, transport, { signal });
      visit = { controller, loader: started };
      last = started;
      const themeObserver = new MutationObserver(followTheme);
      themeObserver.observe(doc.documentElement, {
        attributes: true,
        attributeFilter: THEME_ATTRIBUTES,
      });
      const media = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
      media?.addEventListener('change', followTheme, { signal });
      signal.addEventListener('abort', () => themeObserver.disconnect(), { once: true });
      followTheme();
      return started.ready;
    },
    end() {
      visit?.controller.abort();
      visit = null;
    },
    active: () => visit !== null,
  };
}
