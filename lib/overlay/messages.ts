/**
 * The content script's side of the message contract (lib/messages/contract.ts),
 * for the few requests the overlay sends, validated with `zod/mini`.
 *
 * Why a second module: the full contract is written with classic zod, which
 * would be most of the content script's size budget (45 KB gzipped) on every
 * claude.ai analytics page. These schemas check the same shapes for the
 * overlay's requests and answers; contract-agreement.test.ts feeds the same
 * samples to both and requires the same verdicts. The background still
 * validates every request with the full contract.
 */
import * as z from 'zod/mini';
import type { ResponseOf, ToBackground } from '@/lib/messages/contract';
import type { InsightModel } from '@/lib/metrics/insight-types';

/** At most this many emails (and name keys) in one champion-rows ask (contract.ts `championQueryLimit`). */
export const CHAMPION_QUERY_LIMIT = 2000;

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Requests the overlay may send (none of them privileged). */
export const overlayRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('to-background:get-status') }),
  z.object({
    type: z.literal('to-background:page-recognised'),
    pageKind: z.string().check(z.maxLength(40)),
  }),
  z.object({
    type: z.literal('to-background:get-insights'),
    scope: z.string().check(z.maxLength(200)),
    lean: z.optional(z.boolean()),
  }),
  z.object({ type: z.literal('to-background:get-overlay-settings') }),
  z.object({
    type: z.literal('to-background:get-champion-rows'),
    emails: z.array(z.string().check(z.maxLength(320))).check(z.maxLength(CHAMPION_QUERY_LIMIT)),
    nameKeys: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(CHAMPION_QUERY_LIMIT)),
  }),
  z.object({
    type: z.literal('to-background:update-suggestion'),
    id: z.string().check(z.maxLength(300)),
    action: z.enum(['dismiss', 'snooze', 'restore']),
    until: z.optional(day),
  }),
  z.object({
    type: z.literal('to-background:open-extension-page'),
    page: z.enum(['options', 'companion']),
  }),
]);
export type OverlayRequest = z.infer<typeof overlayRequest> & ToBackground;

const syncProgress = z.object({
  state: z.enum(['running', 'done', 'failed']),
  phase: z.enum(['start', 'first-picture', 'history', 'refresh']),
  task: z.nullable(z.string()),
  pagesDone: z.number(),
  pagesPlanned: z.number(),
  requests: z.number(),
  rateLimited: z.number(),
  etaSeconds: z.number(),
  latestDay: z.nullable(z.string()),
  message: z.nullable(z.string()),
});

const statusResponse = z.object({
  orgName: z.nullable(z.string()),
  mode: z.enum(['no-key', 'live', 'demo']),
  latestDay: z.nullable(z.string()),
  lastSync: z.nullable(
    z.object({
      at: z.number(),
      outcome: z.enum(['ok', 'error', 'partial']),
      message: z.nullable(z.string()),
    }),
  ),
  sync: z.nullable(syncProgress),
  /** The host of the shared history shown (issue 14 item 3). */
  sharedFrom: z.optional(z.nullable(z.string())),
});

/** Checked for its version only, as in the full contract: the background builds it. */
const insightModel = z.custom<InsightModel>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    (v as { version?: unknown }).version === 1 &&
    typeof (v as { scope?: { id?: unknown } }).scope?.id === 'string',
);

const insightsResponse = z.object({
  model: z.nullable(insightModel),
  scopes: z.array(
    z.object({
      id: z.string(),
      name: z.nullable(z.string()),
      kind: z.enum(['org', 'group']),
      hiddenBecause: z.nullable(z.string()),
    }),
  ),
});

const overlaySettingsResponse = z.object({
  features: z.record(z.string(), z.boolean()),
  dismissed: z.array(z.string()),
  snoozed: z.array(z.object({ id: z.string(), until: z.string() })),
});

const ack = z.object({ ok: z.literal(true) });

/** One champion row, field by field: a badge renders every one of them. */
const championRow = z.object({
  memberId: z.string(),
  email: z.nullable(z.string()),
  score: z.number(),
  rank: z.int().check(z.minimum(1)),
  parts: z.object({
    consistency: z.number(),
    breadth: z.number(),
    depth: z.number(),
    activeWeekdays: z.number(),
    windowWeekdays: z.number(),
    productsUsed: z.number(),
    skills: z.number(),
    connectors: z.number(),
    projects: z.number(),
    breadthSource: z.enum(['rollup', 'daily-max']),
    interactions: z.number(),
  }),
  nameKey: z.nullable(z.string()),
});

export const overlayResponses = {
  'to-background:get-status': statusResponse,
  'to-background:page-recognised': ack,
  'to-background:get-insights': insightsResponse,
  'to-background:get-overlay-settings': overlaySettingsResponse,
  'to-background:get-champion-rows': z.object({ champions: z.array(championRow) }),
  'to-background:update-suggestion': ack,
  'to-background:open-extension-page': ack,
} satisfies Record<OverlayRequest['type'], z.ZodMiniType>;

export type OverlayResponse<T extends OverlayRequest['type']> = ResponseOf<T>;
export type StatusAnswer = OverlayResponse<'to-background:get-status'>;
export type InsightsAnswer = OverlayResponse<'to-background:get-insights'>;
export type OverlaySettingsAnswer = OverlayResponse<'to-background:get-overlay-settings'>;
export type ChampionRowsAnswer = OverlayResponse<'to-background:get-champion-rows'>;

const messageError = z.object({ error: z.string() });

/** A request the background refused or answered outside the contract; its message is safe to show. */
export class OverlayMessageError extends Error {
  override name = 'OverlayMessageError';
}

/** How a message reaches the background (browser.runtime.sendMessage; a fake in unit tests). */
export type Transport = (message: unknown) => Promise<unknown>;

/**
 * Send one of the overlay's requests and validate the answer.
 *
 * The request is checked before it leaves; an `{ error }` answer or one that
 * breaks the contract is thrown as an OverlayMessageError.
 */
export async function ask<M extends OverlayRequest>(
  transport: Transport,
  message: M,
): Promise<OverlayResponse<M['type']>> {
  const request = z.parse(overlayRequest, message);
  const raw = await transport(request);
  const failed = z.safeParse(messageError, raw);
  if (failed.success) throw new OverlayMessageError(failed.data.error);
  const parsed = z.safeParse(overlayResponses[request.type] as z.ZodMiniType, raw);
  if (!parsed.success) throw new OverlayMessageError(`Unexpected answer to ${request.type}.`);
  return parsed.data as OverlayResponse<M['type']>;
}
