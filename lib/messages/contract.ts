/**
 * The typed message contract between Uptake's contexts.
 *
 * Messages are named by direction (`to-background:*`), validated with zod on
 * both ends, and carry aggregates only: no key, no conversation content.
 * Every request type maps to a response schema; `send()` checks both.
 */
import { z } from 'zod';

export const statusResponse = z.object({
  /** Display name of the organisation (settings; the demo org's name in demo mode). */
  orgName: z.string().nullable(),
  mode: z.enum(['no-key', 'live', 'demo']),
  /** Latest day held in the local history, YYYY-MM-DD. */
  latestDay: z.string().nullable(),
  lastSync: z
    .object({ at: z.number(), outcome: z.enum(['ok', 'error']), message: z.string().nullable() })
    .nullable(),
});
export type StatusResponse = z.infer<typeof statusResponse>;

export const pageRecognisedResponse = z.object({ acknowledged: z.literal(true) });

/** Every request any context may send to the background, by type. */
export const toBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('to-background:get-status') }),
  z.object({
    type: z.literal('to-background:page-recognised'),
    pageKind: z.string().max(40),
  }),
]);
export type ToBackground = z.infer<typeof toBackground>;

export const responseSchemas = {
  'to-background:get-status': statusResponse,
  'to-background:page-recognised': pageRecognisedResponse,
} satisfies Record<ToBackground['type'], z.ZodType>;

export type ResponseOf<T extends ToBackground['type']> = z.infer<(typeof responseSchemas)[T]>;

/** The error shape a handler returns instead of throwing across the boundary. */
export const messageError = z.object({ error: z.string() });
