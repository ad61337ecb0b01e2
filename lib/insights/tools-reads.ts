/**
 * The background's answer to the Tools view (`to-background:get-tools-digest`,
 * issue 13): the companion and the popup read no ChatGPT rows and no member
 * days themselves. The background reads the imported exports, rolls Claude's
 * stored member days up to the same weeks and months, and builds the digest
 * (lib/metrics/tools/digest.ts) with the publication gate of the current
 * insight build: teams are the gate's published groups (an org-chart team
 * places people who are only in ChatGPT), the floor k and the people rule
 * are the gate's.
 *
 * Cached (toolsDigest) like the insight models: per build of those models
 * (a sync, a history import or a settings change makes a new one), ChatGPT
 * imports version (any import or removal, from any page or worker, changes
 * it), active history, day and metrics settings.
 */
import type { AllInsights } from '@/lib/insights/service';
import type { MetricsSettings } from '@/lib/metrics/config';
import { mayPublishScope } from '@/lib/metrics/publication-gate';
import { personKey } from '@/lib/metrics/providers/provider';
import { claudeRollup } from '@/lib/metrics/tools/claude-rollup';
import { buildToolsDigest, type ToolsDigest } from '@/lib/metrics/tools/digest';
import { toolPeriods } from '@/lib/metrics/tools/periods';
import type { TeamDirectory } from '@/lib/metrics/tools/teams';
import { readOrgChart } from '@/lib/org-chart/store';
import { matchTeams, orgChartGroupId } from '@/lib/org-chart/to-metrics';
import { activeHistoryDb } from '@/lib/store/active-history';
import { chatgptImportsVersion, readChatgptHistory } from '@/lib/store/chatgpt-history';
import { eachUserDay, readMembers } from '@/lib/store/history';

/** The Tools digest; null while no ChatGPT export is imported. */
export async function readToolsDigest(
  all: AllInsights | null,
  settings: MetricsSettings,
  today: string,
): Promise<ToolsDigest | null> {
  const chatgpt = await readChatgptHistory();
  if (chatgpt.users.length === 0) return null;
  const periods = toolPeriods(chatgpt.users);
  const rollup = claudeRollup(periods);
  const from = periods.reduce((d, p) => (p.start < d ? p.start : d), periods[0]!.start);
  const to = periods.reduce((d, p) => (p.end > d ? p.end : d), periods[0]!.end);
  if (all) await eachUserDay(from, to, rollup.add);
  const members = all ? await readMembers() : [];
  const emailOf = new Map(members.map((m) => [m.id, m.email]));
  const firstSeenOf = new Map(members.map((m) => [personKey(m.email), m.firstSeenDay]));
  const gate = all?.gate ?? null;
  return buildToolsDigest({
    chatgpt,
    claude: rollup.finish(),
    emailOf,
    firstSeenOf,
    directory: all ? await directoryOf(all, emailOf) : { groups: [], orgChart: new Map() },
    k: gate?.k ?? settings.privacy.k,
    peopleShown: gate ? gate.peopleShown : !settings.privacy.teamGrainOnly,
    settings,
    today,
  });
}

let cached: { all: AllInsights | null; key: string; value: Promise<ToolsDigest | null> } | null =
  null;

/**
 * readToolsDigest, built once per (insight build `all`, active history, ChatGPT
 * imports version, metrics settings, today) and answered from memory until one
 * of them changes. `build` is for tests.
 */
export async function toolsDigest(
  all: AllInsights | null,
  settings: MetricsSettings,
  today: string,
  build: typeof readToolsDigest = readToolsDigest,
): Promise<ToolsDigest | null> {
  const db = await activeHistoryDb();
  const key = JSON.stringify([db, await chatgptImportsVersion({ db }), today, settings]);
  if (!cached || cached.all !== all || cached.key !== key) {
    const value = build(all, settings, today);
    cached = { all, key, value };
    value.catch(() => {
      if (cached?.value === value) cached = null;
    });
  }
  return cached.value;
}

/** Teams: the gate's published groups by email, and the org chart's email → published group. */
async function directoryOf(
  all: AllInsights,
  emailOf: ReadonlyMap<string, string>,
): Promise<TeamDirectory> {
  const names = new Map(all.groups.map((m) => [m.scope.id, m.scope.name]));
  const groups = all.gate.groups
    .filter((g) => g.published)
    .map((g) => ({
      id: g.id,
      name: names.get(g.id) ?? null,
      emails: g.memberIds.flatMap((id) => {
        const email = emailOf.get(id);
        return email ? [personKey(email)] : [];
      }),
    }));
  const orgChart = new Map<string, string>();
  const chart = await readOrgChart().catch(() => null);
  if (chart) {
    const apiGroups = all.groups
      .filter((m) => m.scope.groupSource === 'api')
      .map((m) => ({ id: m.scope.id, name: m.scope.name }));
    const ids = matchTeams(chart.teams, apiGroups).map((m) => m.groupId ?? orgChartGroupId(m.team));
    chart.emails.forEach((email, i) => {
      const id = ids[chart.teamIndex[i]!]!;
      if (mayPublishScope(all.gate, id)) orgChart.set(personKey(email), id);
    });
  }
  const hidden = all.gate.groups
    .filter((g) => !g.published)
    .map((g) => ({
      id: g.id,
      name: names.get(g.id) ?? null,
      because: g.hiddenBecause ?? 'Hidden by the privacy floor.',
    }));
  return { groups, orgChart, hidden };
}
