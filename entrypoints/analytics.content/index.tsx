/**
 * Content script for the claude.ai analytics pages (and the spend settings):
 * starts the overlay's feature registry. It learns everything by message
 * from the background (no key, no IndexedDB, no API calls) and renders into
 * shadow roots; see lib/overlay/start.ts for the lifecycle.
 *
 * It runs at document start so that its questions to the background travel
 * while the page itself loads; features mount when their anchors appear.
 */
import css from '@/components/overlay/overlay.css?inline';
import './hosts.css';
import { startOverlay } from '@/lib/overlay/start';
import { features } from './features';

export default defineContentScript({
  matches: ['https://claude.ai/analytics/*', 'https://claude.ai/admin-settings/usage*'],
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  main(ctx) {
    startOverlay(
      {
        doc: document,
        signal: ctx.signal,
        transport: (message) => browser.runtime.sendMessage(message),
        css,
        onLocationChange: (listener) =>
          ctx.addEventListener(window, 'wxt:locationchange', (e) => listener(e.newUrl)),
      },
      features,
      location.href,
    );
  },
});
