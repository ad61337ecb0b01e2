/**
 * The popup starts in two steps, so numbers are painted before the full
 * code (zod, the message contract, the insight helpers) is even loaded:
 * 1. read the saved picture of the remembered scope (popup-cache.ts) and
 *    render it with the plain view;
 * 2. load the full app, which takes over the same root, asks the
 *    background for the fresh model and keeps the picture up to date.
 */
import { render } from 'preact';
import '@/components/base.css';
import '@/components/popup/popup.css';
import { readState } from '@/lib/store/state';
import { popupCacheKey, rememberedScope, usableCache } from '@/lib/snapshot/popup-cache';
import { PopupView } from './popup-view';

const root = document.getElementById('app')!;

async function start() {
  try {
    const raw = await readState(['settings', popupCacheKey]);
    const cache = usableCache(raw[popupCacheKey], raw.settings);
    if (cache)
      render(
        <PopupView
          orgName={cache.orgName}
          status={null}
          statusError={null}
          scopes={cache.scopes}
          scope={rememberedScope(raw.settings)}
          insights={{ state: 'picture', picture: cache.picture, from: 'cache' }}
          snapshot={null}
        />,
        root,
      );
  } catch {
    // A saved picture that cannot be shown: the full app starts from scratch.
    render(null, root);
  }
  const { App } = await import('./app');
  render(<App />, root);
}

void start();
