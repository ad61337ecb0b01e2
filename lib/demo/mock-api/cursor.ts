// Opaque page cursors: base64url JSON of { offset, query hash, pinned end day }.
// A cursor is bound to the normalised query it came from.
import { decodeText, encodeText } from '../base64url';
import { ApiError, badRequest } from './errors';
import { hashText } from './query';

export interface CursorState {
  offset: number;
  /** Day index (exclusive end) pinned at the first page, for defaulted `ending_date`s. */
  end?: number;
}

/** Encodes a cursor for `normalized` query text. */
export function encodeCursor(normalized: string, state: CursorState): string {
  return encodeText(
    JSON.stringify({
      v: 1,
      o: state.offset,
      q: hashText(normalized),
      ...(state.end === undefined ? {} : { e: state.end }),
    }),
  );
}

/**
 * Decodes a cursor. Garbage or expired ⇒ 410 on report endpoints, 400 on engagement ones;
 * a cursor from a different query ⇒ 400 on both.
 */
export function decodeCursor(
  raw: string,
  normalized: string,
  report: boolean,
  expired: boolean,
): CursorState {
  const gone = (): ApiError =>
    report
      ? new ApiError(
          410,
          'invalid_request_error',
          'The page cursor is invalid or has expired; restart from the first page.',
        )
      : badRequest('The page cursor is invalid or has expired; restart from the first page.');
  if (expired) throw gone();
  const text = decodeText(raw);
  let obj: unknown;
  try {
    obj = text === null ? null : JSON.parse(text);
  } catch {
    obj = null;
  }
  if (!obj || typeof obj !== 'object') throw gone();
  const { v, o, q, e } = obj as Record<string, unknown>;
  if (v !== 1 || typeof o !== 'number' || !Number.isInteger(o) || o < 0 || typeof q !== 'string')
    throw gone();
  if (e !== undefined && (typeof e !== 'number' || !Number.isInteger(e))) throw gone();
  if (q !== hashText(normalized)) {
    throw badRequest(
      'The page cursor does not match this query; reuse the exact query parameters of the first page or restart pagination.',
    );
  }
  return { offset: o, ...(e === undefined ? {} : { end: e }) };
}
