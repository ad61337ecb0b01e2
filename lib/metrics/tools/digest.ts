/**
 * **The Tools digest**: everything the companion's Tools view and the popup
 * line show, per ChatGPT period present — the org's and each team's figures
 * (figures.ts), ChatGPT benchmarks, the depth signal, suggestions, champions
 * across tools — and the combined targets. Built by the background from the
 * stored exports and Claude's member days, through the privacy floor
 * (teams.ts) and the publication gate's people rule: in team-grain mode
 * (`peopleShown` false) no champion is listed; opted-out people are never
 * champions. The view renders it and reads nothing else.
 */
import type { ChatgptHistory, ChatgptUserPeriod } from '@/lib/chatgpt/records';
import type { MetricsSettings } from '@/lib/metrics/config';
import { isHidden } from '@/lib/metrics/suggestions';
import { chatgptBenchmarks, type ChatgptBenchmark } from '@/lib/metrics/tools/chatgpt-benchmarks';
import { crossToolChampions } from '@/lib/metrics/tools/champions';
import type { ClaudePeriodRollup } from '@/lib/metrics/tools/claude-rollup';
import { toolFigures, type ToolFigures } from '@/lib/metrics/tools/figures';
import { peopleOfPeriod, type ToolPerson } from '@/lib/metrics/tools/people';
import { toolPeriods, type ToolPeriod } from '@/lib/metrics/tools/periods';
import { toolsSuggestions, type ToolsSuggestion } from '@/lib/metrics/tools/suggestions';
import { toolsTargetProgress, type ToolsTargetProgress } from '@/lib/metrics/tools/targets';
import { hiddenTeams, holdsSeat, teamsOf, type TeamDirectory } from '@/lib/metrics/tools/teams';

export interface ToolsScopeRow {
  /** `org` or a team id (a Claude group id, or `chatgpt-group:<name>`). */
  scope: string;
  name: string;
  source: 'org' | 'claude-group' | 'chatgpt-group';
  /** Why the team's figures are hidden (privacy floor), or null when shown. */
  hiddenBecause: string | null;
  figures: ToolFigures | null;
  benchmarks: ChatgptBenchmark[] | null;
  /** ChatGPT actives who sent messages to a custom GPT or in a Project, of ChatGPT actives. */
  deep: { people: number; of: number } | null;
}

export interface ToolsChampion {
  email: string;
  rank: number;
  score: number;
  /** The tools the person was active in during the period. */
  tools: ('ChatGPT' | 'Claude')[];
}

export interface ToolsPeriodDigest {
  period: ToolPeriod;
  /** Days of the period with Claude member rows stored (0: no Claude figures). */
  claudeDaysStored: number;
  /** The org first, then the teams by name. */
  rows: ToolsScopeRow[];
  suggestions: ToolsSuggestion[];
  /** Champions across tools; null when people may not be shown (team grain). */
  champions: ToolsChampion[] | null;
  /** Custom GPTs (GPT Engagement export) active in the period, and their messages; null without that file. */
  gpts: { active: number; messages: number } | null;
}

export interface ToolsDigest {
  version: 1;
  k: number;
  peopleShown: boolean;
  /** Latest first. */
  periods: ToolsPeriodDigest[];
  targets: ToolsTargetProgress[];
}

export interface ToolsInput {
  chatgpt: ChatgptHistory;
  /** Claude's days rolled up per period key (claude-rollup.ts). */
  claude: ReadonlyMap<string, ClaudePeriodRollup>;
  /** Claude member id → email. */
  emailOf: ReadonlyMap<string, string>;
  /** Lower-cased email → Claude first-seen day (tenure of champions). */
  firstSeenOf: ReadonlyMap<string, string>;
  directory: TeamDirectory;
  k: number;
  peopleShown: boolean;
  settings: Pick<MetricsSettings, 'targets' | 'champions' | 'suggestions'>;
  /** `YYYY-MM-DD`: snoozed suggestions come back on their day. */
  today: string;
}

/** Champions listed per period. */
export const championsListed = 10;

const isDeep = (p: ToolPerson) =>
  p.chatgptActive && !!p.chatgpt && (p.chatgpt.gptMessages > 0 || p.chatgpt.projectMessages > 0);

function rowOf(
  scope: string,
  name: string,
  source: ToolsScopeRow['source'],
  people: readonly ToolPerson[],
  period: ToolPeriod,
  claudeKnown: boolean,
): ToolsScopeRow {
  const rows = people.flatMap((p) => (p.chatgpt ? [p.chatgpt] : [])) as ChatgptUserPeriod[];
  return {
    scope,
    name,
    source,
    hiddenBecause: null,
    figures: toolFigures(people, claudeKnown),
    benchmarks: chatgptBenchmarks(rows, period.shape === 'week'),
    deep: {
      people: people.filter(isDeep).length,
      of: people.filter((p) => p.chatgptActive).length,
    },
  };
}

/** The digest of every imported period. */
export function buildToolsDigest(input: ToolsInput): ToolsDigest {
  const periods = toolPeriods(input.chatgpt.users);
  const rowsOf = new Map<string, ChatgptUserPeriod[]>();
  for (const r of input.chatgpt.users) {
    const list = rowsOf.get(r.periodKey);
    if (list) list.push(r);
    else rowsOf.set(r.periodKey, [r]);
  }
  const digests = periods.map((period) => {
    const claude = input.claude.get(period.key) ?? null;
    const claudeKnown = !!claude && claude.daysStored > 0;
    const people = peopleOfPeriod(rowsOf.get(period.key) ?? [], claude, input.emailOf);
    // A team with nobody holding a seat in either tool (only pending or deleted rows) has no figure.
    const teams = teamsOf(people, input.directory).filter((t) => t.people.some(holdsSeat));
    const hidden = hiddenTeams(people, teams, input.k);
    const org = rowOf('org', 'Whole organisation', 'org', people, period, claudeKnown);
    const teamRows: ToolsScopeRow[] = teams.map((t) => {
      const why = hidden.get(t.id);
      if (why)
        return {
          scope: t.id,
          name: t.name,
          source: t.source,
          hiddenBecause: why.detail,
          figures: null,
          benchmarks: null,
          deep: null,
        } satisfies ToolsScopeRow;
      return rowOf(t.id, t.name, t.source, t.people, period, claudeKnown);
    });
    // Claude groups the gate hides keep a row that says why (their members are in no team here).
    for (const g of input.directory.hidden ?? [])
      teamRows.push({
        scope: g.id,
        name: g.name ?? g.id,
        source: 'claude-group',
        hiddenBecause: g.because,
        figures: null,
        benchmarks: null,
        deep: null,
      });
    const shown = teamRows.filter((r) => r.figures);
    const suggestions = toolsSuggestions(
      period,
      { scope: 'org', name: org.name, figures: org.figures!, deep: org.deep! },
      shown.map((r) => ({ scope: r.scope, name: r.name, figures: r.figures!, deep: r.deep! })),
    )
      .filter((s) => !isHidden(s.id, input.settings.suggestions, input.today))
      .slice(0, input.settings.suggestions.cap);
    const selection = input.peopleShown
      ? crossToolChampions(people, period, input.settings.champions, input.firstSeenOf)
      : null;
    const byKey = new Map(people.map((p) => [p.key, p]));
    const champions =
      selection?.champions.slice(0, championsListed).flatMap((c) => {
        const p = c.email ? byKey.get(c.email) : undefined;
        if (!p || !c.email) return [];
        const tools: ToolsChampion['tools'] = [];
        if (p.chatgptActive) tools.push('ChatGPT');
        if (p.claudeActive) tools.push('Claude');
        return [{ email: c.email, rank: c.rank, score: c.score, tools }];
      }) ?? null;
    const gptRows = input.chatgpt.gpts.filter((g) => g.periodKey === period.key);
    const gpts = gptRows.length
      ? {
          active: new Set(gptRows.filter((g) => g.isActive).map((g) => g.gptId)).size,
          messages: gptRows.reduce((n, g) => n + g.messagesWorkspace, 0),
        }
      : null;
    return {
      period,
      claudeDaysStored: claude?.daysStored ?? 0,
      rows: [org, ...teamRows],
      suggestions,
      champions,
      gpts,
    } satisfies ToolsPeriodDigest;
  });
  const byKey = new Map(digests.map((d) => [d.period.key, d]));
  const targets = toolsTargetProgress(input.settings.targets, periods, (period, scope) => {
    const row = byKey.get(period.key)?.rows.find((r) => r.scope === scope);
    if (!row) return { share: null, hiddenBecause: 'No such team in this period.' };
    return { share: row.figures?.combined ?? null, hiddenBecause: row.hiddenBecause };
  });
  return { version: 1, k: input.k, peopleShown: input.peopleShown, periods: digests, targets };
}
