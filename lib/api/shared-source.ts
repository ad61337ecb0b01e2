/**
 * The one other place the background fetches: the shared history's files on
 * the organisation's own https host (lib/shared-source, issue 14 item 3).
 * Its own small client, not the Analytics client: no API key, no `x-api-key`
 * or any other credential header, no cookies (`credentials: 'omit'`), no
 * referrer. Conditional (If-None-Match / If-Modified-Since) so an unchanged
 * file costs one small answer.
 */
import { defaultRequestTimeoutMs, networkFetch } from '@/lib/api/timeout-fetch';

/** What a conditional fetch remembers from the last answer. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type SharedFetchResult =
  { kind: 'not-modified' } | { kind: 'ok'; bytes: Uint8Array; validators: Validators };

/** A shared file could not be read; `message` is a sentence for the admin. */
export class SharedFetchError extends Error {
  readonly status: number | null;
  constructor(message: string, status: number | null = null) {
    super(message);
    this.name = 'SharedFetchError';
    this.status = status;
  }
}

/** The largest shared file read (the options import's own cap, lib/store/import.ts). */
export const sharedMaxBytes = 256 * 1024 * 1024;

function statusSentence(status: number, url: URL): string {
  if (status === 404) return `${url.host} has no file at ${url.pathname} (404).`;
  if (status === 401 || status === 403)
    return `${url.host} refused to hand out ${url.pathname} (${status}); the files must be readable without signing in from the browser.`;
  return `${url.host} answered ${status} for ${url.pathname}.`;
}

/**
 * Fetches `url` (https, checked by lib/shared-source/url.ts) with the
 * validators of the previous answer, when given. Throws SharedFetchError with
 * a sentence when the host cannot be reached, answers other than 200/304, or
 * sends more than `maxBytes`.
 */
export async function fetchSharedFile(
  url: string,
  options: {
    validators?: Validators | null;
    fetch?: typeof fetch;
    maxBytes?: number;
    signal?: AbortSignal;
  } = {},
): Promise<SharedFetchResult> {
  const target = new URL(url);
  const headers: Record<string, string> = {};
  if (options.validators?.etag) headers['If-None-Match'] = options.validators.etag;
  if (options.validators?.lastModified)
    headers['If-Modified-Since'] = options.validators.lastModified;
  const doFetch = options.fetch ?? networkFetch(defaultRequestTimeoutMs);
  let res: Response;
  try {
    res = await doFetch(target.href, {
      method: 'GET',
      headers,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'error',
      signal: options.signal,
    });
  } catch (error) {
    const why = error instanceof Error && error.message ? ` (${error.message})` : '';
    throw new SharedFetchError(
      `Uptake could not reach ${target.host}${why}; the history kept here stays, and the next sync tries again.`,
    );
  }
  if (res.status === 304) return { kind: 'not-modified' };
  if (res.status !== 200)
    throw new SharedFetchError(statusSentence(res.status, target), res.status);
  const max = options.maxBytes ?? sharedMaxBytes;
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max)
    throw new SharedFetchError(
      `${target.pathname} on ${target.host} is ${declared} bytes, more than any file Uptake reads (${max}).`,
    );
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > max)
    throw new SharedFetchError(
      `${target.pathname} on ${target.host} is ${bytes.length} bytes, more than any file Uptake reads (${max}).`,
    );
  return {
    kind: 'ok',
    bytes,
    validators: { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') },
  };
}
