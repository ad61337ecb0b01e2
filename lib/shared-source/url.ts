/**
 * The shared history's address (issue 14 item 3): the https URL of the
 * history file a headless sync publishes (`…/uptake-history.ndjson.gz`,
 * docs/headless.md), set in options or by policy. Pure.
 *
 * Definitions:
 * - The **history URL** is the file's own address; its detached signature is
 *   at the same address plus `.sig.json` (lib/headless/outputs.ts writes both).
 * - The **origin pattern** is what the optional host permission is asked for:
 *   `https://<host>/*` (a pattern without a port covers every port), the one
 *   host the background may then read.
 *
 * Refused, each with a sentence: anything not https (http:, file:, data:, …),
 * credentials in the URL (a password would sit in settings and logs), a URL
 * with a fragment, and anything over 2,000 characters.
 */

export const maxSharedUrlLength = 2000;

export interface SharedLocation {
  /** The history file's URL, normalised (`new URL(...).href`). */
  url: string;
  /** Its detached signature: `url` + `.sig.json`. */
  signatureUrl: string;
  /** `uptake.example.internal` (with `:port` when one is given): how surfaces name it. */
  host: string;
  /** `https://uptake.example.internal/*`: the optional host permission to ask for. */
  originPattern: string;
}

export type ParsedSharedUrl =
  { ok: true; location: SharedLocation } | { ok: false; reason: string };

/**
 * Checks what an admin typed (or a policy set) as the shared history's URL.
 *
 * @example parseSharedUrl('https://uptake.example.internal/out/history/uptake-history.ndjson.gz')
 *   // → ok, host 'uptake.example.internal', originPattern 'https://uptake.example.internal/*'
 * @example parseSharedUrl('http://uptake.example.internal/h.ndjson.gz')
 *   // → { ok: false, reason: 'The shared history must be an https:// address …' }
 */
export function parseSharedUrl(input: string): ParsedSharedUrl {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'Enter the https:// address of the history file.' };
  if (text.length > maxSharedUrlLength)
    return {
      ok: false,
      reason: `The address is ${text.length} characters long; at most ${maxSharedUrlLength} are accepted.`,
    };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `"${text.slice(0, 80)}" is not a web address.` };
  }
  if (url.protocol !== 'https:')
    return {
      ok: false,
      reason: `The shared history must be an https:// address (this one is ${url.protocol.replace(':', '')}:), so nobody on the way can read or change it.`,
    };
  if (url.username || url.password)
    return {
      ok: false,
      reason:
        'The address carries a user name or password; Uptake does not keep credentials in settings. Publish the files where the browser can read them without one (for example an internal host reached over the company network).',
    };
  if (url.hash) return { ok: false, reason: 'The address must not end in a #fragment.' };
  if (!url.hostname) return { ok: false, reason: 'The address names no host.' };
  if (url.pathname === '/' || url.pathname.endsWith('/'))
    return {
      ok: false,
      reason:
        'The address names a folder; give the history file itself (it ends in uptake-history.ndjson.gz).',
    };
  const signature = new URL(url.href);
  signature.pathname = `${url.pathname}.sig.json`;
  return {
    ok: true,
    location: {
      url: url.href,
      signatureUrl: signature.href,
      host: url.host,
      originPattern: `https://${url.hostname}/*`,
    },
  };
}
