/**
 * "Cached history survives every extension update": one row per schema
 * version in `cases`. Each row writes data the way that version stored it
 * (raw IndexedDB, at that version), then the current code opens the database
 * (running every later step) and reads the data back through the public API.
 * Adding upgrade step N+1 means adding a row `from: N+1` here.
 */
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  openHistory,
  openHistoryDb,
  schemaVersion,
  upgrades,
  type UpgradeStep,
} from '@/lib/store/db';
import { readApiKey } from '@/lib/store/secrets';
import { getCheckpoint, getMeta } from '@/lib/store/sync-state';
import { readMembers } from '@/lib/store/people';
import { readSummaries } from '@/lib/store/summaries';
import { freshHistory, summary } from '@/lib/store/test-support';
import { readUserDays } from '@/lib/store/user-days';
import { listChatgptPeriods, readChatgptHistory } from '@/lib/store/chatgpt-history';
import { chatgptGpt, chatgptUser } from '@/lib/store/chatgpt-test-support';
import { toChunks } from '@/lib/store/chatgpt-chunks';

interface MigrationCase {
  /** Schema version the data is written at. */
  from: number;
  /** Writes sample data with the raw stores of version `from`. */
  write: (db: IDBPDatabase) => Promise<void>;
  /** Reads it back through the current public API. */
  check: () => Promise<void>;
}

const cases: MigrationCase[] = [
  {
    from: 1,
    async write(db) {
      const tx = db.transaction(
        ['summaries', 'userDays', 'memberKeys', 'members', 'checkpoints', 'secrets'],
        'readwrite',
      );
      await tx.objectStore('summaries').put(summary('2026-03-01', { dailyActive: 42 }));
      await tx.objectStore('memberKeys').put({ id: 'user_a', ordinal: 0 });
      await tx.objectStore('memberKeys').put({ id: 'user_b', ordinal: 1 });
      await tx.objectStore('userDays').put({
        day: '2026-03-01',
        members: Uint8Array.from([1, 0]),
        columns: { chatMessages: Uint8Array.from([5, 0]) },
        fetchedAt: 7,
        bytes: 4,
      });
      await tx.objectStore('members').put({
        id: 'user_a',
        email: 'a@acme.example',
        firstSeenDay: '2026-03-01',
        lastSeenDay: '2026-03-01',
        lastActiveDay: null,
      });
      await tx.objectStore('checkpoints').put({
        taskId: 'users-day:2026-03-01',
        state: 'done',
        nextCursor: null,
        pagesDone: 1,
        updatedAt: 7,
      });
      await tx
        .objectStore('secrets')
        .put({ key: 'sk-ant-api01-abcdefghijklmnop', savedAt: 7 }, 'apiKey');
      await tx.done;
    },
    async check() {
      expect((await readSummaries('org', '2026-03-01', '2026-03-01'))[0]?.dailyActive).toBe(42);
      const [day] = await readUserDays('2026-03-01', '2026-03-01');
      expect(day?.memberIds).toEqual(['user_b', 'user_a']);
      expect([...day!.columns.chatMessages]).toEqual([5, 0]);
      expect((await readMembers()).map((m) => m.email)).toEqual(['a@acme.example']);
      expect((await getCheckpoint('users-day:2026-03-01'))?.state).toBe('done');
      expect((await readApiKey())?.key).toBe('sk-ant-api01-abcdefghijklmnop');
      // v2 added the ChatGPT stores (v3 replaced them): empty.
      expect(await readChatgptHistory()).toEqual({ users: [], gpts: [] });
    },
  },
  {
    // v2 (in no release: 0.2.0 had v1, 0.3.0 v3) held one record per ChatGPT row; v3 moves them
    // into one period record and columnar chunks, two people and two GPT configs here.
    from: 2,
    async write(db) {
      const tx = db.transaction(['summaries', 'chatgptUsers', 'chatgptGpts'], 'readwrite');
      await tx.objectStore('summaries').put(summary('2026-03-01', { dailyActive: 42 }));
      for (const email of ['ben@acme.example', 'ana@acme.example'])
        await tx.objectStore('chatgptUsers').put({ ...chatgptUser(email), importedAt: 7 });
      await tx
        .objectStore('chatgptGpts')
        .put({ ...chatgptGpt('g-1', null), configKey: '', importedAt: 7 });
      await tx.objectStore('chatgptGpts').put({
        ...chatgptGpt('g-0', 'live', { messagesWorkspace: 3 }),
        configKey: 'live',
        importedAt: 8,
      });
      await tx.done;
    },
    async check() {
      expect((await readSummaries('org', '2026-03-01', '2026-03-01'))[0]?.dailyActive).toBe(42);
      const history = await readChatgptHistory();
      expect(history.users).toEqual([
        chatgptUser('ana@acme.example'),
        chatgptUser('ben@acme.example'),
      ]);
      expect(history.gpts).toEqual([
        chatgptGpt('g-0', 'live', { messagesWorkspace: 3 }),
        chatgptGpt('g-1', null),
      ]);
      expect((await listChatgptPeriods()).map((p) => [p.kind, p.rows, p.importedAt])).toEqual([
        ['users', 2, 7],
        ['gpts', 2, 8], // the period's latest import
      ]);
    },
  },
  {
    from: 3,
    async write(db) {
      const tx = db.transaction(['chatgptPeriods', 'chatgptChunks'], 'readwrite');
      const period = { cadence: 'weekly', start: '2026-03-01', end: '2026-03-07' } as const;
      const periodKey = 'weekly:2026-03-01:2026-03-07' as const;
      const rows = [chatgptUser('ana@acme.example', { messages: 4 })];
      const chunks = toChunks('users', periodKey, rows);
      await tx.objectStore('chatgptPeriods').put({
        ...period,
        kind: 'users',
        periodKey,
        rows: 1,
        chunks: chunks.length,
        importedAt: 9,
      });
      for (const chunk of chunks) await tx.objectStore('chatgptChunks').put(chunk);
      await tx.done;
    },
    async check() {
      expect((await readChatgptHistory()).users).toEqual([
        chatgptUser('ana@acme.example', { messages: 4 }),
      ]);
      expect((await listChatgptPeriods()).map((p) => [p.kind, p.rows, p.importedAt])).toEqual([
        ['users', 1, 9],
      ]);
    },
  },
];

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});

describe('upgrade steps', () => {
  it('has one migration case per schema version', () => {
    expect(cases.map((c) => c.from)).toEqual(upgrades.map((_, i) => i + 1));
  });

  it.each(cases)(
    'data written at v$from survives the upgrade to the current version',
    async (c) => {
      const old = await openHistoryDb('uptake', upgrades.slice(0, c.from));
      await c.write(old as unknown as IDBPDatabase);
      old.close();
      await c.check();
      const db = await openHistory();
      expect(db.version).toBe(schemaVersion);
      expect((await getMeta('schema'))?.version).toBe(schemaVersion);
    },
  );

  it("creates every store (v1, and the ChatGPT stores of v3; v2's per-row ones are gone)", async () => {
    const db = await openHistory();
    expect([...db.objectStoreNames].sort()).toEqual([
      'catalog',
      'chatgptChunks',
      'chatgptPeriods',
      'checkpoints',
      'groupActivity',
      'groupMembership',
      'groups',
      'memberKeys',
      'members',
      'meta',
      'secrets',
      'spend',
      'staging',
      'summaries',
      'syncLog',
      'userDays',
      'userRollups',
    ]);
  });
});

/** The version a simulated next step (`next` below) opens: one past the current schema. */
const next = schemaVersion + 1;

describe('a simulated next version (a later extension update)', () => {
  /** Adds an index and rewrites every summary, awaiting requests inside the upgrade transaction. */
  const nextStep: UpgradeStep = async (_db, tx) => {
    const summaries = tx.objectStore('summaries');
    // A real step would add the index to HistorySchema; the test reaches past the types.
    (summaries as unknown as { createIndex(name: string, keyPath: string): void }).createIndex(
      'byFetchedAt',
      'fetchedAt',
    );
    let cursor = await summaries.openCursor();
    while (cursor) {
      await cursor.update({ ...cursor.value, pendingInvites: 99 });
      cursor = await cursor.continue();
    }
  };

  it('keeps v1 data, runs the step once, and records the new version', async () => {
    await cases[0]!.write((await openHistory()) as unknown as IDBPDatabase);
    const db = await openHistoryDb('uptake', [...upgrades, nextStep]);
    expect(db.version).toBe(next);
    const stored = await db.getAll('summaries');
    expect(stored.map((s) => [s.day, s.dailyActive, s.pendingInvites])).toEqual([
      ['2026-03-01', 42, 99],
    ]);
    expect(await db.get('meta', 'schema')).toMatchObject({ version: next });
    expect(await db.count('userDays')).toBe(1);
    db.close();
  });

  it('closes the open v1 connection on versionchange so the upgrade is not blocked', async () => {
    await openHistory(); // cached v1 connection, as a running service worker holds
    const upgraded = await openHistoryDb('uptake', [...upgrades, nextStep]);
    expect(upgraded.version).toBe(next);
    upgraded.close();
    // The old code now finds a newer database: a clear error, not a hang.
    await expect(openHistory()).rejects.toMatchObject({
      kind: 'unknown',
      message: expect.stringContaining('newer version of Uptake'),
    });
  });

  it('a failing step aborts the whole upgrade and leaves v1 data as it was', async () => {
    await cases[0]!.write((await openHistory()) as unknown as IDBPDatabase);
    const broken: UpgradeStep = (_db, tx) => {
      tx.objectStore('summaries')
        .clear()
        .catch(() => undefined);
      throw new Error('step bug');
    };
    await expect(openHistoryDb('uptake', [...upgrades, broken])).rejects.toMatchObject({
      kind: 'unknown',
      message: `Updating the local history to version ${next} failed.`,
    });
    const db = await openHistoryDb('uptake', upgrades);
    expect(db.version).toBe(schemaVersion);
    expect(await db.count('summaries')).toBe(1);
    db.close();
  });
});
