/**
 * An endpoint is data: its path, its query builder and its page schema. `listPage` makes the one
 * request for one page; `iteratePages` follows cursors from `params.page` (or the first page).
 */
import type { z } from 'zod';
import type { CursorParams } from '@/lib/api/endpoints/params';
import {
  followCursors,
  toEngagementPage,
  toReportPage,
  type EngagementPage,
  type PageStep,
  type ReportPage,
} from '@/lib/api/pagination';
import type { QueryParams } from '@/lib/api/query';
import type { RequestOptions, Transport } from '@/lib/api/transport';

type EngagementBody<T> = { data: T[]; next_page: string | null };
type ReportBody<T> = EngagementBody<T> & {
  has_more?: boolean | undefined;
  data_refreshed_at?: string | null | undefined;
  organization_id?: string | null | undefined;
};

export interface EngagementEndpoint<P extends CursorParams, T> {
  envelope: 'engagement';
  /** Path under `/v1/organizations/analytics`, e.g. `/users`. */
  path: string;
  schema: z.ZodType<EngagementBody<T>>;
  query(params: P): QueryParams;
}

export interface ReportEndpoint<P extends CursorParams, T> {
  envelope: 'report';
  path: string;
  /** Needs the `anthropic-beta: analytics-usage-cost-2026-08-24` header. */
  beta: boolean;
  schema: z.ZodType<ReportBody<T>>;
  query(params: P): QueryParams;
}

/** Fetches one page of an engagement endpoint (exactly one request). */
export async function listEngagementPage<P extends CursorParams, T>(
  transport: Transport,
  endpoint: EngagementEndpoint<P, T>,
  params: P,
  options?: RequestOptions,
): Promise<EngagementPage<T>> {
  const body = await transport.get(endpoint.path, endpoint.query(params), endpoint.schema, options);
  return toEngagementPage(body);
}

/** Fetches one page of a report endpoint (exactly one request). */
export async function listReportPage<P extends CursorParams, T>(
  transport: Transport,
  endpoint: ReportEndpoint<P, T>,
  params: P,
  options?: RequestOptions,
): Promise<ReportPage<T>> {
  const body = await transport.get(endpoint.path, endpoint.query(params), endpoint.schema, {
    ...options,
    beta: endpoint.beta,
  });
  return toReportPage(endpoint.path, body);
}

/** Follows cursors of an engagement endpoint from `params.page` until `next_page` is null. */
export function iterateEngagementPages<P extends CursorParams, T>(
  transport: Transport,
  endpoint: EngagementEndpoint<P, T>,
  params: P,
  options?: RequestOptions,
): AsyncGenerator<PageStep<EngagementPage<T>>, void, undefined> {
  return followCursors(endpoint.path, params.page || null, (page) =>
    listEngagementPage(transport, endpoint, { ...params, page }, options),
  );
}

/** Follows cursors of a report endpoint from `params.page` until `has_more` is false. */
export function iterateReportPages<P extends CursorParams, T>(
  transport: Transport,
  endpoint: ReportEndpoint<P, T>,
  params: P,
  options?: RequestOptions,
): AsyncGenerator<PageStep<ReportPage<T>>, void, undefined> {
  return followCursors(endpoint.path, params.page || null, (page) =>
    listReportPage(transport, endpoint, { ...params, page }, options),
  );
}
