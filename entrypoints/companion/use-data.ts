/**
 * The companion's data hooks: the insight models (from the background, so
 * the numbers match the overlay and popup), the settings, and the admin's
 * own entries (storage.local `companion`).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  onCompanionDataChanged,
  readCompanionData,
  updateCompanionData,
} from '@/lib/companion/companion-store';
import { emptyCompanionData, type CompanionData } from '@/lib/companion/companion-data';
import type { InsightModel } from '@/lib/metrics';
import { checkedAnswer, sendToBackground } from '@/lib/messages/send';
import { onSettingsChanged, readSettings, type Settings } from '@/lib/store/settings';
import type { Loadable } from '@/lib/ui/use-background';
import { earlyKey, takeEarlyAnswer } from './early-insights';
import { useLoaded } from './use-loaded';

export interface ScopeOption {
  id: string;
  name: string | null;
  kind: 'org' | 'group';
  hiddenBecause: string | null;
}

export interface Insights {
  model: InsightModel | null;
  scopes: ScopeOption[];
}

const insightsMark = 'uptake:companion-insights';

/**
 * The model of `scope` and the list of scopes; reloaded when `version`
 * changes. `lean` leaves out the member lists of seat signals (only the
 * Seats and Exports views show them). Champion rows are always left out: the
 * companion shows how many, never who (lib/insights/champion-rows.ts).
 */
export function useInsights(scope: string, version: string, lean: boolean) {
  return useLoaded<Insights>(`${scope}|${version}|${lean}`, async () => {
    const early = version === '0' ? takeEarlyAnswer(earlyKey(scope, lean)) : null;
    const answer = early
      ? checkedAnswer('to-background:get-insights', await early)
      : await sendToBackground({
          type: 'to-background:get-insights',
          scope,
          lean,
          championRows: false,
        });
    // For the benchmark (tests/bench/companion-100k.ts): when the page had its first model.
    if (performance.getEntriesByName(insightsMark).length === 0) performance.mark(insightsMark);
    return answer;
  });
}

/**
 * A number that changes when the data behind the page changes after it was
 * first read: a sync finished (`lastSync.at`), a new latest day, or new
 * metric settings. The first values seen do not count, so the first load
 * is not repeated when status and settings arrive.
 */
export function useDataVersion(parts: (string | number | null | undefined)[]): string {
  const seen = useRef<string | null>(null);
  const count = useRef(0);
  const key = JSON.stringify(parts);
  if (parts.every((p) => p !== undefined)) {
    if (seen.current !== null && seen.current !== key) count.current += 1;
    seen.current = key;
  }
  return String(count.current);
}

/** Every group's model (member lists left out), for the views that compare teams. */
export function useGroupModels(scopes: ScopeOption[] | null, needed: boolean, version: string) {
  const ids = scopes?.filter((s) => s.kind === 'group').map((s) => s.id) ?? null;
  return useLoaded<Map<string, InsightModel>>(
    needed && ids ? `${ids.join(',')}|${version}` : null,
    async () => {
      const models = await Promise.all(
        ids!.map((id) =>
          sendToBackground({
            type: 'to-background:get-insights',
            scope: id,
            lean: true,
            championRows: false,
          }),
        ),
      );
      const out = new Map<string, InsightModel>();
      models.forEach((m, i) => m.model && out.set(ids![i]!, m.model));
      return out;
    },
  );
}

/** The settings, kept current when Options (or this page) changes them. */
export function useSettings(): Loadable<Settings> {
  const [value, setValue] = useState<Loadable<Settings>>({ state: 'loading' });
  useEffect(() => {
    const load = () =>
      readSettings()
        .then((s) => setValue({ state: 'ready', value: s }))
        .catch((e: unknown) => setValue({ state: 'error', message: String(e) }));
    void load();
    return onSettingsChanged(() => void load());
  }, []);
  return value;
}

/** The admin's entries, with an updater that writes them (validated). */
export function useCompanionData(): [
  CompanionData,
  (change: (d: CompanionData) => CompanionData) => Promise<void>,
  boolean,
] {
  const [data, setData] = useState<CompanionData>(emptyCompanionData);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void readCompanionData().then((d) => {
      setData(d);
      setLoaded(true);
    });
    return onCompanionDataChanged(setData);
  }, []);
  const update = useCallback(async (change: (d: CompanionData) => CompanionData) => {
    setData(await updateCompanionData(change));
  }, []);
  return [data, update, loaded];
}

/** A short random id for a new entry. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
