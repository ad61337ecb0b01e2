import { useEffect, useState } from 'preact/hooks';
import type { ScopeChoice } from '@/components/popup/scope-picker';
import type { StatusResponse } from '@/lib/messages/contract';
import { sendToBackground } from '@/lib/messages/send';
import { readShownSnapshot, type ShownSnapshot } from '@/lib/snapshot/trusted';
import { defaultSettings, settingsSchema, type Settings } from '@/lib/store/settings';
import { readState } from '@/lib/store/state';
import { useStatus, type Loadable } from '@/lib/ui/use-background';
import { popupCacheKey, usableCache } from '@/lib/snapshot/popup-cache';
import { checkedCache } from '@/lib/snapshot/popup-cache-check';
import type { Insights } from './popup-view';

export interface PopupData {
  settings: Settings | null;
  orgName: string | null;
  scope: string | null;
  scopes: ScopeChoice[];
  insights: Insights;
  /** The imported team snapshot, verified again as it is read (or why it cannot be shown). */
  snapshot: ShownSnapshot | null;
  status: Loadable<StatusResponse>;
  chooseScope(scope: string): void;
}

/**
 * Everything the popup shows, local only (no network): settings, the saved
 * picture of the remembered scope (shown at once, once it passes the strict
 * check), then the background's fresh picture of it (re-read when a sync
 * finishes; the background builds it from the gated model and saves it for
 * the next open), the imported team snapshot and the sync status. Choosing
 * a scope remembers it in settings. The popup writes no picture itself.
 */
export function usePopupData(): PopupData {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [orgName, setOrgName] = useState<string | null>(null);
  const [snapshot, setSnapshot] = useState<ShownSnapshot | null>(null);
  const [scope, setScope] = useState<string | null>(null);
  const [scopes, setScopes] = useState<ScopeChoice[]>([]);
  const [insights, setInsights] = useState<Insights>({ state: 'pending' });
  const status = useStatus();

  useEffect(() => {
    void readState(['settings', popupCacheKey]).then((raw) => {
      const stored = typeof raw.settings === 'object' && raw.settings ? raw.settings : {};
      const s = settingsSchema.parse({ ...defaultSettings, ...stored });
      // Checked on read: the shape (as the first paint did), then strictly (zod and bounds).
      const found = usableCache(raw[popupCacheKey], raw.settings);
      const cache = found && checkedCache(found);
      if (found && !cache) setInsights({ state: 'pending' });
      if (cache) {
        setInsights({ state: 'picture', picture: cache.picture, from: 'cache' });
        setScopes(cache.scopes);
        setOrgName(cache.orgName);
      } else setOrgName(s.orgName);
      setSettings(s);
      setScope(s.popupScope);
    });
    void readShownSnapshot(Date.now()).then(setSnapshot, (error: unknown) =>
      setSnapshot({ ok: false, reason: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  const chooseScope = (next: string) => {
    setScope(next);
    setInsights({ state: 'pending' });
    // Remembered by the background, which checks every settings write.
    void sendToBackground({
      type: 'to-background:write-settings',
      patch: { popupScope: next },
    }).catch(() => undefined);
  };

  const lastSyncAt = status.state === 'ready' ? (status.value.lastSync?.at ?? 0) : 0;
  useEffect(() => {
    if (!settings || scope === null) return;
    let live = true;
    sendToBackground({ type: 'to-background:get-popup-picture', scope })
      .then((answer) => {
        if (!live) return;
        setScopes(answer.scopes);
        if (!answer.picture) {
          // A remembered group that is gone: back to the org.
          if (scope !== 'org' && answer.scopes.length > 0) return chooseScope('org');
          return setInsights({ state: 'none' });
        }
        setInsights({ state: 'picture', picture: answer.picture, from: 'live' });
      })
      .catch((error: unknown) => {
        if (live)
          setInsights((prev) =>
            prev.state === 'picture'
              ? prev
              : { state: 'error', message: error instanceof Error ? error.message : String(error) },
          );
      });
    return () => {
      live = false;
    };
  }, [settings, scope, lastSyncAt]);

  return { settings, orgName, scope, scopes, insights, snapshot, status, chooseScope };
}
