/**
 * The popup's first step (see main.tsx, which starts it): paints the saved
 * picture (or the background's early answer) with the plain view, then loads
 * the full app, which takes over the same root from what is on screen.
 * Imports only preact, the view and zod-free readers.
 */
import { render } from 'preact';
import type { StateKey } from '@/lib/store/state-db';
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
 * Paint what main.tsx read (the saved state) or was answered, then hand over to the full app.
 * `state` is the saved state read (settings and the saved picture); `answer` the background's.
 */
export async function startFirstStep(
  answer: Promise<EarlyAnswer>,
  state: Promise<Partial<Record<StateKey, unknown>>>,
): Promise<void> {
  let first: FirstPaint | null = null;
  let appStarted = false;
  try {
    const raw = await state;
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
