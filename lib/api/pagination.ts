/**
 * Pages and cursor following (reference §4).
 *
 * Engagement endpoints end when `next_page` is null. Report endpoints end when `has_more` is false
 * (when the field is missing, `next_page !== null` stands in for it). Cursors are opaque and bound
 * to the query: resume a download only with the same parameters.
 */
import { repeatedCursorMessage, schemaMessage } from '@/lib/api/error-messages';
import { ApiError } from '@/lib/api/errors';

/** One parsed page of an engagement endpoint (`PageCursor`). */
export interface EngagementPage<T> {
  data: T[];
  /** Cursor of the next page; null on the last page. */
  nextPage: string | null;
}

/** One parsed page of a report endpoint (`ReportPageCursor`). */
export interface ReportPage<T> extends EngagementPage<T> {
  /** True while more pages follow. */
  hasMore: boolean;
  /** Export watermark: data after it is incomplete. Null when the server did not say. */
  dataRefreshedAt: string | null;
  /** Org of the key, on the legacy reports when present. */
  organizationId?: string;
}

/** A page together with the cursors around it, so a caller can checkpoint between pages. */
export interface PageStep<P> {
  page: P;
  /** The cursor used to fetch this page; null for the first page. */
  cursor: string | null;
  /** The cursor of the following page; null when this page is the last. */
  nextCursor: string | null;
}

/** Maps a parsed engagement envelope to a page. */
export function toEngagementPage<T>(body: {
  data: T[];
  next_page: string | null;
}): EngagementPage<T> {
  return { data: body.data, nextPage: body.next_page };
}

/**
 * Maps a parsed report envelope to a page. `has_more: true` without a cursor cannot be followed,
 * so it is a schema error rather than a silent early end.
 */
export function toReportPage<T>(
  endpoint: string,
  body: {
    data: T[];
    next_page: string | null;
    has_more?: boolean | undefined;
    data_refreshed_at?: string | null | undefined;
    organization_id?: string | null | undefined;
  },
): ReportPage<T> {
  const hasMore = body.has_more ?? body.next_page !== null;
  if (hasMore && body.next_page === null) {
    const issues = [{ path: 'next_page', message: 'has_more is true but next_page is null' }];
    throw new ApiError({
      kind: 'schema',
      endpoint,
      issues,
      message: schemaMessage(endpoint, 'next_page'),
    });
  }
  const page: ReportPage<T> = {
    data: body.data,
    nextPage: hasMore ? body.next_page : null,
    hasMore,
    dataRefreshedAt: body.data_refreshed_at ?? null,
  };
  if (body.organization_id) page.organizationId = body.organization_id;
  return page;
}

/**
 * Fetches pages one after another, starting at `startCursor` (null = first page), until a page has
 * no next cursor. Yields each page with the cursor used to fetch it and the next one. A server that
 * hands back the cursor it was just given would loop forever: that ends with a `cursor` ApiError.
 * Stops early when the consumer breaks out of the loop (no request is made for the next page).
 */
export async function* followCursors<P extends EngagementPage<unknown>>(
  endpoint: string,
  startCursor: string | null,
  fetchPage: (cursor: string | null) => Promise<P>,
): AsyncGenerator<PageStep<P>, void, undefined> {
  let cursor = startCursor;
  for (;;) {
    const page = await fetchPage(cursor);
    const nextCursor = page.nextPage;
    yield { page, cursor, nextCursor };
    if (nextCursor === null) return;
    if (nextCursor === cursor) {
      throw new ApiError({ kind: 'cursor', endpoint, message: repeatedCursorMessage(endpoint) });
    }
    cursor = nextCursor;
  }
}
