import { noProductsWithheld } from '@/lib/metrics/publication-gate';
/**
 * The companion digest's answer (`to-background:get-companion-digest`) as it
 * crosses the runtime message boundary (JSON), in Node: for demo orgs of
 * 300, 2,000 (what "Try with demo data" loads) and 5,000 members, 90 days of
 * member rows from the demo generator (lib/demo), all groups published.
 *
 * - digest.<n>.json_kb: size of the JSON answer, in KiB.
 * - digest.<n>.build_ms: the background's fold of 90 days (in memory here:
 *   IndexedDB reads not included) plus encoding.
 * - digest.<n>.stringify_ms / parse_ms: JSON.stringify and JSON.parse
 *   (what runtime messaging does, once per side).
 * - digest.<n>.check_decode_ms: the page's zod check of the answer plus decode.
 * - digest.<n>.per_member_objects_kb: the same digest as one object per
 *   member (the shape the columns replace), for comparison.
 * - spend.<n>.json_kb: the spend answer (`get-companion-spend`) in the shape
 *   the sync stores: 30 daily buckets × 10 product+model rows and × each
 *   group, plus one month-to-date actor row per member (synthetic amounts).
 * Run alone: `npx tsx tests/bench/run.ts digest`.
 */
import { companionDigestBuilder } from '../../lib/companion/companion-digest';
import { decodeDigest, digestWire, encodeDigest } from '../../lib/companion/digest-wire';
import { createDemoOrg, memberDay } from '../../lib/demo';
import { holdsGroup } from '../../lib/demo/bitsets';
import { dayIndex } from '../../lib/demo/dates';
import type { PublicationGate } from '../../lib/metrics/publication-gate';
import { toUserDayColumns } from '../../lib/store/columns';
import { toUserDayRow } from '../../lib/sync/map-rows';

const to = '2026-11-24';
const days = 90;
const shift = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const round = (x: number) => Math.round(x * 10) / 10;

function timed<T>(run: () => T): [T, number] {
  const t0 = performance.now();
  const value = run();
  return [value, performance.now() - t0];
}

async function one(members: number): Promise<Record<string, number>> {
  const org = createDemoOrg({ members, groups: members >= 5000 ? 20 : 12, seed: 42 });
  const loadFrom = shift(to, -(days - 1));
  const last = dayIndex(to);
  const gate: PublicationGate = {
    k: 5,
    peopleShown: true,
    groups: org.groups.map((g, gi) => ({
      id: g.id,
      published: true,
      hiddenBecause: null,
      memberIds: org.members
        .filter((m) => [0, 10, 20, 29].some((back) => holdsGroup(m, gi, last - back)))
        .map((m) => m.id),
    })),
    noGroup: { published: true, hiddenBecause: null, memberIds: [] },
    otherGroups: { published: false, groupIds: [], memberIds: [] },
    products: noProductsWithheld(),
  };
  // The stored days, as the background's read would decode them.
  const stored = Array.from({ length: days }, (_, d) => {
    const day = shift(loadFrom, d);
    const rows = org.members.flatMap((_m, i) => {
      const r = memberDay(org, i, day);
      const row = r && toUserDayRow(r as never);
      return row ? [row] : [];
    });
    return toUserDayColumns(day, rows, 0);
  });
  const records = org.members.map((m) => ({
    id: m.id,
    email: m.email,
    firstSeenDay: loadFrom,
    lastActiveDay: to,
  }));
  const [wire, build] = timed(() => {
    const b = companionDigestBuilder(
      { from: shift(to, -29), to, loadFrom, weekdaysOnly: false },
      gate,
    );
    stored.forEach(b.add);
    return encodeDigest(b.finish(records));
  });
  const [json, stringify] = timed(() => JSON.stringify({ digest: wire }));
  const [parsed, parse] = timed(() => JSON.parse(json) as { digest: unknown });
  const [, checkDecode] = timed(() => decodeDigest(digestWire.parse(parsed.digest)));
  const h = decodeDigest(wire);
  const perMember = JSON.stringify({
    ...wire,
    columns: undefined,
    code: undefined,
    perMember: h.digest.memberIds.map((id, i) => ({
      id,
      firstSeen: h.digest.firstSeen[i],
      lastSeen: h.digest.lastSeen[i],
      firstActive: h.digest.firstActive[i],
      lastActive: h.digest.lastActive[i],
      activeDays: h.digest.activeDays[i],
      productsInRange: h.digest.productsInRange[i],
      productsLast30: h.digest.productsLast30[i],
      weeks: h.digest.weeks[i],
      code: h.digest.code[i],
    })),
  });
  const entry = { product: null, model: null, groupId: null, actorEmail: null, requests: null };
  const spend = JSON.stringify({
    skipped: 0,
    entries: [
      ...Array.from({ length: 30 }, (_, d) => shift(to, -d)).flatMap((day) => [
        ...Array.from({ length: 10 }, (_, k) => ({
          ...entry,
          day,
          dimension: 'product+model',
          product: 'chat',
          model: `claude-model-${k}`,
          dollars: 12.34,
          requests: 1234,
        })),
        ...org.groups.map((g) => ({
          ...entry,
          day,
          dimension: 'rbac_group_id',
          groupId: g.id,
          dollars: 5.67,
        })),
      ]),
      ...org.members.map((m) => ({
        ...entry,
        day: to,
        dimension: 'actor',
        actorEmail: m.email,
        dollars: 1.23,
      })),
    ],
  });
  const p = `digest.${members}`;
  return {
    [`${p}.json_kb`]: round(json.length / 1024),
    [`${p}.build_ms`]: round(build),
    [`${p}.stringify_ms`]: round(stringify),
    [`${p}.parse_ms`]: round(parse),
    [`${p}.check_decode_ms`]: round(checkDecode),
    [`${p}.per_member_objects_kb`]: round(perMember.length / 1024),
    [`spend.${members}.json_kb`]: round(spend.length / 1024),
  };
}

export async function companionDigestBench(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const members of [300, 2000, 5000]) Object.assign(figures, await one(members));
  return figures;
}
