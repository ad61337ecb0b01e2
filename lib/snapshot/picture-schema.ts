/**
 * The **team picture**: what the popup shows for one scope, derived from an
 * insight model (picture.ts). Written as zod schemas because a picture also
 * arrives from outside: the popup's cache and imported team snapshots are
 * parsed with these (strict objects: an unexpected field is refused).
 */
import { z } from 'zod';
import { adoptionMetrics, growthMetrics } from '@/lib/metrics/config';
import { isDay } from '@/lib/metrics/days';
import { metricProducts } from '@/lib/metrics/history';

const day = z.string().refine(isDay, 'Expected a YYYY-MM-DD day');
const num = z.number().finite();
const maybe = num.nullable();

export const forecastSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('reached') }),
  // Added 2026-12 (issue 11): a per-product target's forecast withheld by the gate.
  z.strictObject({ status: z.literal('withheld') }),
  z.strictObject({ status: z.literal('insufficient-data'), points: z.number().int().min(0) }),
  z.strictObject({
    status: z.enum(['on-pace', 'not-on-pace']),
    reason: z.enum(['flat-or-declining', 'after-deadline', 'beyond-horizon']).nullable(),
    date: day.nullable(),
    earliest: day.nullable(),
    latest: day.nullable(),
    slopePerDay: num,
    points: z.number().int().min(0),
  }),
]);

/** A target as the popup shows it; `inherited` = the org's target read against a group. */
export const pictureTargetSchema = z.strictObject({
  id: z.string().max(80),
  inherited: z.boolean(),
  metric: z.enum([...adoptionMetrics, ...growthMetrics]),
  product: z.enum(metricProducts).nullable(),
  kind: z.enum(['adoption', 'growth']),
  /** Percent for adoption, people for growth. */
  goal: maybe,
  current: maybe,
  currentActives: maybe,
  goalActives: maybe,
  gapPeople: maybe,
  progress: maybe,
  deadline: day.nullable(),
  daysLeft: z.number().int().nullable(),
  forecast: forecastSchema,
});
export type PictureTarget = z.infer<typeof pictureTargetSchema>;

const windowFigure = z.strictObject({ day, rate: maybe, actives: maybe });

export const pictureSuggestionSchema = z.strictObject({
  id: z.string().max(300),
  title: z.string().max(300),
  why: z.string().max(600),
  action: z.strictObject({
    kind: z.enum(['workshop', 'playbook', 'champion-pairing', 'seat-reclaim']),
    label: z.string().max(300),
    url: z.url({ protocol: /^https$/ }).nullable(),
  }),
});
export type PictureSuggestion = z.infer<typeof pictureSuggestionSchema>;

export const pictureChampionSchema = z.strictObject({
  email: z.string().max(320).nullable(),
  rank: z.number().int().min(1),
  score: num,
});

export const teamPictureSchema = z.strictObject({
  version: z.literal(1),
  scope: z.strictObject({
    id: z.string().min(1).max(200),
    kind: z.enum(['org', 'group']),
    name: z.string().max(200).nullable(),
  }),
  /** Today in the admin's time zone when the picture was made. */
  today: day,
  freshness: z.strictObject({ latestDay: day.nullable(), lagDays: z.number().int().nullable() }),
  size: z.strictObject({
    value: z.number().int().min(0).nullable(),
    source: z.enum(['api-seats', 'org-chart', 'admin-seats', 'members-seen', 'none']),
    approximate: z.boolean(),
  }),
  adoption: z
    .strictObject({ daily: windowFigure, weekly: windowFigure, monthly: windowFigure })
    .nullable(),
  /** Monthly adoption (percent) per day, for the trend chart; aligned with `days`. */
  trend: z
    .strictObject({ days: z.array(day).max(400), monthlyRate: z.array(maybe).max(400) })
    .refine((t) => t.days.length === t.monthlyRate.length, 'Trend days and values differ in length')
    .nullable(),
  /** The headline target first (monthly adoption when set), then the others. */
  targets: z.array(pictureTargetSchema).max(20),
  /** The top three suggestions. */
  suggestions: z.array(pictureSuggestionSchema).max(3),
  champions: z.strictObject({
    shown: z.boolean(),
    /** The scope's first champions (org top slice), best first; empty when not shown. */
    list: z.array(pictureChampionSchema).max(10),
    /** How many champions the scope has (0 when not shown). */
    total: z.number().int().min(0),
    /** Why none is listed, in words; null when shown. */
    hiddenBecause: z.string().max(300).nullable(),
  }),
  /**
   * What is held back or taken from the API's totals while the member history
   * is incomplete, in words (the model's completeness note); absent in
   * pictures made before it existed, null when nothing is.
   */
  partialNote: z.string().max(1000).nullable().optional(),
  /** Why figures are withheld (privacy floor, no data, incomplete history), in words. */
  suppressed: z
    .array(
      z.strictObject({
        part: z.enum(['scope', 'champions', 'member-lists']),
        reason: z.enum([
          'below-k',
          'complementary',
          'team-grain-only',
          'no-data',
          'incomplete-history',
        ]),
        detail: z.string().max(300),
      }),
    )
    .max(10),
});
export type TeamPicture = z.infer<typeof teamPictureSchema>;
