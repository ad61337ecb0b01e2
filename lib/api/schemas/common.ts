/**
 * Building blocks shared by the Analytics API schemas.
 *
 * Policy (see PRODUCT.md, "Schemas drift"): lenient on read — every object is a loose object that
 * keeps unknown keys, fields added after launch are `nullish`, enums accept any string — and strict
 * on what Uptake itself relies on (ids, emails, dates, active-user counts, seat count, the key
 * counters of each product block). A strict field that is missing or mistyped fails the whole page
 * with a schema error naming its path; callers keep their cached data. A strict field that is
 * present but null (which the SDK's types do not allow) is "not reported" (`reported`): the row
 * and its other fields are kept.
 */
import { z } from 'zod';

/**
 * An enum whose known values are listed for editors, but which accepts any string at run time,
 * because the API adds categories without notice ("new categories may be added").
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string()]) as unknown as z.ZodType<
    T[number] | (string & {}),
    string
  >;
}

/**
 * A field Uptake relies on that the SDK's types declare non-null. It must be present (missing or
 * mistyped is schema drift: the page fails with an issue naming the field), but a present `null` is
 * read as "not reported": the row and every other field of it are kept. What a null means is the
 * consumer's call (lib/sync/map-rows.ts): a counter counts as nothing, a row without the id or day
 * that places it is left out. Checked field by field against the SDK's own type definitions in
 * tests/mock-api/sdk-schemas.test.ts.
 */
export function reported<T extends z.ZodType>(schema: T) {
  return schema.nullable();
}

/** A counter the API always sends as a number (null: not reported, see `reported`). */
export const count = reported(z.number());
/** An id or name that identifies a row: a non-empty string (null: not reported, see `reported`). */
export const identity = reported(z.string().min(1));
/** A distinct count: a number, or null where it cannot be computed (aggregated rows, gated features). */
export const distinctCount = z.number().nullable();
/** A counter Uptake does not rely on: may be absent, null or a number. */
export const optionalCount = z.number().nullish();
/** A string Uptake does not rely on: may be absent, null or a string. */
export const optionalString = z.string().nullish();

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})$/;

/**
 * True for a real UTC calendar day written `YYYY-MM-DD` (2026-02-30 is rejected).
 * @example isDay('2026-11-20') // true
 */
export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True for an RFC 3339 timestamp with a time zone, e.g. `2026-11-20T00:00:00Z`. */
export function isTimestamp(value: string): boolean {
  return TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
}

/** A UTC calendar day `YYYY-MM-DD`. */
export const day = z.string().refine(isDay, 'Expected a day written YYYY-MM-DD');
/** An RFC 3339 timestamp with a time zone. */
export const timestamp = z.string().refine(isTimestamp, 'Expected an RFC 3339 timestamp');
/** A row's bounds: a timestamp, or null (not reported, see `reported`). */
export const bound = reported(timestamp);

/**
 * Normalises a day or timestamp to an RFC 3339 timestamp: a bare `YYYY-MM-DD` becomes UTC midnight
 * (`2026-11-20` → `2026-11-20T00:00:00Z`); anything else is returned unchanged.
 */
export function toTimestamp(value: unknown): unknown {
  return typeof value === 'string' && isDay(value) ? `${value}T00:00:00Z` : value;
}

/**
 * The UTC day (`YYYY-MM-DD`) on which a timestamp falls; null when it does not parse.
 * @example utcDayOf('2026-11-20T00:00:00Z') // '2026-11-20'
 */
export function utcDayOf(value: string): string | null {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Money in minor units (cents) as a decimal string, e.g. `"41280.000000"` = $412.80. A JSON number
 * (drift) is turned into its decimal string; see `centsToDollars` in `@/lib/api/money`.
 */
export const decimalString = z.preprocess(
  (value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value),
  z.string().regex(DECIMAL, 'Expected a decimal string'),
);

/** Moves a legacy `email` key to `email_address` (kept if both exist), leaving other keys alone. */
export function aliasEmail(value: unknown): unknown {
  if (!isRecord(value) || !('email' in value)) return value;
  const { email, ...rest } = value;
  return 'email_address' in rest ? rest : { ...rest, email_address: email };
}

/** True for a plain (non-array, non-null) object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A claude.ai member as the engagement endpoints describe them (`AnalyticsUser`). `email` is
 * accepted as an alias of `email_address` (early documentation); the output always says
 * `email_address`.
 */
export const analyticsUser = z.preprocess(
  aliasEmail,
  z.looseObject({
    id: identity,
    email_address: identity,
    type: optionalString,
  }),
);
export type AnalyticsUser = z.output<typeof analyticsUser>;

/** Group keys that rows carry when the request used `group_by[]` (absent otherwise). */
export const groupKeys = {
  product: optionalString,
  user_id: optionalString,
  rbac_group_id: optionalString,
  rbac_group_name: optionalString,
};

/** The cursor that ends a sequence: null, or the empty string (the SDK stops on both). */
const nextPage = z
  .string()
  .nullable()
  .transform((cursor) => (cursor === '' ? null : cursor));

/** The engagement envelope (`PageCursor`): `{ data: T[], next_page: string | null }`. */
export function pageEnvelope<T extends z.ZodType>(row: T) {
  return z.looseObject({ data: z.array(row), next_page: nextPage });
}

/**
 * The report envelope (`ReportPageCursor`): `{ data, has_more, next_page, data_refreshed_at }`,
 * plus the `organization_id` the legacy reports may carry. `has_more` is optional on read (added to
 * the SDK late); the client infers it from `next_page` when absent.
 */
export function reportEnvelope<T extends z.ZodType>(row: T) {
  return z.looseObject({
    data: z.array(row),
    has_more: z.boolean().optional(),
    next_page: nextPage,
    data_refreshed_at: z.string().nullish(),
    organization_id: optionalString,
  });
}
