/**
 * The bootstrap: the only part of Uptake that runs on every claude.ai page
 * (chats included), so that the overlay also appears when an admin reaches
 * Analytics by the app's own navigation, where no page load happens and the
 * browser injects no content script.
 *
 * It keeps to a listener on URL changes (navigation.ts: the Navigation API,
 * no timer). When the URL becomes an analytics or spend page it hands the
 * URL to the overlay if one runs in this document (presence.ts), else asks
 * the background once to inject it (scripting.executeScript into this very
 * document); the overlay then starts on the current URL itself. Every later
 * URL change goes to the overlay, which clears itself away on pages it does
 * not enhance. On a direct load of an analytics page the manifest injects
 * the overlay at document start; the bootstrap looks at the URL only once
 * the document is parsed, by when that overlay is registered, so it is
 * never injected twice.
 *
 * Nothing here touches the page: no DOM, no window messages, no events of
 * its own.
 */
import { isEnhancedPath } from '@/lib/claude/pages';
import { watchLocation, type LocationSource } from '@/lib/overlay/navigation';
import { runningOverlay } from '@/lib/overlay/presence';

export interface BootstrapHost {
  win: LocationSource;
  doc: { readyState: DocumentReadyState; addEventListener: Document['addEventListener'] };
  /** The isolated world's global object (globalThis; a plain object in tests). */
  world?: object;
  /**
   * Ask the background to inject the overlay into this document. Resolves
   * once it ran (or was refused); rejects when the background cannot be
   * reached (the extension was reloaded).
   */
  requestOverlay(): Promise<unknown>;
  signal: AbortSignal;
}

export interface Bootstrap {
  /** Look at the current URL now (as on a URL change). */
  sync(): void;
}

/** Start the bootstrap; see the module note. */
export function startBootstrap(host: BootstrapHost): Bootstrap {
  const { win, doc, signal } = host;
  let pending = false;
  // A URL the overlay could not be injected on: not asked again until the URL changes.
  let refused: string | null = null;

  const sync = () => {
    if (signal.aborted || doc.readyState === 'loading') return;
    const url = win.location.href;
    const overlay = runningOverlay(host.world);
    if (overlay) return overlay.evaluate(url);
    if (pending || url === refused || !isEnhancedPath(win.location.pathname)) return;
    pending = true;
    host.requestOverlay().then(
      () => {
        pending = false;
        if (!runningOverlay(host.world)) refused = url;
        sync();
      },
      () => {
        pending = false;
        refused = url;
      },
    );
  };

  watchLocation(win, sync, signal);
  if (doc.readyState === 'loading')
    doc.addEventListener('DOMContentLoaded', sync, { once: true, signal });
  else sync();
  return { sync };
}
