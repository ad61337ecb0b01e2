import type { Runtime } from 'webextension-polyfill';
import { privilegedTypes, toBackground, type ResponseOf, type ToBackground } from './contract';
import {
  contentScriptChampionRows,
  contentScriptInsights,
  contentScriptTypes,
} from './content-script';

export type Handlers = {
  [T in ToBackground['type']]: (
    message: Extract<ToBackground, { type: T }>,
    sender: Runtime.MessageSender,
  ) => Promise<ResponseOf<T>>;
};

/**
 * Is the sender this extension: one of its own pages (popup, options,
 * companion — in a tab or not), or its content script on https://claude.ai?
 */
export function isTrustedSender(
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== extensionId) return false;
  const url = sender.url ?? sender.tab?.url ?? '';
  if (url.startsWith(extensionOrigin)) return true;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && hostname === 'claude.ai';
  } catch {
    return false;
  }
}

/** Is the sender one of this extension's own pages (popup, options, companion)? */
export function isExtensionPage(
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== extensionId) return false;
  return (sender.url ?? '').startsWith(extensionOrigin);
}

/**
 * Build the background's onMessage listener: senders checked, requests
 * validated, handler errors turned into `{ error }` answers (never thrown
 * across the boundary, never carrying secrets: handlers own their wording).
 */
export function createRouter(
  handlers: Handlers,
  extensionId: string,
  /** `chrome-extension://<id>/` (or `moz-extension://<uuid>/`): `browser.runtime.getURL('/')`. */
  extensionOrigin: string,
) {
  return (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isTrustedSender(sender, extensionId, extensionOrigin)) return undefined;
    const parsed = toBackground.safeParse(raw);
    if (!parsed.success) return Promise.resolve({ error: 'Unknown or malformed request.' });
    const message = parsed.data;
    const fromPage = isExtensionPage(sender, extensionId, extensionOrigin);
    // The content script on claude.ai: an allowlist, and only what the overlay shows (content-script.ts).
    if (!fromPage && (privilegedTypes.has(message.type) || !contentScriptTypes.has(message.type))) {
      return Promise.resolve({ error: "Only Uptake's own pages may ask for that." });
    }
    const handler = handlers[message.type] as (
      m: ToBackground,
      s: Runtime.MessageSender,
    ) => Promise<unknown>;
    let answer = handler(message, sender);
    if (!fromPage && message.type === 'to-background:get-insights')
      answer = answer.then((a) =>
        contentScriptInsights(a as ResponseOf<'to-background:get-insights'>),
      );
    if (!fromPage && message.type === 'to-background:get-champion-rows')
      answer = answer.then((a) =>
        contentScriptChampionRows(a as ResponseOf<'to-background:get-champion-rows'>),
      );
    return answer.catch((error: unknown) => ({
      error: error instanceof Error ? error.message : 'Something went wrong in the background.',
    }));
  };
}
