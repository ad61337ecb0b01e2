import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  activeHistoryDb,
  readRegistry,
  registryKey,
  resetActiveHistoryForTests,
} from '@/lib/store/active-history';
import { openHistory } from '@/lib/store/db';
import { commitUserDay, readMembers, readSummaries, stageUserDayPage } from '@/lib/store/history';
import { readApiKey, saveApiKey } from '@/lib/store/secrets';
import { readSettings, writeSettings } from '@/lib/store/settings';
import {
  answerQuestion,
  applyIdentification,
  deleteKeptHistory,
  ensureRegistry,
  keptHistories,
  matchSourceToMode,
  onNewKey,
  recordActiveName,
} from '@/lib/store/source-switch';
import { freshHistory, row, summary } from '@/lib/store/test-support';

const key = 'sk-ant-api01-AbCdEfGhIjKlMnOpQrStUvWx-7xQa';

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});

/** One day of history: an org summary with `actives` daily actives, and member `member`'s day. */
async function syncDay(day: string, actives: number, member: number) {
  await stageUserDayPage(day, 0, [row(member, { chatMessages: 3 })], 1000);
  await commitUserDay(day, { expectedPages: 1 });
  const { putSummaries } = await import('@/lib/store/history');
  await putSummaries('org', [summary(day, { dailyActive: actives })]);
}

const shown = async () => ({
  db: await activeHistoryDb(),
  actives: (await readSummaries('org', '2026-01-01', '2026-12-31')).map((s) => s.dailyActive),
  members: (await readMembers()).map((m) => m.id),
});

describe('the previous release’s history', () => {
  it('is adopted by its organisation, read as before, with the key where it was', async () => {
    // What 945495f left: history and key in `uptake`, no registry.
    await saveApiKey(key, 'device');
    await syncDay('2026-11-20', 42, 1);
    expect(await readRegistry()).toBeNull();
    expect(await shown()).toEqual({ db: 'uptake', actives: [42], members: ['user_1'] });

    const registry = await ensureRegistry(5_000);
    expect(registry.sources).toHaveLength(1);
    expect(registry.sources[0]).toMatchObject({ kind: 'org', db: 'uptake' });
    expect(registry.keySource).toBe(registry.active);
    expect(await shown()).toEqual({ db: 'uptake', actives: [42], members: ['user_1'] });
    expect((await readApiKey())?.key).toBe(key);
  });
});

describe('a history the previous release mixed (demo, then a key, into one history)', () => {
  it('is kept as the demo’s; the organisation starts clean, and the key stays', async () => {
    await saveApiKey(key, 'device');
    await syncDay('2026-11-19', 900, 7); // the demo's day (member user_7)
    await syncDay('2026-11-20', 42, 1); // the organisation's day, in the same history
    const isDemoMember = (id: string) => id === 'user_7';
    const registry = await ensureRegistry(5_000, isDemoMember);
    expect(registry.sources.map((s) => [s.kind, s.db])).toEqual([
      ['demo', 'uptake'],
      ['org', `uptake-${registry.active}`],
    ]);
    expect(registry.keySource).toBe(registry.active);
    expect(await shown()).toMatchObject({ actives: [], members: [] });
    expect(registry.lastChange?.sentence).toContain("It is kept as the demo's");
    await matchSourceToMode(true);
    expect(await shown()).toMatchObject({ db: 'uptake', members: ['user_1', 'user_7'] });
    expect((await readApiKey())?.key).toBe(key);
  });

  it('an organisation-only history is not touched', async () => {
    await saveApiKey(key, 'device');
    await syncDay('2026-11-20', 42, 1);
    const registry = await ensureRegistry(5_000, (id) => id === 'user_7');
    expect(registry.sources.map((s) => [s.kind, s.db])).toEqual([['org', 'uptake']]);
  });
});

describe('demo, then a real key, then the demo again', () => {
  it('never mixes the two histories, and each comes back with its own figures', async () => {
    await ensureRegistry();
    await writeSettings({ demo: true });
    await matchSourceToMode(true);
    await syncDay('2026-11-20', 900, 7); // the demo's day, member user_7

    // A key is saved: the demo's member days are not in the new history.
    await saveApiKey(key, 'device');
    await writeSettings({ demo: false });
    await onNewKey();
    expect(await shown()).toMatchObject({ actives: [], members: [] });
    await applyIdentification({ kind: 'new', orgId: 'uuid-acme' });
    await syncDay('2026-11-20', 42, 1); // the same day, the organisation's figures
    expect(await shown()).toMatchObject({ actives: [42], members: ['user_1'] });

    await matchSourceToMode(true);
    expect(await shown()).toEqual({ db: 'uptake-demo', actives: [900], members: ['user_7'] });
    await matchSourceToMode(false);
    expect(await shown()).toMatchObject({ actives: [42], members: ['user_1'] });
    // One key throughout, kept in `uptake` whichever history is shown.
    expect((await readApiKey())?.key).toBe(key);
    expect((await (await openHistory('uptake')).get('secrets', 'apiKey'))?.key).toBe(key);
  });

  it('another context (a page) reads the history the background switched to', async () => {
    await ensureRegistry();
    expect(await activeHistoryDb()).toBe('uptake');
    // The background, elsewhere, switches to the demo: storage.onChanged tells this context.
    const registry = await readRegistry();
    const demo = {
      ...registry!,
      active: 'demo',
      sources: [
        ...registry!.sources,
        {
          id: 'demo',
          kind: 'demo',
          db: 'uptake-demo',
          name: null,
          orgId: null,
          createdAt: 1,
          lastActiveAt: 1,
        },
      ],
    };
    await browser.storage.local.set({ [registryKey]: demo });
    await expect.poll(() => activeHistoryDb()).toBe('uptake-demo');
    resetActiveHistoryForTests();
    expect(await activeHistoryDb()).toBe('uptake-demo');
  });
});

describe('a rotated key, and names', () => {
  it('the same organisation continues its history; the pending one is deleted', async () => {
    await ensureRegistry();
    await saveApiKey(key, 'device');
    await onNewKey();
    await applyIdentification({ kind: 'new', orgId: null });
    await syncDay('2026-11-20', 42, 1);
    const acme = (await readRegistry())!.active;

    await onNewKey(); // a rotated key: pending, in an empty history of its own
    const pending = (await readRegistry())!;
    expect(pending.active).not.toBe(acme);
    await applyIdentification({
      kind: 'ask',
      candidates: [{ id: acme, name: null, shared: 40, listed: 300 }],
    });
    expect((await readRegistry())!.question).toHaveLength(1);
    await answerQuestion(acme);
    const after = (await readRegistry())!;
    expect(after.active).toBe(acme);
    expect(after.sources.map((s) => s.id)).toEqual([acme]);
    expect(await shown()).toMatchObject({ actives: [42] });
    await expect(answerQuestion(acme)).rejects.toThrow('There is no question');
  });

  it('an organisation’s name comes back with its history', async () => {
    await ensureRegistry();
    await writeSettings({ orgName: 'Acme' });
    await recordActiveName('Acme');
    await syncDay('2026-11-20', 42, 1);
    await saveApiKey(key, 'device');
    await onNewKey();
    expect((await readSettings()).orgName).toBeNull();
    await writeSettings({ orgName: 'Globex' });
    await recordActiveName('Globex');
    await applyIdentification({ kind: 'new', orgId: null });
    await syncDay('2026-11-21', 7, 2);
    await matchSourceToMode(true);
    await matchSourceToMode(false); // the key's organisation: Globex
    expect((await readSettings()).orgName).toBe('Globex');
    const names = (await keptHistories()).map((k) => [
      k.source.name,
      k.active,
      k.size?.summaryDays,
    ]);
    expect(names).toEqual([
      ['Globex', true, 1],
      ['Acme', false, 1],
      ['Northwind Labs', false, 0],
    ]);
  });
});

describe('deleting a kept history', () => {
  it('the demo’s goes; the one shown cannot; the key survives in `uptake`', async () => {
    await saveApiKey(key, 'device');
    await ensureRegistry(); // `uptake` is the organisation's
    await syncDay('2026-11-20', 42, 1);
    await matchSourceToMode(true);
    await syncDay('2026-11-20', 900, 7);
    await expect(deleteKeptHistory('demo')).rejects.toThrow('shown now');
    await matchSourceToMode(false);
    await deleteKeptHistory('demo');
    expect((await readRegistry())!.sources.map((s) => s.kind)).toEqual(['org']);
    await matchSourceToMode(true); // a new, empty demo history
    expect(await shown()).toMatchObject({ db: 'uptake-demo', actives: [] });
    // Deleting the organisation's (in `uptake`) empties its stores but keeps the key.
    const org = (await readRegistry())!.sources.find((s) => s.kind === 'org')!;
    await deleteKeptHistory(org.id);
    expect((await readApiKey())?.key).toBe(key);
    const legacy = await openHistory('uptake');
    expect(await legacy.count('summaries')).toBe(0);
  });
});
