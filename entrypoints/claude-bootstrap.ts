/**
 * The claude.ai bootstrap (lib/overlay/bootstrap.ts): a few hundred bytes on
 * every claude.ai page that bring the overlay in when the app navigates to
 * an analytics page without a page load.
 *
 * Built as an unlisted script and listed in the manifest's content scripts
 * by wxt.config.ts, not with `defineContentScript`, because WXT's content
 * script context announces every script it starts to the page (a window
 * message and a document event named after the extension's id), and this
 * one runs on chat pages, where nothing may tell claude.ai that Uptake is
 * installed. It uses the browser's own `runtime` (no polyfill: it is the
 * smallest script Uptake has).
 */
import { startBootstrap } from '@/lib/overlay/bootstrap';
import { prefetchFirstAnswers } from '@/lib/overlay/prefetch';

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

export default defineUnlistedScript(() => {
  const controller = new AbortController();
  startBootstrap({
    win: window,
    doc: document,
    signal: controller.signal,
    requestOverlay: async () => {
      // Looked up only now: the extension API bindings cost a millisecond or two to set up,
      // which a chat page that never goes to Analytics should not pay.
      const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
      const runtime = g.browser?.runtime ?? g.chrome?.runtime;
      try {
        if (!runtime) throw new Error('No extension runtime here.');
        const injected = runtime.sendMessage({ type: 'to-background:inject-overlay' });
        // The overlay's first questions travel while its script is injected and evaluated.
        prefetchFirstAnswers((message) => runtime.sendMessage(message), Date.now());
        return await injected;
      } catch (error) {
        // The extension was reloaded or removed: this copy has nothing left to do.
        if (!runtime?.id) controller.abort();
        throw error;
      }
    },
  });
});
