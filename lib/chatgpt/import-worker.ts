/**
 * The ChatGPT import worker (a module Web Worker started by import-client.ts):
 * parses dropped files off the page's thread, keeps the rows, and writes them
 * to the history database it is told once the admin confirms. IndexedDB is
 * opened here directly (by name: workers have no extension APIs to look the
 * active source up, so the page sends it).
 */
import { parseChatgptBlob } from '@/lib/chatgpt/parse-file';
import type { FromImportWorker, ToImportWorker } from '@/lib/chatgpt/import-protocol';
import { previewOf, resolveOverlaps } from '@/lib/chatgpt/preview';
import type { ChatgptGptPeriod, ChatgptUserPeriod } from '@/lib/chatgpt/records';
import { replaceChatgptPeriods } from '@/lib/store/chatgpt-imports';

const post = (message: FromImportWorker) => self.postMessage(message);

let batch: { users: ChatgptUserPeriod[]; gpts: ChatgptGptPeriod[] } | null = null;

async function parse(files: File[]): Promise<void> {
  const parsed = [];
  for (const [i, file] of files.entries()) {
    parsed.push(
      await parseChatgptBlob(file, (share) => post({ type: 'progress', file: i, share })).catch(
        (error: unknown) => ({
          ok: false as const,
          reason: `The file could not be read (${error instanceof Error ? error.message : String(error)}).`,
        }),
      ),
    );
  }
  const previews = parsed.map((p, i) => previewOf(files[i]!.name, p));
  const kept = resolveOverlaps(previews);
  const users: ChatgptUserPeriod[] = [];
  const gpts: ChatgptGptPeriod[] = [];
  parsed.forEach((p, i) => {
    if (!p.ok) return;
    for (const u of p.users) if (kept[i]!.has(u.periodKey)) users.push(u);
    for (const g of p.gpts) if (kept[i]!.has(g.periodKey)) gpts.push(g);
  });
  batch = { users, gpts };
  post({ type: 'parsed', previews });
}

self.onmessage = (event: MessageEvent<ToImportWorker>) => {
  const message = event.data;
  const run = async () => {
    if (message.type === 'parse') return parse(message.files);
    if (!batch) throw new Error('Nothing was parsed to import.');
    const written = await replaceChatgptPeriods(batch, { db: message.db, now: message.now });
    batch = null;
    post({ type: 'imported', written });
  };
  run().catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
