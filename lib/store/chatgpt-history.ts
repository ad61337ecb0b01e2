/**
 * The imported ChatGPT Enterprise exports as the metrics read them (issue 13),
 * from the `chatgptUsers` and `chatgptGpts` stores of a source's history.
 * Writing, listing and removing periods: chatgpt-imports.ts (re-exported here).
 */
import type { ChatgptHistory } from '@/lib/chatgpt/records';
import type { ChatgptDbOptions } from '@/lib/store/chatgpt-imports';
import { readTx } from '@/lib/store/tx';

export {
  listChatgptPeriods,
  removeChatgptPeriod,
  replaceChatgptPeriods,
  type ChatgptBatch,
  type ChatgptDbOptions,
  type ChatgptKind,
  type ChatgptPeriodEntry,
  type ChatgptPeriodWrite,
} from '@/lib/store/chatgpt-imports';

/** Everything imported, users and GPTs, ordered by period then email (or GPT id). */
export function readChatgptHistory(options: ChatgptDbOptions = {}): Promise<ChatgptHistory> {
  return readTx(
    ['chatgptUsers', 'chatgptGpts'],
    'read the ChatGPT imports',
    async (tx) => {
      const storedUsers = await tx.objectStore('chatgptUsers').getAll();
      const storedGpts = await tx.objectStore('chatgptGpts').getAll();
      const users = storedUsers.map(({ importedAt: _i, ...user }) => user);
      const gpts = storedGpts.map(({ importedAt: _i, configKey: _c, ...gpt }) => gpt);
      return { users, gpts };
    },
    options,
  );
}
