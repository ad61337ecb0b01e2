/**
 * The rows of the Parquet dataset (docs/headless.md "Parquet schema"), from the
 * history and the publication gate, one table per concept, each row for one
 * day (the partition). Only what the gate publishes: scopes it hides are left
 * out, product figures it withholds are null, and in team-grain mode there are
 * no member rows at all. Members appear as HMAC pseudonyms of their email
 * (lib/crypto/pseudonym.ts) unless the settings turn pseudonymised exports off.
 */
import { addDays } from '@/lib/metrics';
import { mayPublishScope, type PublicationGate } from '@/lib/metrics/publication-gate';
import type { Pseudonymise } from '@/lib/crypto/pseudonym';
import type { HistoryStorage } from '@/lib/store/history-store';
import { products, userDayColumns } from '@/lib/store/records';

/** One table: its columns (name → Parquet type) and rows per day. */
export interface Table {
  name: string;
  columns: Record<string, 'STRING' | 'INT32' | 'INT64' | 'DOUBLE'>;
  byDay: Map<string, Record<string, string | number | null>[]>;
}

const first = '0000-01-01';
const last = '9999-12-31';

function push(table: Table, day: string, row: Record<string, string | number | null>) {
  const rows = table.byDay.get(day) ?? [];
  rows.push(row);
  table.byDay.set(day, rows);
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Every table of the dataset for `store` as `gate` allows. */
export async function parquetTables(
  store: HistoryStorage,
  gate: PublicationGate,
  member: Pseudonymise | null,
): Promise<Table[]> {
  const groups = new Map((await store.readGroups()).map((g) => [g.id, g.name]));
  const summaries: Table = {
    name: 'daily_summaries',
    columns: {
      scope: 'STRING',
      scope_name: 'STRING',
      daily_active: 'INT32',
      weekly_active: 'INT32',
      monthly_active: 'INT32',
      assigned_seats: 'INT32',
      pending_invites: 'INT32',
      ...Object.fromEntries(
        products.flatMap((p) =>
          ['daily', 'weekly', 'monthly'].map((w) => [`${p}_${w}_active`, 'INT32' as const]),
        ),
      ),
    },
    byDay: new Map(),
  };
  for (const scope of await store.storedScopes()) {
    if (!mayPublishScope(gate, scope)) continue;
    for (const s of await store.readSummaries(scope, first, last)) {
      const row: Record<string, string | number | null> = {
        scope,
        scope_name: scope === 'org' ? null : (groups.get(scope) ?? null),
        daily_active: s.dailyActive,
        weekly_active: s.weeklyActive,
        monthly_active: s.monthlyActive,
        assigned_seats: s.assignedSeats,
        pending_invites: s.pendingInvites,
      };
      for (const p of products) {
        const withheld = gate.products[p as keyof typeof gate.products]?.includes(scope) ?? false;
        for (const w of ['daily', 'weekly', 'monthly'] as const)
          row[`${p}_${w}_active`] = withheld ? null : s.productActive[p][w];
      }
      push(summaries, s.day, row);
    }
  }

  const activity: Table = {
    name: 'group_activity',
    columns: {
      group_id: 'STRING',
      group_name: 'STRING',
      window_start: 'STRING',
      window_days: 'INT32',
      distinct_active: 'INT32',
      connectors_users: 'INT32',
      skills_users: 'INT32',
      projects_users: 'INT32',
      cowork_users: 'INT32',
    },
    byDay: new Map(),
  };
  for (const r of await store.readGroupActivity({ fromDay: first, toDay: last })) {
    if (!mayPublishScope(gate, r.groupId)) continue;
    const lastDay = addDays(r.endDay, -1); // windows end exclusive: the partition is their last day
    push(activity, lastDay, {
      group_id: r.groupId,
      group_name: groups.get(r.groupId) ?? null,
      window_start: r.startDay,
      window_days: Math.round((Date.parse(r.endDay) - Date.parse(r.startDay)) / 86_400_000),
      distinct_active: r.distinctActive,
      connectors_users: r.featureUse?.connectors ?? null,
      skills_users: r.featureUse?.skills ?? null,
      projects_users: r.featureUse?.projects ?? null,
      cowork_users: r.featureUse?.cowork ?? null,
    });
  }

  const spend: Table = {
    name: 'spend',
    columns: { report: 'STRING', group_key: 'STRING', metric: 'STRING', value: 'DOUBLE' },
    byDay: new Map(),
  };
  for (const kind of ['cost', 'usage'] as const)
    for (const r of await store.readSpend(kind, first, last)) {
      // Per-person spend rows stay in the extension: the dataset's spend is by product, model, …
      if (/user|email|actor/i.test(r.groupKey)) continue;
      for (const [metric, value] of Object.entries(r.values))
        if (typeof value === 'number')
          push(spend, r.day, { report: kind, group_key: r.groupKey, metric, value });
    }

  const tables = [summaries, activity, spend];
  if (!gate.peopleShown) return tables; // team grain: no member-level file at all
  const emails = new Map((await store.readMembers()).map((m) => [m.id, m.email]));
  const memberDays: Table = {
    name: 'member_days',
    columns: {
      member: 'STRING',
      ...Object.fromEntries(userDayColumns.map((c) => [snake(c), 'INT32' as const])),
    },
    byDay: new Map(),
  };
  for (const day of await store.readUserDays(first, last))
    for (const [i, id] of day.memberIds.entries()) {
      const row: Record<string, string | number | null> = {
        member: member ? await member(emails.get(id) || id) : id,
      };
      for (const c of userDayColumns) row[snake(c)] = day.columns[c][i]!;
      push(memberDays, day.day, row);
    }
  return [...tables, memberDays];
}
