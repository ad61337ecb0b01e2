import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ResponseOf } from '@/lib/messages/contract';
import { readState, resetStateForTests } from '@/lib/store/state';
import {
  answerSlot,
  forgetKeptAnswers,
  keepAnswer,
  keptAnswer,
  keptGeneration,
} from './kept-answers';

type Answer = ResponseOf<'to-background:get-insights'>;

beforeEach(async () => {
  fakeBrowser.reset();
  resetStateForTests();
  globalThis.indexedDB = new IDBFactory();
  await forgetKeptAnswers(); // nothing kept from an earlier test's database
});

/** An answer told apart by its scope list (the model is not what is tested here). */
const answer = (name: string): Answer => ({
  model: null,
  scopes: [{ id: 'org', name, kind: 'org', hiddenBecause: null }],
});
const key = 'uptake-history|Europe/Berlin|2026-11-21|{"k":5}';

describe('answers kept for a stopped worker', () => {
  it('answers a kept slot for the same build key only', async () => {
    await keepAnswer(key, answerSlot('org', true), answer('Acme'), keptGeneration());
    await keepAnswer(key, answerSlot('g1', true), answer('Sales'), keptGeneration());
    expect(await keptAnswer(key, answerSlot('org', true))).toEqual(answer('Acme'));
    expect(await keptAnswer(key, answerSlot('g1', true))).toEqual(answer('Sales'));
    // The full answer (member lists) was never kept; another day, zone or settings is another build.
    expect(await keptAnswer(key, answerSlot('org', false))).toBeNull();
    expect(await keptAnswer(key.replace('2026-11-21', '2026-11-22'), 'org|lean')).toBeNull();
  });

  it('a new build key replaces every answer of the old one', async () => {
    await keepAnswer(key, 'org|lean', answer('Acme'), keptGeneration());
    const next = key.replace('{"k":5}', '{"k":8}');
    await keepAnswer(next, 'g1|lean', answer('Sales'), keptGeneration());
    expect(await keptAnswer(next, 'org|lean')).toBeNull();
    expect(await keptAnswer(key, 'org|lean')).toBeNull();
    expect(await keptAnswer(next, 'g1|lean')).toEqual(answer('Sales'));
  });

  it('forgetting removes them from disk (a forgotten member must not stay in a kept answer)', async () => {
    await keepAnswer(key, 'org|lean', answer('Acme'), keptGeneration());
    await forgetKeptAnswers();
    expect(await readState(['insightAnswers'])).toEqual({});
    expect(await keptAnswer(key, 'org|lean')).toBeNull();
  });

  it('an answer whose build began before a forget is not kept after it', async () => {
    const since = keptGeneration();
    // A sync writes and invalidates while the build runs.
    const forgotten = forgetKeptAnswers();
    await keepAnswer(key, 'org|lean', answer('built before the sync wrote'), since);
    await forgotten;
    expect(await keptAnswer(key, 'org|lean')).toBeNull();
    // A build begun after the forget is kept.
    await keepAnswer(key, 'org|lean', answer('Acme'), keptGeneration());
    expect(await keptAnswer(key, 'org|lean')).toEqual(answer('Acme'));
  });
});

describe('a warm worker', () => {
  it('writes a slot once per build key, not on every answer', async () => {
    await keepAnswer(key, 'org|lean', answer('Acme'), keptGeneration());
    let writes = 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      writes += 1;
      return put.apply(this, args);
    };
    try {
      await keepAnswer(key, 'org|lean', answer('Acme'), keptGeneration());
      expect(writes).toBe(0);
      await keepAnswer(key, 'g1|lean', answer('Sales'), keptGeneration());
      expect(writes).toBe(1);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    await forgetKeptAnswers();
    await keepAnswer(key, 'org|lean', answer('Acme'), keptGeneration());
    expect(await keptAnswer(key, 'org|lean')).toEqual(answer('Acme'));
  });
});

describe('a stopped worker that started again', () => {
  it('reads a kept answer from disk once, and again only after a forget', async () => {
    await keepAnswer(key, 'org|lean', answer('Acme'), keptGeneration());
    let reads = 0;
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function (...args: Parameters<typeof get>) {
      reads += 1;
      return get.apply(this, args);
    };
    try {
      expect(await keptAnswer(key, 'org|lean')).toEqual(answer('Acme'));
      const afterFirst = reads;
      expect(afterFirst).toBeGreaterThan(0);
      // The badges' ask right after the model's: no second read of the same answer.
      expect(await keptAnswer(key, 'org|lean')).toEqual(answer('Acme'));
      expect(reads).toBe(afterFirst);
      // Another slot or key is read from disk.
      expect(await keptAnswer(key, 'g1|lean')).toBeNull();
      expect(reads).toBeGreaterThan(afterFirst);
      // A forget (new history, settings, a forgotten member) drops what was read.
      await forgetKeptAnswers();
      expect(await keptAnswer(key, 'org|lean')).toBeNull();
    } finally {
      IDBObjectStore.prototype.get = get;
    }
  });
});
