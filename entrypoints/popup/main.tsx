/**
 * The popup starts in two steps, so numbers are painted before the full
 * code (zod, the message contract, the insight helpers) is even loaded.
 * This first step imports only preact, the view and zod-free readers:
 * 1. ask the background for the fresh picture of the remembered scope
 *    (raw message, no zod) and, meanwhile, read the saved picture of it
 *    (popup-cache-read.ts) and render it with the plain view;
 * 2. load the full app, which takes over the same root from what is on
 *    screen, checks the answer against the message contract and keeps the
 *    picture up to date. With no saved picture, the answer is painted as
 *    soon as it comes (under the same first-paint check as a saved picture)
 *    if the full app is not there yet.
 */
import { render } from 'preact';
import '@/components/base.css';
import '@/components/popup/popup.css';
import { readStateNow } from '@/lib/store/state-db';
import {
  popupCacheKey,
  rememberedScope,
  usableAnswer,
  usableCache,
  type PopupCache,
} from '@/lib/snapshot/popup-cache-read';
import type { EarlyAnswer, FirstPaint } from './first-paint';
import { PopupView } from './popup-view';
import { markOnce, popupMarks } from './marks';

markOnce(popupMarks.script);
const root = document.getElementById('app')!;

function paint(shown: PopupCache, scope: string, from: 'cache' | 'live') {
  render(
    <PopupView
      orgName={shown.orgName}
      status={null}
      statusError={null}
      scopes={shown.scopes}
      scope={scope}
      insights={{ state: 'picture', picture: shown.picture, from }}
      snapshot={null}
    />,
    root,
  );
}

/**
 * Asks the background for the picture of the remembered scope (no scope: the background reads
 * it from the settings), at once, while the saved picture is read. Settles, never rejects (the
 * full app reports a failure).
 */
function askEarly(): Promise<EarlyAnswer> {
  markOnce(popupMarks.pictureAsked);
  return browser.runtime.sendMessage({ type: 'to-background:get-popup-picture' }).then(
    (answer: unknown) => {
      markOnce(popupMarks.pictureAnswered);
      return { answer };
    },
    (error: unknown) => ({ error }),
  );
}

async function start() {
  let first: FirstPaint | null = null;
  let appStarted = false;
  const answer = askEarly();
  try {
    // The saved picture is written by the background after the move out of storage.local
    // (state.ts): no need to wait for the move to read it.
    const raw = await readStateNow(['settings', popupCacheKey]);
    markOnce(popupMarks.stateRead);
    const scope = rememberedScope(raw.settings);
    const cache = usableCache(raw[popupCacheKey], raw.settings);
    if (cache) paint(cache, scope, 'cache');
    first = { scope, shown: cache && { ...cache, from: 'cache' }, answer };
    if (!cache)
      void answer.then((a) => {
        const live = 'answer' in a ? usableAnswer(a.answer, scope, raw.settings) : null;
        if (!live || appStarted) return;
        paint(live, scope, 'live');
        first = { ...first!, shown: { ...live, from: 'live' } };
      });
  } catch {
    // A saved picture that cannot be shown: the full app starts from scratch.
    render(null, root);
  }
  const { App } = await import('./app');
  markOnce(popupMarks.appLoaded);
  appStarted = true;
  render(<App first={first} />, root);
}

void start();
