/**
 * Suggestion rules of the Tools view (issue 13 item 4), each with the
 * numbers it rests on. They read published figures only (the org and teams
 * the floor lets through: teams.ts), for one period.
 *
 * - **tool-gap**: a team active in one tool and not the other — its share in
 *   one tool is at least `strongShare` (40%) and in the other at most
 *   `weakShare` (10%), both tools holding seats in the team. The method that
 *   worked in one tool is the enablement for the other.
 * - **paid-twice**: people holding a seat in both tools and active in
 *   neither (for the org and each team with any): two seats paid for nobody.
 * - **depth**: custom GPTs or Projects as a sign of depth — a team where at
 *   least `deepShare` (30%) of its ChatGPT actives sent messages to a custom
 *   GPT or inside a Project: people ready for Claude Projects and Skills, and
 *   likely champions of the method.
 * Order: the org's first, then by people concerned (seats paid twice: the
 * people; a tool gap: the seats not active in the weaker tool; depth: the
 * people using GPTs or Projects), ties by id; at most `cap` (the suggestion
 * rules' cap, as for Claude's suggestions). Ids are stable
 * (`tools:<rule>:<scope>:<period key>`).
 */
import type { ToolFigures } from '@/lib/metrics/tools/figures';
import type { ToolPeriod } from '@/lib/metrics/tools/periods';

export const strongShare = 0.4;
export const weakShare = 0.1;
export const deepShare = 0.3;

/** What the rules read of one published scope. */
export interface ScopeInput {
  scope: string;
  name: string;
  figures: ToolFigures;
  /** ChatGPT actives who used a custom GPT or a Project, of ChatGPT actives. */
  deep: { people: number; of: number };
}

export interface ToolsSuggestion {
  id: string;
  rule: 'tool-gap' | 'paid-twice' | 'depth';
  scope: string;
  title: string;
  detail: string;
  /** The figures the suggestion rests on, by name. */
  numbers: Record<string, number>;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The suggestions of one period: `org` first, then `teams` (published ones only). */
export function toolsSuggestions(
  period: ToolPeriod,
  org: ScopeInput,
  teams: readonly ScopeInput[],
  cap = Infinity,
): ToolsSuggestion[] {
  const id = (rule: string, scope: string) => `tools:${rule}:${scope}:${period.key}`;
  const list: (ToolsSuggestion & { people: number })[] = [];
  for (const s of [org, ...teams]) {
    const f = s.figures;
    const unused = f.paidTwiceUnused ?? 0;
    if (unused > 0 && f.seatsInBoth !== null)
      list.push({
        people: unused,
        id: id('paid-twice', s.scope),
        rule: 'paid-twice',
        scope: s.scope,
        title: `${s.name}: ${unused} ${unused === 1 ? 'person holds' : 'people hold'} a seat in both tools and used neither`,
        detail: `${unused} of ${f.seatsInBoth} people with both a ChatGPT and a Claude seat were active in neither tool: ${unused * 2} seats paid for no use. Offer them a start in one tool, or reclaim one seat each.`,
        numbers: { unused, seatsInBoth: f.seatsInBoth, seatsPaid: unused * 2 },
      });
    if (s.scope === 'org') continue;
    const g = f.chatgpt;
    const c = f.claude;
    if (c && g.share !== null && c.share !== null) {
      const [strong, weak, strongName, weakName] =
        g.share >= c.share ? [g, c, 'ChatGPT', 'Claude'] : [c, g, 'Claude', 'ChatGPT'];
      if (strong.share! >= strongShare && weak.share! <= weakShare)
        list.push({
          people: weak.seats - weak.active,
          id: id('tool-gap', s.scope),
          rule: 'tool-gap',
          scope: s.scope,
          title: `${s.name} uses ${strongName} (${pct(strong.share!)}) but hardly ${weakName} (${pct(weak.share!)})`,
          detail: `${strong.active} of ${strong.seats} ${strongName} seats active, against ${weak.active} of ${weak.seats} ${weakName} seats. Show ${s.name} how ${weakName} does the work they already do in ${strongName}.`,
          numbers: {
            strongActive: strong.active,
            strongSeats: strong.seats,
            weakActive: weak.active,
            weakSeats: weak.seats,
          },
        });
    }
    const share = s.deep.of > 0 ? s.deep.people / s.deep.of : null;
    if (share !== null && share >= deepShare)
      list.push({
        people: s.deep.people,
        id: id('depth', s.scope),
        rule: 'depth',
        scope: s.scope,
        title: `${s.name}: ${s.deep.people} of ${s.deep.of} ChatGPT actives use custom GPTs or Projects`,
        detail: `${pct(share)} of ${s.name}'s ChatGPT actives work with custom GPTs or Projects, a sign of depth: they are ready for Claude Projects and Skills, and can show their team how.`,
        numbers: { deep: s.deep.people, chatgptActive: s.deep.of },
      });
  }
  const isOrg = (s: ToolsSuggestion) => (s.scope === 'org' ? 0 : 1);
  return list
    .sort((a, b) => isOrg(a) - isOrg(b) || b.people - a.people || (a.id < b.id ? -1 : 1))
    .slice(0, cap)
    .map(({ people: _p, ...s }) => s);
}
