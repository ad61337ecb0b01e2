// @vitest-environment node
// Uptake's zod schemas against rows generated from the official SDK's own type definitions (its
// .d.ts files, read with the TypeScript compiler API in ./sdk-types.ts), for all 13 item types:
// - every optional field omitted, every one present, every nullable one null: the page parses,
//   and every field the SDK declares comes out with the value that went in;
// - a null where the SDK's type allows none (drift): the page still parses, that field reads
//   null ("not reported", see `reported` in lib/api/schemas/common.ts) and every other field of
//   the row is kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { artifactsPage } from '@/lib/api/schemas/artifacts';
import { chatProjectsPage } from '@/lib/api/schemas/chat-projects';
import { connectorsPage } from '@/lib/api/schemas/connectors';
import {
  costReportPage,
  usageReportPage,
  userCostReportPage,
  userUsageReportPage,
} from '@/lib/api/schemas/legacy-reports';
import { pluginsPage } from '@/lib/api/schemas/plugins';
import { skillsPage } from '@/lib/api/schemas/skills';
import { summariesPage } from '@/lib/api/schemas/summaries';
import { costPage, usagePage } from '@/lib/api/schemas/usage-cost';
import { usersPage } from '@/lib/api/schemas/users';
import { ITEM_TYPES, loadSdkTypes, type Fill, type SdkTypes } from './sdk-types';

const pages: Record<string, [z.ZodType, 'engagement' | 'report']> = {
  '/users': [usersPage, 'engagement'],
  '/summaries': [summariesPage, 'engagement'],
  '/apps/chat/projects': [chatProjectsPage, 'engagement'],
  '/skills': [skillsPage, 'engagement'],
  '/connectors': [connectorsPage, 'engagement'],
  '/plugins': [pluginsPage, 'engagement'],
  '/artifacts': [artifactsPage, 'engagement'],
  '/user_usage_report': [userUsageReportPage, 'report'],
  '/user_cost_report': [userCostReportPage, 'report'],
  '/usage_report': [usageReportPage, 'report'],
  '/cost_report': [costReportPage, 'report'],
  '/usage': [usagePage, 'report'],
  '/cost': [costPage, 'report'],
};

let sdk: SdkTypes;
beforeAll(() => {
  sdk = loadSdkTypes();
}, 60_000);

const tally = { itemTypes: new Set<string>(), rows: 0, fields: 0, comparisons: 0, nulls: 0 };

/** Parses one row as the only item of a page of `endpoint`; returns the parsed row or the issues. */
function parseRow(endpoint: string, row: unknown) {
  const [schema, envelope] = pages[endpoint]!;
  const body =
    envelope === 'report'
      ? { data: [row], has_more: false, next_page: null, data_refreshed_at: null }
      : { data: [row], next_page: null };
  tally.rows += 1;
  const result = schema.safeParse(body);
  return result.success
    ? { ok: true as const, row: (result.data as { data: unknown[] }).data[0] }
    : { ok: false as const, issues: result.error.issues.map((i) => i.path.join('.')) };
}

function at(value: unknown, path: string): unknown {
  let here = value;
  for (const key of path.split('.')) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

function setNull(value: unknown, path: string): void {
  const keys = path.split('.');
  const parent = at(value, keys.slice(0, -1).join('.') || '') ?? value;
  (keys.length === 1 ? (value as Record<string, unknown>) : (parent as Record<string, unknown>))[
    keys.at(-1)!
  ] = null;
}

/** Paths of the leaves (fields that hold no declared field below them). */
function leaves(paths: string[]): string[] {
  return paths.filter((p) => !paths.some((q) => q.startsWith(`${p}.`)));
}

const endpoints = Object.keys(ITEM_TYPES);

describe.each(endpoints)("%s: Uptake's schema reads the SDK's item type", (endpoint) => {
  it('with every optional field omitted, every one present, every nullable one null', () => {
    tally.itemTypes.add(endpoint);
    for (let variant = 0; variant < sdk.variants(endpoint); variant++) {
      const fields = sdk.fields(endpoint, variant);
      if (variant === 0) tally.fields += fields.length;
      for (const fill of ['omitted', 'present', 'null'] satisfies Fill[]) {
        const row = sdk.row(endpoint, fill, variant);
        const parsed = parseRow(endpoint, row);
        expect(parsed, `${fill}, variant ${variant}`).toMatchObject({ ok: true });
        if (!parsed.ok) continue;
        // Nothing declared is lost or changed on the way through.
        for (const path of leaves(fields.map((f) => f.path))) {
          expect([path, at(parsed.row, path)]).toEqual([path, at(row, path)]);
          tally.comparisons += 1;
        }
      }
    }
  });

  it('a null where the type allows none keeps the row and every other field', () => {
    const fields = sdk.fields(endpoint);
    const present = sdk.row(endpoint, 'present');
    const expected = parseRow(endpoint, present);
    expect(expected.ok).toBe(true);
    if (!expected.ok) return;
    const all = leaves(fields.map((f) => f.path));
    for (const field of fields.filter((f) => !f.nullable)) {
      const row = structuredClone(present);
      setNull(row, field.path);
      const parsed = parseRow(endpoint, row);
      expect([field.path, parsed.ok ? 'parsed' : parsed.issues]).toEqual([field.path, 'parsed']);
      if (!parsed.ok) continue;
      expect([field.path, at(parsed.row, field.path)]).toEqual([field.path, null]);
      for (const other of all.filter((p) => p !== field.path && !p.startsWith(`${field.path}.`))) {
        expect([field.path, other, at(parsed.row, other)]).toEqual([
          field.path,
          other,
          at(expected.row, other),
        ]);
      }
      tally.nulls += 1;
    }
  });
});

afterAll(() => {
  console.log(
    `SDK schemas: ${tally.itemTypes.size} item types, ${tally.fields} declared fields, ${tally.rows} generated rows parsed, ${tally.comparisons} field values compared, ${tally.nulls} non-nullable fields set to null`,
  );
});
