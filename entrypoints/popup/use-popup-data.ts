import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScopeChoice } from '@/components/popup/scope-picker';
import type { ResponseOf, StatusResponse } from '@/lib/messages/contract';
import { checkedAnswer, sendToBackground } from '@/lib/messages/send';
import { readShownSnapshot, type ShownSnapshot } from '@/lib/snapshot/trusted';
import { defaultSettings, settingsSchema, type Settings } from '@/lib/store/settings';
import { readState } from '@/lib/store/state';
import { useStatus, type Loadable } from '@/lib/ui/use-background';
import { popupCacheKey, usableCache } from '@/lib/snapshot/popup-cache';
import { checkedCache } from '@/lib/snapshot/popup-cache-check';
import type { Insights } from './popup-view';
import { markOnce, popupMarks } from './marks';
import type { FirstPaint } from './first-paint';

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
export function usePopupData(first: FirstPaint | null = null): PopupData {
  const shown = first?.shown ?? null;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [orgName, setOrgName] = useState<string | null>(shown?.orgName ?? null);
  const [snapshot, setSnapshot] = useState<ShownSnapshot | null>(null);
  const [scope, setScope] = useState<string | null>(first?.scope ?? null);
  const [scopes, setScopes] = useState<ScopeChoice[]>(shown?.scopes ?? []);
  // What the first step painted stays on screen while the checks below run (no "Loading…" between).
  const [insights, setInsights] = useState<Insights>(
    shown ? { state: 'picture', picture: shown.picture, from: shown.from } : { state: 'pending' },
  );
  // True while the first step's painted answer has not passed the contract's check.
  const unchecked = useRef(shown?.from === 'live');
  // The scope shown: an answer for another scope (asked before a change) is dropped.
  const current = useRef<string | null>(first?.scope ?? null);
  // The scope the first step already asked for: the first ask below is not repeated.
  const askedEarly = useRef<string | null>(first?.scope ?? null);
  const status = useStatus();

  // A scope chosen in the picker (shown from the first paint on, before the settings are read).
  const chosen = useRef(false);

  const chooseScope = (next: string) => {
    chosen.current = true;
    current.current = next;
    setScope(next);
    setInsights({ state: 'pending' });
    // Remembered by the background, which checks every settings write.
    void sendToBackground({
      type: 'to-background:write-settings',
      patch: { popupScope: next },
    }).catch(() => undefined);
  };

  /** Shows the background's answer for `asked` (unless it is stale), or what went wrong. */
  const take = (answer: Promise<PictureAnswer>, asked: string, fresh: () => boolean) =>
    answer
      .then((a) => {
        markOnce(popupMarks.pictureAnswered);
        if (!fresh() || current.current !== asked) return;
        unchecked.current = false;
        setScopes(a.scopes);
        if (!a.picture) {
          // A remembered group that is gone: back to the org.
          if (asked !== 'org' && a.scopes.length > 0) return chooseScope('org');
          return setInsights({ state: 'none' });
        }
        setInsights({ state: 'picture', picture: a.picture, from: 'live' });
      })
      .catch((error: unknown) => {
        if (!fresh() || current.current !== asked) return;
        // A picture already on screen stays, unless it is the first step's answer, unchecked.
        setInsights((prev) =>
          prev.state === 'picture' && !unchecked.current
            ? prev
            : { state: 'error', message: error instanceof Error ? error.message : String(error) },
        );
      });

  useEffect(() => {
    // The first step's answer, taken as soon as it comes: before the settings are read. If it
    // failed (or is of no use), the scope read is asked for here: the ask below is skipped.
    if (first) {
      const ask = () => sendToBackground({ type: pictureType, scope: first.scope });
      void take(checkedEarly(first).catch(ask), first.scope, () => true);
    }
    void readState(['settings', popupCacheKey]).then((raw) => {
      const stored = typeof raw.settings === 'object' && raw.settings ? raw.settings : {};
      const s = settingsSchema.parse({ ...defaultSettings, ...stored });
      // Chosen meanwhile: the remembered scope and its saved picture are out of date.
      if (chosen.current) return setSettings(s);
      // Checked on read: the shape (as the first paint did), then strictly (zod and bounds).
      const found = usableCache(raw[popupCacheKey], raw.settings);
      const cache = found && checkedCache(found);
      // A fresh answer already on screen is not replaced by the saved copy.
      const keep = (prev: Insights) => prev.state === 'picture' && prev.from === 'live';
      if (found && !cache) setInsights((prev) => (keep(prev) ? prev : { state: 'pending' }));
      if (cache) {
        setInsights((prev) =>
          keep(prev) ? prev : { state: 'picture', picture: cache.picture, from: 'cache' },
        );
        setScopes((prev) => (shown?.from === 'live' ? prev : cache.scopes));
        setOrgName(cache.orgName);
      } else if (!shown) setOrgName(s.orgName);
      current.current = s.popupScope;
      setSettings(s);
      setScope(s.popupScope);
    });
    void readShownSnapshot(Date.now()).then(setSnapshot, (error: unknown) =>
      setSnapshot({ ok: false, reason: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  const lastSyncAt = status.state === 'ready' ? (status.value.lastSync?.at ?? 0) : 0;
  useEffect(() => {
    if (!settings || scope === null) return;
    const early = askedEarly.current;
    askedEarly.current = null;
    if (early === scope) return;
    let live = true;
    markOnce(popupMarks.pictureAsked);
    void take(sendToBackground({ type: pictureType, scope }), scope, () => live);
    return () => {
      live = false;
    };
  }, [settings, scope, lastSyncAt]);

  return { settings, orgName, scope, scopes, insights, snapshot, status, chooseScope };
}

const pictureType = 'to-background:get-popup-picture';
type PictureAnswer = ResponseOf<typeof pictureType>;

/** The first step's answer (main.tsx), checked against the message contract as `sendToBackground` checks. */
function checkedEarly(first: FirstPaint): Promise<PictureAnswer> {
  return first.answer.then((settled) => {
    if (!('answer' in settled))
      throw settled.error instanceof Error ? settled.error : new Error(String(settled.error));
    const answer = checkedAnswer(pictureType, settled.answer);
    // Asked without a scope: the background's remembered one, which must be the one read here.
    if (answer.picture && answer.picture.scope.id !== first.scope)
      throw new Error('The popup’s scope changed while it opened: open it again.');
    return answer;
  });
}
