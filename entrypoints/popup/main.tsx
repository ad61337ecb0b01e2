/**
 * The popup starts in steps, so numbers are painted before the full code
 * (zod, the message contract, the insight helpers) is even loaded:
 * 0. this module, with no import but the state reader and the marks: ask the
 *    background for the fresh picture of the remembered scope (raw message,
 *    no zod) and read the saved picture of it (popup-cache-read.ts) at once,
 *    while the first step's code (preact, the view) loads: the read waits on
 *    IndexedDB, not on this page's main thread (issue 12 item 5);
 * 1. first-step.tsx renders the saved picture with the plain view;
 * 2. the full app takes over the same root from what is on screen, checks the
 *    answer against the message contract and keeps the picture up to date.
 *    With no saved picture, the answer is painted as soon as it comes (under
 *    the same first-paint check as a saved picture) if the full app is not
 *    there yet.
 */
import '@/components/base.css';
import '@/components/popup/popup.css';
import { popupCacheKey } from '@/lib/snapshot/popup-cache-read';
import { readStateNow, type StateKey } from '@/lib/store/state-db';
import type { EarlyAnswer } from './first-paint';
import { markOnce, popupMarks } from './marks';

markOnce(popupMarks.script);

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

const answer = askEarly();
// The saved picture is written by the background after the move out of storage.local
// (state.ts): no need to wait for the move to read it.
const state: Promise<Partial<Record<StateKey, unknown>>> = readStateNow([
  'settings',
  popupCacheKey,
]).then((raw) => {
  markOnce(popupMarks.stateRead);
  return raw;
});
state.catch(() => undefined); // the first step reports it
void import('./first-step').then(({ startFirstStep }) => startFirstStep(answer, state));
