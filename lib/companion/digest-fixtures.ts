/**
 * Test helpers: stored days built from a compact description, so digest,
 * funnel and readout tests read like the tables they are.
 */
import { addDays } from '@/lib/metrics';
import {
  addDay,
  createDigest,
  type DigestDay,
  type DigestOptions,
  type MemberDigest,
} from '@/lib/companion/member-digest';

/** Per member on a day: products used ('c' chat, 'k' Claude Code, 'w' Cowork, 'o' Office, 'd' Design), '' = present but idle. */
export type DayPlan = Record<string, string>;

const columnOf: Record<string, string> = {
  c: 'chatMessages',
  k: 'codeSessions',
  w: 'coworkSessions',
  o: 'officeSessions',
  d: 'designSessions',
};

/** A stored day: every member in `plan` present, with 1 in each product column named. `extra` adds counters. */
export function makeDay(
  day: string,
  plan: DayPlan,
  extra: Record<string, Record<string, number>> = {},
): DigestDay {
  const ids = Object.keys(plan);
  const columns: Record<string, Uint32Array> = {};
  const col = (name: string) => (columns[name] ??= new Uint32Array(ids.length));
  ids.forEach((id, i) => {
    for (const ch of plan[id]!) col(columnOf[ch]!)[i] = 1;
    for (const [name, v] of Object.entries(extra[id] ?? {})) col(name)[i] = v;
  });
  return { day, memberIds: ids, columns, complete: true };
}

/** A digest fed with `days` consecutive plans starting at `start`. */
export function digestOf(
  start: string,
  plans: DayPlan[],
  options: Partial<DigestOptions> = {},
  extra: (d: number) => Record<string, Record<string, number>> = () => ({}),
): MemberDigest {
  const to = addDays(start, plans.length - 1);
  const g = createDigest({
    from: start,
    to,
    loadFrom: start,
    weekdaysOnly: false,
    groupIds: [],
    groupsOf: () => [],
    ...options,
  });
  plans.forEach((p, d) => addDay(g, makeDay(addDays(start, d), p, extra(d))));
  return g;
}
