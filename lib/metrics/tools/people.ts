/**
 * **One person across tools** in one period: ChatGPT's User Engagement row
 * and Claude's rolled-up days (claude-rollup.ts), joined on the lower-cased
 * email. Seats and activity follow the provider seam (provider.ts): a
 * ChatGPT seat is an `enabled` row, a Claude seat is a member with a
 * `/users` row on some day of the period; active implies a seat.
 *
 * Edge cases: two ChatGPT rows with one email in a period (an account
 * re-created) merge — a seat if either is enabled, active if either is
 * active, counts from the enabled one. A Claude member without a known email
 * cannot be joined and stays a Claude-only person (`claude:<id>`).
 */
import type { ChatgptUserPeriod } from '@/lib/chatgpt/records';
import { chatgptActivity, personKey } from '@/lib/metrics/providers/provider';
import type { ClaudePeriodRollup, ClaudePersonPeriod } from '@/lib/metrics/tools/claude-rollup';

export interface ToolPerson {
  /** Lower-cased email; `claude:<member id>` for a Claude member without one. */
  key: string;
  /** Claude member id when the person holds a Claude seat in this period. */
  claudeId: string | null;
  chatgptSeat: boolean;
  chatgptActive: boolean;
  claudeSeat: boolean;
  claudeActive: boolean;
  /** The person's ChatGPT row of the period (any status), or null. */
  chatgpt: ChatgptUserPeriod | null;
  /** The person's Claude period, or null without a Claude seat in it. */
  claude: ClaudePersonPeriod | null;
}

/**
 * Everyone in either tool in one period, sorted by key. `rows` are the
 * ChatGPT rows of that period; `claude` the period's rollup (null: no Claude
 * history for it); `emailOf` maps Claude member ids to emails.
 */
export function peopleOfPeriod(
  rows: readonly ChatgptUserPeriod[],
  claude: ClaudePeriodRollup | null,
  emailOf: ReadonlyMap<string, string>,
): ToolPerson[] {
  const byKey = new Map<string, ToolPerson>();
  const blank = (key: string): ToolPerson => ({
    key,
    claudeId: null,
    chatgptSeat: false,
    chatgptActive: false,
    claudeSeat: false,
    claudeActive: false,
    chatgpt: null,
    claude: null,
  });
  for (const row of rows) {
    const a = chatgptActivity(row);
    const p = byKey.get(a.email) ?? blank(a.email);
    if (!p.chatgpt || (a.seat && !p.chatgptSeat)) p.chatgpt = row;
    p.chatgptSeat ||= a.seat;
    p.chatgptActive ||= a.active;
    byKey.set(a.email, p);
  }
  if (claude)
    for (const [id, period] of claude.members) {
      const email = emailOf.get(id);
      const key = email ? personKey(email) : `claude:${id}`;
      const p = byKey.get(key) ?? blank(key);
      p.claudeId = id;
      p.claude = period;
      p.claudeSeat = true;
      p.claudeActive = period.active;
      byKey.set(key, p);
    }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
