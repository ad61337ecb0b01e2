/**
 * The extension pages' side of the ChatGPT import (options and companion):
 * the imported periods of the active source, and the ChatgptImport
 * component's callbacks. Parsing and writing run in the import worker;
 * the page only lists and removes periods (no member rows).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ChatgptImportProps } from '@/components/chatgpt/chatgpt-import';
import { startChatgptImport, type ChatgptImportSession } from '@/lib/chatgpt/import-client';
import type { ChatgptPeriodEntry } from '@/lib/chatgpt/imports';
import { activeHistoryDb } from '@/lib/store/active-history';
import { listChatgptPeriods, removeChatgptPeriod } from '@/lib/store/chatgpt-imports';

export function useChatgptImport(): ChatgptImportProps {
  const [periods, setPeriods] = useState<ChatgptPeriodEntry[] | null>(null);
  const session = useRef<ChatgptImportSession | null>(null);
  const reload = useCallback(async () => setPeriods(await listChatgptPeriods()), []);
  const end = () => {
    session.current?.close();
    session.current = null;
  };

  useEffect(() => {
    void reload().catch(() => setPeriods([]));
    return end;
  }, [reload]);

  return {
    periods,
    async onPreview(files, onProgress) {
      end();
      session.current = startChatgptImport();
      return session.current.preview(files, onProgress);
    },
    async onImport() {
      if (!session.current) throw new Error('Choose the files again.');
      try {
        return await session.current.commit(await activeHistoryDb());
      } finally {
        end();
        await reload();
      }
    },
    onCancel: end,
    async onRemove(periodKey, kind) {
      await removeChatgptPeriod(periodKey, { kind });
      await reload();
    },
  };
}
