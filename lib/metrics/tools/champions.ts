/**
 * **Champions across tools**: the existing champion method (champions.ts:
 * consistency, breadth, depth, weighted; top slice; tenure; opt-outs) with
 * ChatGPT activity as an input, over one period. Per person (one email):
 * - active weekdays = the larger of Claude's active weekdays in the period
 *   and the weekdays among ChatGPT's first and last active day in it (the
 *   export has no per-day counts, so ChatGPT proves at most those two days:
 *   a lower bound, never double-counted with Claude's);
 * - products used = Claude products used + ChatGPT products used (chat,
 *   custom GPTs, tools, Projects: each with a count above 0);
 * - projects = `projects_messaged` (Claude's distinct projects are not in
 *   the daily rows);
 * - interactions = Claude's interactions + ChatGPT `messages` (sent by the
 *   person; `tool_messages` are tool calls and never added);
 * - tenure from the earlier of Claude's first-seen day and ChatGPT's
 *   `created_or_invited_date`.
 * Opt-outs (by email or Claude member id) and team-grain mode apply as
 * everywhere: the caller shows no champion when people may not be shown.
 */
import { selectChampions, type ChampionSelection } from '@/lib/metrics/champions';
import type { ChampionStats } from '@/lib/metrics/champion-stats';
import type { ChampionRules } from '@/lib/metrics/config';
import { countWeekdays, dayNumber, isWeekday } from '@/lib/metrics/days';
import { popcount } from '@/lib/metrics/bitset';
import type { ToolPerson } from '@/lib/metrics/tools/people';
import type { ToolPeriod } from '@/lib/metrics/tools/periods';

/** The champion inputs of one person in `period`. */
export function crossToolStats(
  p: ToolPerson,
  period: ToolPeriod,
  firstSeenOf: ReadonlyMap<string, string>,
): ChampionStats {
  const g = p.chatgpt;
  const gDays = new Set(
    [g?.firstDayActive, g?.lastDayActiveInPeriod]
      .filter((d): d is string => !!d && p.chatgptActive)
      .filter((d) => isWeekday(dayNumber(d))),
  );
  const gProducts =
    g && p.chatgptSeat
      ? [g.messages, g.gptMessages, g.toolMessages, g.projectMessages].filter((n) => n > 0).length
      : 0;
  const firsts = [firstSeenOf.get(p.key), g?.createdOrInvited].filter((d): d is string => !!d);
  return {
    memberId: p.claudeId ?? `chatgpt:${p.key}`,
    email: p.key.startsWith('claude:') ? null : p.key,
    firstSeenDay: firsts.length ? firsts.sort()[0]! : null,
    seatHolder: p.chatgptSeat || p.claudeSeat,
    activeWeekdays: Math.max(p.claude?.activeWeekdays ?? 0, gDays.size),
    windowWeekdays: countWeekdays(dayNumber(period.start), dayNumber(period.end)),
    productsUsed: popcount(p.claude?.productMask ?? 0) + gProducts,
    skills: 0,
    connectors: 0,
    projects: g && p.chatgptSeat ? g.projectsMessaged : 0,
    breadthSource: 'daily-max',
    interactions: (p.claude?.interactions ?? 0) + (g && p.chatgptSeat ? g.messages : 0),
  };
}

/** Champions across tools of `people` in `period` (tenure counted to the period's last day). */
export function crossToolChampions(
  people: readonly ToolPerson[],
  period: ToolPeriod,
  rules: ChampionRules,
  firstSeenOf: ReadonlyMap<string, string>,
): ChampionSelection {
  return selectChampions(
    people.map((p) => crossToolStats(p, period, firstSeenOf)),
    rules,
    period.end,
  );
}
