/**
 * Loads the overlay's data from the background, by message only (the content
 * script never sees the key, never opens IndexedDB, never calls the API).
 *
 * Lifecycle: `startDataLoader` asks for status, overlay settings and the
 * org's lean insight model at once; `ready` waits for the settings and the
 * model, and for the status only a little longer (it fills in when late). While a sync runs it polls the status
 * (the background's progress broadcasts reach extension pages, not content
 * scripts) and re-reads the model when the sync ends, when the latest day
 * moves, and every few polls so a first sync's early picture shows up. It
 * stops when `signal` aborts.
 */
import {
  ask,
  OverlayMessageError,
  type InsightsAnswer,
  type OverlaySettingsAnswer,
  type StatusAnswer,
  type Transport,
} from '@/lib/overlay/messages';
import type { OverlayData, Store } from '@/lib/overlay/store';
import type { ChampionQuery } from '@/lib/overlay/champion-lookup';
import type { Champion } from '@/lib/metrics/insight-types';

export interface DataLoader {
  /** Resolves after the first answers (or the failure) are in the store. */
  ready: Promise<void>;
  /** Ask again for everything. */
  refresh(): Promise<void>;
  /** Dismiss, snooze (7 days) or restore a suggestion; hidden at once, remembered by the background. */
  updateSuggestion(id: string, action: 'dismiss' | 'snooze' | 'restore'): Promise<void>;
  /** Open options or the companion in a tab. */
  openPage(page: 'options' | 'companion'): Promise<void>;
  /**
   * The org's champion rows among these members (the badges: the model carries
   * only the best few); a member who is no champion is not among them.
   */
  championRows(query: ChampionQuery): Promise<Champion[]>;
}

export interface LoaderOptions {
  signal: AbortSignal;
  /** Poll interval while a sync runs (ms). */
  pollMs?: number;
  /** Re-read the model every this many polls during a sync. */
  modelEveryPolls?: number;
  /** How long features wait for the status once the model is in (ms). */
  statusGraceMs?: number;
}

/** A failure to reach the background, in words with the fix. Never includes request contents. */
export function describeFailure(error: unknown): string {
  if (error instanceof OverlayMessageError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  if (/context invalidated/i.test(text))
    return 'Uptake was updated or reloaded. Reload this page to see its overlay again.';
  return "Uptake's background did not answer. Reload this page; if it keeps happening, restart the browser.";
}

/** Start loading; see the module note. */
export function startDataLoader(
  store: Store<OverlayData>,
  transport: Transport,
  { signal, pollMs = 2000, modelEveryPolls = 5, statusGraceMs = 25 }: LoaderOptions,
): DataLoader {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let polls = 0;
  signal.addEventListener('abort', () => timer !== null && clearTimeout(timer));

  const withRetry = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof OverlayMessageError || signal.aborted) throw error;
      // The service worker may have been starting; one more try.
      await new Promise((r) => setTimeout(r, 300));
      return run();
    }
  };

  const schedule = (status: StatusAnswer | null) => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (signal.aborted || !status?.sync || status.sync.state !== 'running') return;
    timer = setTimeout(() => void poll(status), pollMs);
  };

  const readModel = async (): Promise<InsightsAnswer> =>
    withRetry(() =>
      ask(transport, { type: 'to-background:get-insights', scope: 'org', lean: true }),
    );

  const refresh = async () => {
    try {
      const statusAnswer = withRetry(() => ask(transport, { type: 'to-background:get-status' }));
      // Marked handled: when the other answers fail first, nobody awaits this one.
      statusAnswer.catch(() => undefined);
      const [settings, insights] = await Promise.all([
        withRetry(() => ask(transport, { type: 'to-background:get-overlay-settings' })),
        readModel(),
      ]);
      // The status reads the background's database and can lag: features start without it
      // after a short wait, and it fills in where it shows (source, last sync, state).
      const status = await Promise.race([
        statusAnswer,
        new Promise<null>((r) => setTimeout(() => r(null), statusGraceMs)),
      ]);
      if (signal.aborted) return;
      store.set({
        phase: 'ready',
        settings,
        model: insights.model,
        error: null,
        ...(status ? { status } : {}),
      });
      if (status) return schedule(status);
      statusAnswer.then(
        (late) => {
          if (signal.aborted) return;
          store.set({ status: late });
          schedule(late);
        },
        (error: unknown) => !signal.aborted && store.set({ error: describeFailure(error) }),
      );
    } catch (error) {
      if (signal.aborted) return;
      store.set({ phase: 'ready', error: describeFailure(error) });
    }
  };

  const poll = async (before: StatusAnswer) => {
    polls += 1;
    try {
      const status = await ask(transport, { type: 'to-background:get-status' });
      if (signal.aborted) return;
      const ended = !status.sync || status.sync.state !== 'running';
      if (ended || status.latestDay !== before.latestDay || polls % modelEveryPolls === 0) {
        const insights = await readModel();
        if (signal.aborted) return;
        store.set({ status, model: insights.model, error: null });
      } else store.set({ status });
      schedule(status);
    } catch (error) {
      if (!signal.aborted) store.set({ error: describeFailure(error) });
    }
  };

  const updateSuggestion: DataLoader['updateSuggestion'] = async (id, action) => {
    const hidden = new Set(store.get().hiddenSuggestions);
    if (action === 'restore') hidden.delete(id);
    else hidden.add(id);
    store.set({ hiddenSuggestions: hidden });
    try {
      await ask(transport, { type: 'to-background:update-suggestion', id, action });
      const insights = await readModel();
      if (!signal.aborted) store.set({ model: insights.model });
    } catch (error) {
      const back = new Set(store.get().hiddenSuggestions);
      if (action === 'restore') back.add(id);
      else back.delete(id);
      store.set({ hiddenSuggestions: back });
      throw error;
    }
  };

  const openPage: DataLoader['openPage'] = async (page) => {
    await ask(transport, { type: 'to-background:open-extension-page', page });
  };

  const championRows: DataLoader['championRows'] = async ({ emails, nameKeys }) =>
    (
      await withRetry(() =>
        ask(transport, { type: 'to-background:get-champion-rows', emails, nameKeys }),
      )
    ).champions;

  return { ready: refresh(), refresh, updateSuggestion, openPage, championRows };
}

/** The overlay switch of a feature: on unless the settings say off (a missing switch is on). */
export function isSwitchedOn(settings: OverlaySettingsAnswer | null, featureId: string): boolean {
  return settings?.features[featureId] !== false;
}
