/**
 * Content script for the claude.ai analytics pages (and the spend settings):
 * starts the overlay's feature registry. It learns everything by message
 * from the background (no key, no IndexedDB, no API calls) and renders into
 * shadow roots; see lib/overlay/start.ts for the lifecycle.
 *
 * The manifest injects it at document start on a direct load of these pages,
 * so that its questions to the background travel while the page itself
 * loads; the background injects the same file when the app navigates here
 * without a page load (entrypoints/claude-bootstrap.ts). URL changes reach
 * it through the bootstrap. `noScriptStartedPostMessage`: WXT would
 * otherwise post a window message naming the extension to the page.
 */
import css from '@/components/overlay/overlay.css?inline';
import './hosts.css';
import { takePrefetched } from '@/lib/overlay/prefetch';
import { startOverlay } from '@/lib/overlay/start';
import { features } from './features';

export default defineContentScript({
  matches: ['https://claude.ai/analytics/*', 'https://claude.ai/admin-settings/usage*'],
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startOverlay(
      {
        doc: document,
        signal: ctx.signal,
        // Answers the bootstrap asked for ahead (in-app navigation), else the background now.
        transport: (message) =>
          takePrefetched(message, Date.now()) ?? browser.runtime.sendMessage(message),
        css,
      },
      features,
      location.href,
    );
  },
});
