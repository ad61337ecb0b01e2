/**
 * `GET /v1/organizations/analytics/summaries` — one org-wide row per UTC day. Reference §5.2, SDK
 * type `AnalyticsSingleDayActivitySummary`.
 *
 * Two envelopes exist: the current `{ data, next_page }` and the older `{ summaries: [...] }`; and
 * two spellings of the row's bounds: `starting_at`/`ending_at` (RFC 3339, current) and
 * `starting_date`/`ending_date` (support guide). Both are normalised to one output:
 * `{ data, next_page: null }` with rows carrying `starting_at`/`ending_at` as RFC 3339 timestamps
 * plus `date`, the UTC day the row describes (`starting_at`'s day).
 *
 * Strict: the day bounds, DAU/WAU/MAU, and `assigned_seat_count` (null when group-scoped). Per-product
 * actives, adoption rates and the rest are nullish (omitted while a breakdown isn't enabled).
 */
import { z } from 'zod';
import {
  bound,
  count,
  isRecord,
  optionalCount,
  toTimestamp,
  utcDayOf,
} from '@/lib/api/schemas/common';

/** Renames `starting_date`/`ending_date` to `starting_at`/`ending_at` and turns days into timestamps. */
function normaliseSummaryRow(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const { starting_date, ending_date, ...rest } = value;
  return {
    ...rest,
    // A present null (not reported) stays null; only an absent key falls back to the old name.
    starting_at: toTimestamp('starting_at' in rest ? rest.starting_at : starting_date),
    ending_at: toTimestamp('ending_at' in rest ? rest.ending_at : ending_date),
  };
}

const productActives = [
  'chat',
  'claude_code',
  'cowork',
  'office_agent',
  'claude_design',
  'science',
  'chat_cowork_unified',
  'claude_tag',
] as const;

const perProductFields = Object.fromEntries(
  productActives.flatMap((product) =>
    ['daily', 'weekly', 'monthly'].map((w) => [`${product}_${w}_active_user_count`, optionalCount]),
  ),
) as Record<
  `${(typeof productActives)[number]}_${'daily' | 'weekly' | 'monthly'}_active_user_count`,
  typeof optionalCount
>;

/** One day of org-wide activity. */
export const activitySummary = z
  .preprocess(
    normaliseSummaryRow,
    z.looseObject({
      starting_at: bound,
      ending_at: bound,
      daily_active_user_count: count,
      weekly_active_user_count: count,
      monthly_active_user_count: count,
      assigned_seat_count: z.number().nullable(),
      pending_invite_count: optionalCount,
      daily_adoption_rate: optionalCount,
      weekly_adoption_rate: optionalCount,
      monthly_adoption_rate: optionalCount,
      science_entitled_user_count: optionalCount,
      ...perProductFields,
    }),
  )
  .transform((row) => ({
    ...row,
    date: row.starting_at === null ? null : utcDayOf(row.starting_at),
  }));
export type ActivitySummary = z.output<typeof activitySummary>;

/** Maps the old `{ summaries: [...] }` envelope onto `{ data, next_page: null }`. */
function normaliseSummariesEnvelope(value: unknown): unknown {
  if (!isRecord(value) || 'data' in value || !('summaries' in value)) return value;
  const { summaries, ...rest } = value;
  return { ...rest, data: summaries, next_page: null };
}

/** The `/summaries` page (never paginates in practice; `next_page` defaults to null). */
export const summariesPage = z.preprocess(
  normaliseSummariesEnvelope,
  z.looseObject({
    data: z.array(activitySummary),
    next_page: z
      .string()
      .nullish()
      .transform((cursor) => cursor || null),
  }),
);
