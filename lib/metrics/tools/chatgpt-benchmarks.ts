/**
 * **ChatGPT benchmarks** (issue 13 item 5): the three figures ChatGPT's
 * Workspace analytics compares with an industry median, computed with the
 * proxies of the reference (chatgpt-enterprise.md §4), since OpenAI
 * publishes neither formulas nor medians:
 * - **Activation rate** = seats (`enabled` rows) whose `last_day_active` is
 *   set (they have ever sent a message) ÷ seats.
 * - **WAU per activated user** = weekly actives ÷ activated seats, where
 *   weekly actives (WAU) = enabled rows of a Sunday–Saturday week with
 *   `is_active` = 1.
 * - **Messages per WAU** = Σ `messages` of those weekly actives ÷ WAU
 *   (`messages` counts what people sent; `tool_messages` is never added).
 * WAU exists only for weekly periods: a monthly or free-range period gives
 * null for the last two. Zero denominators give null.
 * Example: 4 seats, 3 activated, 2 active in the week with 10 and 20
 * messages → activation 0.75, WAU per activated 2/3, messages per WAU 15.
 */
import type { ChatgptUserPeriod } from '@/lib/chatgpt/records';
import { chatgptActivity } from '@/lib/metrics/providers/provider';

export interface ChatgptBenchmark {
  /** Uptake's name, ChatGPT's own name beside it in the views. */
  id: 'activation-rate' | 'wau-per-activated' | 'messages-per-wau';
  chatgptName: string;
  value: number | null;
  numerator: number;
  denominator: number;
}

/** ChatGPT's names for the three benchmarks (Workspace analytics → Benchmarks). */
export const chatgptBenchmarkNames: Record<ChatgptBenchmark['id'], string> = {
  'activation-rate': 'Activation rate',
  'wau-per-activated': 'WAU per activated user',
  'messages-per-wau': 'Messages per WAU',
};

/** The three benchmarks over `rows` (one period, one set of people). */
export function chatgptBenchmarks(
  rows: readonly ChatgptUserPeriod[],
  weekly: boolean,
): ChatgptBenchmark[] {
  let seats = 0;
  let activated = 0;
  let wau = 0;
  let messages = 0;
  for (const row of rows) {
    const a = chatgptActivity(row);
    if (!a.seat) continue;
    seats += 1;
    if (row.lastDayActive !== null) activated += 1;
    if (a.active) {
      wau += 1;
      messages += row.messages;
    }
  }
  const ratio = (n: number, d: number) => (d > 0 ? n / d : null);
  const b = (
    id: ChatgptBenchmark['id'],
    numerator: number,
    denominator: number,
    value: number | null,
  ): ChatgptBenchmark => ({
    id,
    chatgptName: chatgptBenchmarkNames[id],
    value,
    numerator,
    denominator,
  });
  return [
    b('activation-rate', activated, seats, ratio(activated, seats)),
    b('wau-per-activated', wau, activated, weekly ? ratio(wau, activated) : null),
    b('messages-per-wau', messages, wau, weekly ? ratio(messages, wau) : null),
  ];
}
