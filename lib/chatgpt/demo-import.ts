/**
 * Demo mode's ChatGPT data (issue 13 item 6): the demo organisation's export
 * files (lib/demo/chatgpt-export.ts) go through the same parser as a real
 * import and into the demo's history. Only periods not yet imported are
 * written, so running it after every demo sync costs a list read.
 */
import { demoChatgptExports } from '@/lib/demo/chatgpt-export';
import type { DemoOrgCore } from '@/lib/demo/org';
import { parseChatgptCsv } from '@/lib/chatgpt/parse-file';
import type { ChatgptGptPeriod, ChatgptUserPeriod } from '@/lib/chatgpt/records';
import {
  listChatgptPeriods,
  replaceChatgptPeriods,
  type ChatgptDbOptions,
} from '@/lib/store/chatgpt-imports';

/**
 * Imports the demo's ChatGPT periods before `latestDay` that the history
 * lacks; resolves to the number of periods written (0 when all were there).
 */
export async function importDemoChatgpt(
  org: DemoOrgCore,
  latestDay: string,
  options: ChatgptDbOptions & { now?: number } = {},
): Promise<number> {
  const have = new Set((await listChatgptPeriods(options)).map((p) => `${p.kind} ${p.periodKey}`));
  const users: ChatgptUserPeriod[] = [];
  const gpts: ChatgptGptPeriod[] = [];
  for (const file of demoChatgptExports(org, latestDay)) {
    const parsed = parseChatgptCsv(file.text);
    if (!parsed.ok) throw new Error(`The demo's ${file.name} does not parse: ${parsed.reason}`);
    for (const u of parsed.users) if (!have.has(`users ${u.periodKey}`)) users.push(u);
    for (const g of parsed.gpts) if (!have.has(`gpts ${g.periodKey}`)) gpts.push(g);
  }
  if (!users.length && !gpts.length) return 0;
  return (await replaceChatgptPeriods({ users, gpts }, options)).length;
}
