/**
 * The side-by-side figures of a set of people in one period (the org, or a
 * team): each tool's active share, the combined "AI-active" share and the
 * overlap. Every share carries its numerator and denominator, which the
 * views show beside the rate.
 *
 * Definitions (people from people.ts):
 * - **ChatGPT active share** = people active in ChatGPT ÷ ChatGPT seats
 *   (`enabled` rows of the period; pending and deleted are not seats).
 * - **Claude active share** = people active in Claude on some day of the
 *   same calendar period ÷ Claude seats (members with a row on some day).
 * - **AI-active share (combined)** = people active in either tool ÷ people
 *   holding a seat in either tool.
 * - **Overlap**, over the people holding a seat in either tool: active in
 *   both, only in ChatGPT, only in Claude, in neither (the four add up to the
 *   combined denominator).
 * - **Seats paid twice, unused**: people holding a seat in both tools and
 *   active in neither.
 * A zero denominator gives a null share, never NaN. Without Claude history
 * for the period (`claudeKnown` false) the Claude, combined and overlap
 * figures are null: ChatGPT alone is not "AI-active".
 */
import type { ToolPerson } from '@/lib/metrics/tools/people';

export interface Share {
  active: number;
  seats: number;
  /** active ÷ seats, 0…1; null when seats is 0. */
  share: number | null;
}

export interface Overlap {
  both: number;
  onlyChatgpt: number;
  onlyClaude: number;
  neither: number;
}

export interface ToolFigures {
  chatgpt: Share;
  claude: Share | null;
  combined: Share | null;
  overlap: Overlap | null;
  /** People holding a seat in both tools. */
  seatsInBoth: number | null;
  /** People holding a seat in both tools and active in neither. */
  paidTwiceUnused: number | null;
}

/** active ÷ seats as a Share. Example: shareOf(3, 4) → { active: 3, seats: 4, share: 0.75 }. */
export function shareOf(active: number, seats: number): Share {
  return { active, seats, share: seats > 0 ? active / seats : null };
}

/** The figures of `people` (one period). `claudeKnown`: some Claude day of the period is stored. */
export function toolFigures(people: readonly ToolPerson[], claudeKnown: boolean): ToolFigures {
  let gSeats = 0;
  let gActive = 0;
  let cSeats = 0;
  let cActive = 0;
  let anySeat = 0;
  let anyActive = 0;
  const overlap: Overlap = { both: 0, onlyChatgpt: 0, onlyClaude: 0, neither: 0 };
  let seatsInBoth = 0;
  let paidTwiceUnused = 0;
  for (const p of people) {
    if (p.chatgptSeat) gSeats += 1;
    if (p.chatgptActive) gActive += 1;
    if (p.claudeSeat) cSeats += 1;
    if (p.claudeActive) cActive += 1;
    if (!p.chatgptSeat && !p.claudeSeat) continue;
    anySeat += 1;
    if (p.chatgptActive || p.claudeActive) anyActive += 1;
    if (p.chatgptActive && p.claudeActive) overlap.both += 1;
    else if (p.chatgptActive) overlap.onlyChatgpt += 1;
    else if (p.claudeActive) overlap.onlyClaude += 1;
    else overlap.neither += 1;
    if (p.chatgptSeat && p.claudeSeat) {
      seatsInBoth += 1;
      if (!p.chatgptActive && !p.claudeActive) paidTwiceUnused += 1;
    }
  }
  return {
    chatgpt: shareOf(gActive, gSeats),
    claude: claudeKnown ? shareOf(cActive, cSeats) : null,
    combined: claudeKnown ? shareOf(anyActive, anySeat) : null,
    overlap: claudeKnown ? overlap : null,
    seatsInBoth: claudeKnown ? seatsInBoth : null,
    paidTwiceUnused: claudeKnown ? paidTwiceUnused : null,
  };
}
