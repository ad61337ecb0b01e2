/**
 * Messages between an extension page and the ChatGPT import worker
 * (import-worker.ts). The page sends files and, once the admin confirms,
 * the database to write; the worker keeps the parsed rows (never sent back:
 * cloning 100,000 records would stall the page) and answers with previews,
 * progress and the outcome.
 */
import type { ChatgptPeriodWrite } from '@/lib/chatgpt/imports';
import type { FilePreview } from '@/lib/chatgpt/preview';

export type ToImportWorker =
  { type: 'parse'; files: File[] } | { type: 'import'; db: string; now: number };

export type FromImportWorker =
  | { type: 'progress'; file: number; share: number }
  | { type: 'parsed'; previews: FilePreview[] }
  | { type: 'imported'; written: ChatgptPeriodWrite[] }
  | { type: 'failed'; message: string };
