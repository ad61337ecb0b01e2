// Everything a member did on one day, drawn from hashes: the single source for /users,
// /skills, /connectors, /plugins, /artifacts, /apps/chat/projects and usage/cost.
import { activityMask, creationKey, officeAppsOn } from './activity';
import { SKILLS } from './catalog';
import { artifact, pluginInstallDay, skillEnableDay, useSets } from './detail-sets';
import { CODE_ARTIFACTS_FROM, type MemberDayDetail, type ProjectUse } from './detail-types';
import type { DemoOrgCore } from './org';
import { P, stream } from './prng';
import { PRODUCT, type DemoMember } from './org-types';
import { SURFACE } from './surfaces';

export * from './detail-types';
export { pluginInstallDay, skillEnableDay } from './detail-sets';

/**
 * The member's activity on day index `day`, or an inactive detail (mask 0, all null) when they
 * did nothing. Pure: the same (org seed, member, day) always gives the same detail.
 */
export function memberDayDetail(
  org: DemoOrgCore,
  m: DemoMember,
  day: number,
  mask = activityMask(org, m, day),
): MemberDayDetail {
  const seed = org.options.seed;
  const d: MemberDayDetail = {
    member: m.index,
    day,
    mask,
    chat: null,
    code: null,
    cowork: null,
    office: [null, null, null, null],
    design: null,
    skills: [],
    connectors: [],
    plugins: [],
    artifacts: [],
    installs: [],
    enables: [],
  };
  if (mask === 0) return d;
  const s = stream(seed, m.index, day, P.detail);
  const root = Math.sqrt(m.intensity);
  if (mask & PRODUCT.chat) {
    const messages = Math.max(1, Math.round(m.intensity * (2 + 22 * Math.pow(s.next(), 1.3))));
    let conversations = Math.max(1, Math.min(messages, Math.round(messages / (2 + 4 * s.next()))));
    const projectsCreated = (org.creations.get(creationKey(m.index, day)) ?? []).slice();
    const projects: ProjectUse[] = [];
    let budget = messages;
    const pUse = m.champion ? 0.35 : 0.22;
    for (const p of m.projects) {
      const created = org.projects[p]!.createdDay;
      if (created > day || budget <= 0) continue;
      if (!projectsCreated.includes(p) && s.next() >= pUse) continue;
      const pm = Math.min(budget, Math.max(1, Math.round(messages * (0.1 + 0.3 * s.next()))));
      budget -= pm;
      projects.push({ project: p, messages: pm, conversations: Math.max(1, Math.round(pm / 4)) });
    }
    const inProjects = projects.reduce((a, p) => a + p.conversations, 0);
    conversations = Math.max(conversations, inProjects + (budget > 0 ? 1 : 0));
    d.chat = {
      messages,
      conversations,
      thinking: Math.min(messages, Math.round(messages * m.thinkingShare * (0.5 + s.next()))),
      files: s.next() < 0.35 ? 1 + s.int(Math.ceil(3 * root)) : 0,
      sharedArtifactsViewed: s.next() < 0.15 ? 1 + s.int(2) : 0,
      sharedConversationsViewed: s.next() < 0.12 ? 1 + s.int(3) : 0,
      projectsCreated,
      projects,
      webSearch: Math.round(messages * 0.24 * s.next()),
    };
    const n = s.next() < 0.3 ? 1 + s.int(Math.ceil(2 * root)) : 0;
    for (let k = 0; k < n; k++) d.artifacts.push(artifact(s, SURFACE.chat));
    useSets(s, d, m, SURFACE.chat, conversations, seed);
    for (const k of m.skills)
      if (SKILLS[k]!.surfaces.chat && skillEnableDay(seed, m, k) === day) d.enables.push(k);
  }
  if (mask & PRODUCT.code) {
    const sessions = 1 + s.int(2 + Math.floor(3 * root * s.next()));
    const commits = Math.floor(sessions * 1.6 * s.next());
    const added = Math.round(sessions * (30 + 250 * s.next()) * Math.pow(m.intensity, 0.3));
    const edit = Math.round(sessions * (2 + 12 * s.next()));
    const write = Math.round(sessions * 2 * s.next());
    const notebook = m.department === 'data' ? Math.round(sessions * s.next()) : 0;
    d.code = {
      sessions,
      commits,
      prs: Math.min(commits, Math.floor(commits * 0.5 * s.next() + (s.next() < 0.1 ? 1 : 0))),
      added,
      removed: Math.round(added * (0.1 + 0.45 * s.next())),
      tools: [
        [edit, Math.round(edit * 0.12 * s.next())],
        [0, 0],
        [write, Math.round(write * 0.1 * s.next())],
        [notebook, 0],
      ],
      webSearch: Math.floor(sessions * 1.5 * s.next()),
    };
    if (day >= CODE_ARTIFACTS_FROM && s.next() < 0.08) d.artifacts.push(artifact(s, SURFACE.code));
    useSets(s, d, m, SURFACE.code, sessions, seed);
  }
  if (mask & PRODUCT.cowork) {
    const sessions = 1 + s.int(1 + Math.floor(2 * root * s.next()));
    const messages = sessions * (2 + s.int(6));
    d.cowork = {
      sessions,
      messages,
      actions: messages * (1 + s.int(4)),
      dispatch: s.next() < 0.2 ? s.int(3) : 0,
    };
    if (day >= CODE_ARTIFACTS_FROM && s.next() < 0.15)
      d.artifacts.push(artifact(s, SURFACE.cowork));
    useSets(s, d, m, SURFACE.cowork, sessions, seed);
  }
  if (mask & PRODUCT.office) {
    const apps = officeAppsOn(m, day);
    let used = 0;
    for (let a = 0; a < 4; a++) {
      if (!(apps & (1 << a)) || (used > 0 && s.next() >= 0.5)) continue;
      used++;
      const sessions = 1 + s.int(2);
      d.office[a] = { sessions, messages: sessions * (1 + s.int(5)) };
      useSets(s, d, m, SURFACE.excel + a, sessions, seed);
    }
  }
  if (mask & PRODUCT.design) {
    const sessions = 1 + s.int(2);
    d.design = {
      sessions,
      messages: sessions * (3 + s.int(8)),
      projectsCreated: s.next() < 0.1 ? 1 : 0,
      projectsUsed: 1 + s.int(2),
    };
  }
  if (mask & (PRODUCT.code | PRODUCT.cowork)) {
    for (const k of m.plugins) if (pluginInstallDay(seed, m, k) === day) d.installs.push(k);
  }
  return d;
}
