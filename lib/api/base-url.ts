/**
 * Which hosts the client may send the key to. Production builds talk to https://api.anthropic.com
 * only. A loopback mock (`http://127.0.0.1:<port>` or `http://localhost:<port>`) is accepted only
 * in builds made with UPTAKE_E2E=1 (`__UPTAKE_ALLOW_LOOPBACK_API__`, set by wxt.config.ts) or when a
 * unit test opts in explicitly.
 */

export const DEFAULT_BASE_URL = 'https://api.anthropic.com';

/** True in builds that may reach a loopback mock API (false or undefined elsewhere, e.g. vitest). */
export function loopbackAllowedByBuild(): boolean {
  return typeof __UPTAKE_ALLOW_LOOPBACK_API__ !== 'undefined' && __UPTAKE_ALLOW_LOOPBACK_API__;
}

/** True for `http://127.0.0.1[:port]` or `http://localhost[:port]` with no credentials. */
export function isLoopbackUrl(url: URL): boolean {
  return (
    url.protocol === 'http:' &&
    (url.hostname === '127.0.0.1' || url.hostname === 'localhost') &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * The base URL to use, without a trailing slash, or a thrown `Error` when it is not allowed.
 *
 * - undefined or `https://api.anthropic.com[/]` ⇒ `https://api.anthropic.com`;
 * - a loopback URL ⇒ itself (path prefix kept, query and fragment dropped), only when
 *   `allowLoopback` is true;
 * - anything else ⇒ throws.
 */
export function resolveBaseUrl(baseUrl: string | undefined, allowLoopback: boolean): string {
  if (baseUrl === undefined) return DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error('The Analytics API base URL is not a valid URL.');
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (url.origin === DEFAULT_BASE_URL && path === '' && url.username === '') {
    return DEFAULT_BASE_URL;
  }
  if (isLoopbackUrl(url)) {
    if (allowLoopback) return `${url.origin}${path}`;
    throw new Error(
      'A loopback Analytics API base URL is only allowed in test and demo builds; this build talks to https://api.anthropic.com only.',
    );
  }
  throw new Error(
    'The Analytics API base URL must be https://api.anthropic.com (or a loopback mock in test and demo builds).',
  );
}
