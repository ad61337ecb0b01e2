/**
 * Typed errors of the local history. Every failure the store can report is a
 * `StoreError` whose message a person can act on; `kind` lets callers branch:
 *
 * - `quota`: the browser refused to store more (QuotaExceededError). The
 *   transaction was aborted, so nothing of that write landed.
 * - `invalid`: a record failed validation and was not written.
 * - `import`: an export file was refused (wrong type, newer version, corrupt,
 *   tampered, or record N invalid); nothing was written.
 * - `unknown`: anything else IndexedDB threw (the original is in `cause`).
 */
export type StoreErrorKind = 'quota' | 'invalid' | 'import' | 'unknown';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const quotaMessage =
  'The browser refused to store more history (storage quota reached). Nothing from this sync was ' +
  'written; free space or lower the history depth in options.';

/**
 * True when `error` is a quota refusal: a DOMException (or DOMException-like
 * object, as fakes and older engines produce) named `QuotaExceededError`, or
 * Firefox's legacy `NS_ERROR_DOM_QUOTA_REACHED`.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Maps anything thrown during a store operation to a StoreError: StoreErrors
 * pass through, quota refusals become `quota` with the standard message, the
 * rest `unknown` (message names the operation, original kept as `cause`).
 */
export function toStoreError(error: unknown, operation: string): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) return new StoreError('quota', quotaMessage, { cause: error });
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StoreError('unknown', `Local history could not ${operation} (${detail}).`, {
    cause: error,
  });
}
