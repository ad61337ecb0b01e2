import { useEffect, useState } from 'preact/hooks';
import type { ScopeChoice } from '@/components/popup/scope-picker';
import type { InsightModel } from '@/lib/metrics';
import { sendToBackground } from '@/lib/messages/send';
import { chartSummary, type OrgChartSummary } from './org-chart-actions';
import { readOrgChart } from '@/lib/org-chart/store';
import type { StoredSnapshot } from '@/lib/snapshot/storage';
import { readShownSnapshot } from '@/lib/snapshot/trusted';
import { readEffectiveSettings, type EffectiveSettings } from '@/lib/store/managed';
import type { Settings } from '@/lib/store/settings';

export interface OptionsData {
  effective: EffectiveSettings | null;
  scopes: ScopeChoice[];
  orgModel: InsightModel | null;
  orgChart: OrgChartSummary | null;
  snapshot: StoredSnapshot | null;
  /**
   * Asks the background to write a settings patch (it checks it and re-applies the policy; a
   * refused patch throws its sentence) and refreshes what depends on it.
   */
  save(patch: Partial<Settings>): Promise<Settings>;
  reloadInsights(): Promise<void>;
  reloadOrgChart(): Promise<void>;
  reloadSnapshot(): Promise<void>;
}

/**
 * What the options page edits and shows: the settings in force with what the
 * policy locks, the scopes and the org's model from the background (groups,
 * today, the champions' current cut-off), the applied org chart and the
 * imported team snapshot. `lastSyncAt` (the last sync's time) re-reads the
 * background's model when a sync ends.
 */
export function useOptionsData(lastSyncAt: number): OptionsData {
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  const [scopes, setScopes] = useState<ScopeChoice[]>([]);
  const [orgModel, setOrgModel] = useState<InsightModel | null>(null);
  const [orgChart, setOrgChart] = useState<OrgChartSummary | null>(null);
  const [snapshot, setSnapshot] = useState<StoredSnapshot | null>(null);

  const reloadInsights = async () => {
    try {
      const answer = await sendToBackground({
        type: 'to-background:get-insights',
        scope: 'org',
        lean: true,
      });
      setScopes(answer.scopes);
      setOrgModel(answer.model);
    } catch {
      // The background not answering shows in the key section's status.
    }
  };
  const reloadOrgChart = async () => setOrgChart(chartSummary(await readOrgChart()));
  // The same check as the popup's: verified again, signed by a trusted key.
  const reloadSnapshot = async () => {
    const shown = await readShownSnapshot(Date.now()).catch(() => null);
    setSnapshot(shown?.ok ? shown.stored : null);
  };

  useEffect(() => {
    void readEffectiveSettings().then(setEffective);
    void reloadOrgChart().catch(() => undefined);
    void reloadSnapshot();
  }, []);
  // Groups and the org's model change when a sync ends.
  useEffect(() => {
    void reloadInsights();
  }, [lastSyncAt]);

  const save = async (patch: Partial<Settings>) => {
    const { settings } = await sendToBackground({ type: 'to-background:write-settings', patch });
    setEffective((prev) => ({
      locked: prev?.locked ?? new Set(),
      problems: prev?.problems ?? [],
      settings,
    }));
    if (patch.metrics) void reloadInsights();
    return settings;
  };

  return {
    effective,
    scopes,
    orgModel,
    orgChart,
    snapshot,
    save,
    reloadInsights,
    reloadOrgChart,
    reloadSnapshot,
  };
}
