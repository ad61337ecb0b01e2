/**
 * The page side of a ChatGPT import: one worker per import session
 * (import-worker.ts). `preview(files)` parses in the worker and resolves to
 * one preview per file; `commit(db)` writes the previewed rows to the
 * history database `db` in one transaction; `close()` ends the worker (and
 * drops the parsed rows). Nothing is stored before `commit`.
 */
import type { ChatgptPeriodWrite } from '@/lib/chatgpt/imports';
import type { FromImportWorker, ToImportWorker } from '@/lib/chatgpt/import-protocol';
import type { FilePreview } from '@/lib/chatgpt/preview';

export interface ChatgptImportSession {
  preview(
    files: File[],
    onProgress?: (file: number, share: number) => void,
  ): Promise<FilePreview[]>;
  commit(db: string): Promise<ChatgptPeriodWrite[]>;
  close(): void;
}

export function startChatgptImport(): ChatgptImportSession {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let progress: ((file: number, share: number) => void) | undefined;
  let waiting: { resolve: (m: FromImportWorker) => void; reject: (e: Error) => void } | null = null;
  worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
    const message = event.data;
    if (message.type === 'progress') return progress?.(message.file, message.share);
    const w = waiting;
    waiting = null;
    if (message.type === 'failed') w?.reject(new Error(message.message));
    else w?.resolve(message);
  };
  worker.onerror = (event) => {
    waiting?.reject(
      new Error(`The import worker stopped (${event.message || 'no reason given'}).`),
    );
    waiting = null;
  };
  const ask = (message: ToImportWorker) =>
    new Promise<FromImportWorker>((resolve, reject) => {
      if (waiting) return reject(new Error('The import is busy.'));
      waiting = { resolve, reject };
      worker.postMessage(message);
    });
  return {
    async preview(files, onProgress) {
      progress = onProgress;
      const answer = await ask({ type: 'parse', files });
      return answer.type === 'parsed' ? answer.previews : [];
    },
    async commit(db) {
      const answer = await ask({ type: 'import', db, now: Date.now() });
      return answer.type === 'imported' ? answer.written : [];
    },
    close: () => worker.terminate(),
  };
}
