/**
 * Size check: one day of member activity for a 5,000-member org, as the
 * public record, as stored, and in an export file. Sizes are V8
 * structured-serialisation bytes (what Chrome's IndexedDB writes, before its
 * own compression). Prints the measurements and the 90- and 330-day estimates.
 */
import { serialize } from 'node:v8';
import { beforeEach, describe, expect, it } from 'vitest';
import { openHistory } from '@/lib/store/db';
import { exportHistory } from '@/lib/store/export';
import { commitUserDay, stageUserDayPage, toUserDayColumns } from '@/lib/store/history';
import type { UserDayRow } from '@/lib/store/schema';
import { freshHistory } from '@/lib/store/test-support';

beforeEach(freshHistory);

/** Deterministic PRNG (mulberry32). */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 5,000 members, ~45% active that day; product use in realistic proportions. */
function syntheticDay(members: number, seed: number): UserDayRow[] {
  const random = prng(seed);
  const upTo = (n: number) => Math.floor(random() * (n + 1));
  return Array.from({ length: members }, (_, i) => {
    // ULID-like ids as the API gives them (random, so they compress as badly as real ones).
    const id = `user_01${Array.from({ length: 24 }, () => crockford[Math.floor(random() * 32)]).join('')}`;
    const values: UserDayRow['values'] = {};
    if (random() < 0.45) {
      Object.assign(values, {
        chatMessages: 1 + upTo(80),
        chatConversations: 1 + upTo(9),
        chatProjectsUsed: upTo(3),
        chatProjectsCreated: upTo(1),
        chatArtifactsCreated: upTo(3),
        chatFilesUploaded: upTo(5),
        chatSkillsUsed: upTo(3),
        chatConnectorsUsed: upTo(4),
        webSearches: upTo(10),
      });
      if (random() < 0.2) {
        Object.assign(values, {
          codeSessions: 1 + upTo(7),
          codeCommits: upTo(10),
          codePullRequests: upTo(3),
          codeLinesAdded: upTo(3000),
          codeLinesRemoved: upTo(1000),
          codeToolAccepted: upTo(60),
          codeToolRejected: upTo(10),
        });
      }
      if (random() < 0.1) {
        Object.assign(values, {
          coworkSessions: 1 + upTo(2),
          coworkMessages: 1 + upTo(19),
          coworkActions: upTo(50),
          coworkSkillsUsed: upTo(3),
          coworkConnectorsUsed: upTo(3),
        });
      }
      if (random() < 0.05)
        Object.assign(values, { officeSessions: 1, officeMessages: 1 + upTo(9) });
      if (random() < 0.02)
        Object.assign(values, { designSessions: 1, designMessages: 1 + upTo(9) });
    }
    return { memberId: id, email: `member${i}@acme.example`, values };
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

describe('size of one 5,000-member day', () => {
  it('stored form is several times smaller than the public record', async () => {
    const rows = syntheticDay(5000, 42);
    const publicBytes = serialize(toUserDayColumns('2026-11-20', rows, 1)).byteLength;

    const started = performance.now();
    for (let page = 0; page < 5; page++) {
      await stageUserDayPage('2026-11-20', page, rows.slice(page * 1000, (page + 1) * 1000));
    }
    await commitUserDay('2026-11-20');
    const commitMs = performance.now() - started;

    const db = await openHistory();
    const stored = (await db.get('userDays', '2026-11-20'))!;
    const storedBytes = serialize(stored).byteLength;
    // Member keys are paid once for the whole history, not per day.
    const keysBytes = serialize(await db.getAll('memberKeys')).byteLength;
    const membersBytes = serialize(await db.getAll('members')).byteLength;
    // Export: the marginal size of one more day (same members, other values).
    const exportSizes = async () => [
      (await exportHistory({ gzip: false })).size,
      (await exportHistory({ gzip: true })).size,
    ];
    const [plainOne, gzipOne] = await exportSizes();
    const nextDay = syntheticDay(5000, 42).map((r, i) => ({
      ...r,
      values: rows[(i * 7) % 5000]!.values,
    }));
    await stageUserDayPage('2026-11-21', 0, nextDay);
    await commitUserDay('2026-11-21');
    const [plainTwo, gzipTwo] = await exportSizes();
    const plainDay = plainTwo! - plainOne!;
    const gzipDay = gzipTwo! - gzipOne!;

    console.info(
      [
        `5,000 members × 1 day: public UserDayColumns ${kb(publicBytes)}; stored ${kb(storedBytes)} ` +
          `(${stored.bytes} bytes of arrays, ${Object.keys(stored.columns).length}/25 columns non-zero)`,
        `  once per history: memberKeys ${kb(keysBytes)}, members ${kb(membersBytes)}`,
        `  90 days ≈ ${mb(90 * storedBytes + keysBytes + membersBytes)}, ` +
          `330 days ≈ ${mb(330 * storedBytes + keysBytes + membersBytes)} ` +
          `(uncompacted public form: ${mb(90 * publicBytes)} / ${mb(330 * publicBytes)})`,
        `  export: ${kb(plainDay)} per day as text (${kb(gzipDay)} gzipped) ⇒ 90 days ≈ ` +
          `${mb(90 * plainDay)} (${mb(90 * gzipDay)}), 330 days ≈ ${mb(330 * plainDay)} (${mb(330 * gzipDay)})`,
        `  stage 5 pages + commit (fake-indexeddb): ${commitMs.toFixed(0)} ms`,
      ].join('\n'),
    );

    expect(stored.members).toBeInstanceOf(Uint16Array); // 5,000 ordinals fit 16 bits
    expect(storedBytes).toBeLessThan(publicBytes / 2.5);
    expect(storedBytes).toBeLessThan(200 * 1024);
  });
});
