/**
 * Day summaries (`/summaries`) per scope: the org or an RBAC group. Key
 * `[scope, day]`, so a scope's day range is one key-range read.
 */
import { StoreError } from '@/lib/store/errors';
import { daySummarySchema } from '@/lib/store/record-schemas';
import type { DaySummary, Scope } from '@/lib/store/records';
import { maxKey } from '@/lib/store/schema';
import { readTx, writeTx } from '@/lib/store/tx';
import { validated } from '@/lib/store/validate';

/** A summary row as sync hands it over; `scope` may be left out (the call names it). */
export type DaySummaryInput = Omit<DaySummary, 'scope'> & { scope?: Scope };

export interface RejectedSummary {
  /** Position of the row in the input. */
  index: number;
  /** The row's day when it had a readable one. */
  day: string | null;
  error: StoreError;
}

export interface PutSummariesResult {
  /** Days written (new, or replacing an older fetch). */
  written: string[];
  /** Days not written because the stored version was fetched later. */
  kept: string[];
  /** Rows that failed validation: not written, any stored version of the day kept. */
  rejected: RejectedSummary[];
}

/**
 * Stores summary rows of `scope`, one transaction for the batch. Each row is
 * validated first; a row that fails is reported in `rejected` (StoreError kind
 * `invalid`) and never overwrites the stored day, while the batch's valid rows
 * are written. A stored day is replaced only by a row fetched at the same time
 * or later (`fetchedAt`), so a slow, stale fetch cannot undo a revision. A row
 * whose `scope` differs from `scope` is rejected. Quota refusal: throws
 * StoreError('quota') and writes none of the batch.
 */
export async function putSummaries(
  scope: Scope,
  rows: readonly DaySummaryInput[],
): Promise<PutSummariesResult> {
  const rejected: RejectedSummary[] = [];
  const valid = new Map<string, DaySummary>();
  rows.forEach((row, index) => {
    const day = typeof row?.day === 'string' ? row.day : null;
    try {
      if (row?.scope !== undefined && row.scope !== scope) {
        throw new StoreError(
          'invalid',
          `Summary for ${day} belongs to ${row.scope}, not ${scope}.`,
        );
      }
      const summary = validated(daySummarySchema, { ...row, scope }, `Summary for ${day ?? '?'}`);
      const earlier = valid.get(summary.day);
      if (!earlier || earlier.fetchedAt <= summary.fetchedAt) valid.set(summary.day, summary);
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      rejected.push({ index, day, error });
    }
  });
  const result: PutSummariesResult = { written: [], kept: [], rejected };
  await writeTx(['summaries'], 'store summaries', async (tx) => {
    for (const summary of valid.values()) {
      const stored = await tx.store.get([scope, summary.day]);
      if (stored && stored.fetchedAt > summary.fetchedAt) {
        result.kept.push(summary.day);
      } else {
        await tx.store.put(summary);
        result.written.push(summary.day);
      }
    }
  });
  return result;
}

/** Summaries of `scope` for days `fromDay` … `toDay` (both inclusive), in day order. */
export function readSummaries(scope: Scope, fromDay: string, toDay: string): Promise<DaySummary[]> {
  if (fromDay > toDay) return Promise.resolve([]);
  return readTx(['summaries'], 'read summaries', (tx) =>
    tx.store.getAll(IDBKeyRange.bound([scope, fromDay], [scope, toDay])),
  );
}

/** Every scope's summary for one day (org and groups), in scope order. */
export function readSummariesOfDay(day: string): Promise<DaySummary[]> {
  return readTx(['summaries'], 'read summaries', (tx) => tx.store.index('byDay').getAll(day));
}

/** Days of `scope` already stored, ascending (so sync can skip them). */
export function storedDays(scope: Scope): Promise<string[]> {
  return readTx(['summaries'], 'list stored days', async (tx) => {
    const keys = await tx.store.getAllKeys(IDBKeyRange.bound([scope], [scope, maxKey]));
    return keys.map(([, day]) => day);
  });
}

/** Every scope with at least one stored summary (`org` and group ids), sorted. */
export function storedScopes(): Promise<string[]> {
  return readTx(['summaries'], 'list stored scopes', async (tx) => {
    const scopes = new Set<string>();
    for (const [scope] of await tx.store.getAllKeys()) scopes.add(scope);
    return [...scopes].sort();
  });
}
