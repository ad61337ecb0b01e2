/**
 * The background's half of in-app navigation: inject the overlay into the
 * claude.ai document whose bootstrap asked for it (lib/overlay/bootstrap.ts).
 *
 * The overlay's files are the ones the manifest lists for the analytics
 * pages (the content script matching `https://claude.ai/analytics/*`), so a
 * document gets exactly what a direct load of an analytics page would get:
 * the stylesheet for Uptake's hosts and the script. It goes into the
 * sender's own document (by document id where the browser gives one, else
 * its frame), and only into the top frame of a claude.ai tab. Which page
 * that document shows is the bootstrap's and the overlay's to judge: the
 * sender's `url` is the URL the document was loaded at, not the one the app
 * pushed since (Chromium 156), so it cannot tell. Needs the `scripting`
 * permission and the `https://claude.ai/*` host permission.
 */

/** The sender of the request, as `runtime.onMessage` reports it. */
export interface InjectSender {
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
  url?: string;
}

/** Into one document of a tab: by its id, or (where the browser has no document ids) by its frame. */
export type InjectionTarget =
  { tabId: number; documentIds: string[] } | { tabId: number; frameIds: number[] };

/** The parts of `browser.scripting` used (a fake in unit tests). */
export interface ScriptingApi {
  insertCSS(injection: { target: InjectionTarget; files: string[] }): Promise<unknown>;
  executeScript(injection: {
    target: InjectionTarget;
    files: string[];
    injectImmediately?: boolean;
  }): Promise<unknown>;
}

interface ManifestScripts {
  content_scripts?: { matches?: string[]; js?: string[]; css?: string[] }[];
}

/** The pattern that marks the overlay's content script in the manifest. */
export const OVERLAY_MATCH = 'https://claude.ai/analytics/*';

/** The overlay's script and stylesheet files, as the manifest lists them. */
export function overlayFiles(manifest: ManifestScripts): { js: string[]; css: string[] } {
  const entry = manifest.content_scripts?.find((cs) => cs.matches?.includes(OVERLAY_MATCH));
  if (!entry?.js?.length)
    throw new Error(`The manifest has no content script for ${OVERLAY_MATCH}.`);
  return { js: entry.js, css: entry.css ?? [] };
}

export type InjectOutcome = 'injected' | 'not-claude' | 'not-a-top-frame';

/** Is `url` a page of https://claude.ai? */
function isClaude(url: string | undefined): boolean {
  try {
    const { protocol, hostname } = new URL(url ?? '');
    return protocol === 'https:' && hostname === 'claude.ai';
  } catch {
    return false;
  }
}

/**
 * Inject the overlay into the sender's document.
 *
 * Refuses (without injecting) a sender outside a tab's top frame or outside
 * claude.ai; the overlay itself guards against starting twice in one
 * document, and shows nothing on a page it does not enhance.
 */
export async function injectOverlay(
  sender: InjectSender,
  scripting: ScriptingApi,
  manifest: ManifestScripts,
): Promise<InjectOutcome> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0) return 'not-a-top-frame';
  if (!isClaude(sender.url)) return 'not-claude';
  const files = overlayFiles(manifest);
  const target: InjectionTarget = sender.documentId
    ? { tabId, documentIds: [sender.documentId] }
    : { tabId, frameIds: [0] };
  // Both at once (the stylesheet only styles Uptake's own hosts), and the script without
  // waiting for the document to be idle: the admin is looking at the page.
  await Promise.all([
    files.css.length ? scripting.insertCSS({ target, files: files.css }) : null,
    scripting.executeScript({ target, files: files.js, injectImmediately: true }),
  ]);
  return 'injected';
}
