/**
 * Test helpers for lib/store tests (imported by *.test.ts only): a fresh
 * in-memory database per test, and records a person can read.
 */
import { IDBFactory } from 'fake-indexeddb';
import { resetActiveHistoryForTests } from '@/lib/store/active-history';
import { resetHistoryForTests } from '@/lib/store/db';
import { resetStateForTests } from '@/lib/store/state';
import type { DaySummary } from '@/lib/store/records';
import type { UserDayRow } from '@/lib/store/schema';

/** A new, empty IndexedDB for this test, and no cached connection or active source. */
export async function freshHistory(): Promise<void> {
  await resetHistoryForTests();
  resetActiveHistoryForTests();
  resetStateForTests();
  globalThis.indexedDB = new IDBFactory();
}

const noProduct = { daily: null, weekly: null, monthly: null };

/** An org summary for `day` with 10/20/30 actives, 100 seats, fetched at 1000. */
export function summary(day: string, overrides: Partial<DaySummary> = {}): DaySummary {
  return {
    scope: 'org',
    day,
    dailyActive: 10,
    weeklyActive: 20,
    monthlyActive: 30,
    productActive: {
      chat: { daily: 8, weekly: 15, monthly: 25 },
      claude_code: noProduct,
      cowork: noProduct,
      office: noProduct,
      design: noProduct,
    },
    assignedSeats: 100,
    pendingInvites: 2,
    fetchedAt: 1000,
    ...overrides,
  };
}

/** A `/users` row in the simple form: member `user_<n>`, email `m<n>@acme.example`. */
export function row(n: number, values: UserDayRow['values'] = {}): UserDayRow {
  return { memberId: `user_${n}`, email: `m${n}@acme.example`, values };
}
