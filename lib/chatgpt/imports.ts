/**
 * What an import of ChatGPT exports stored, as pages and components see it
 * (types only; lib/store/chatgpt-imports.ts does the storing).
 */
import type { ChatgptCadence, ChatgptPeriodKey } from '@/lib/chatgpt/records';

/** Which export a stored period came from: User Engagement or GPT Engagement. */
export type ChatgptKind = 'users' | 'gpts';

/** One imported period of one kind, as options lists it. */
export interface ChatgptPeriodEntry {
  periodKey: ChatgptPeriodKey;
  cadence: ChatgptCadence;
  start: string;
  end: string;
  kind: ChatgptKind;
  /** Stored rows (people for `users`, GPT configs for `gpts`). */
  rows: number;
  /** Epoch ms of the import that wrote the period. */
  importedAt: number;
}

/** What one replace did to one period of one kind. */
export interface ChatgptPeriodWrite {
  periodKey: ChatgptPeriodKey;
  kind: ChatgptKind;
  /** Rows written from the batch. */
  rows: number;
  /** Rows of the same period and kind that were stored before and are gone (0: a new period). */
  replacedRows: number;
}
