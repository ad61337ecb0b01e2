// Builds /users rows (AnalyticsUserActivity, §5.1) from member-day details. One
// accumulator serves single-day rows, date-range rollups and RBAC-group rows:
// additive counters are summed; distinct skills/connectors/plugins/projects are exact
// unions over the window; conversations and sessions are per-day sums (as the API does).
import type { MemberDayDetail } from './detail';
import { accumulatorRow } from './user-row-object';
import { CORE_PRODUCTS } from './org-types';
import { SURFACE } from './surfaces';
import type { UserActivityRow, AnalyticsUserRef } from './types';

interface OfficeAcc {
  sessions: number;
  messages: number;
  skillInv: number;
  skillMask: number;
  calls: number;
  connMask: number;
}

/** Sums member-day details into one /users row. */
export class UserRowAccumulator {
  web = 0;
  chat = {
    conv: 0,
    msgs: 0,
    thinking: 0,
    created: 0,
    files: 0,
    artifacts: 0,
    sharedArt: 0,
    calls: 0,
    sharedConv: 0,
    skillMask: 0,
    connMask: 0,
  };
  chatProjects = new Set<number>();
  code = { sessions: 0, commits: 0, prs: 0, artifacts: 0, added: 0, removed: 0 };
  tools = [0, 0, 0, 0, 0, 0, 0, 0];
  cowork = {
    sessions: 0,
    msgs: 0,
    actions: 0,
    dispatch: 0,
    skillInv: 0,
    skillMask: 0,
    calls: 0,
    connMask: 0,
    pluginInv: 0,
    pluginMask: 0,
    artifacts: 0,
  };
  office: OfficeAcc[] = [0, 1, 2, 3].map(() => ({
    sessions: 0,
    messages: 0,
    skillInv: 0,
    skillMask: 0,
    calls: 0,
    connMask: 0,
  }));
  design = { sessions: 0, msgs: 0, created: 0, used: 0 };
  lastActive = -1;
  /** Members active at least once (used for `distinct_user_count` on grouped rows). */
  activeMembers = new Set<number>();

  /** Adds one member-day. Inactive details only count towards nothing. */
  add(d: MemberDayDetail): void {
    if (d.mask === 0) return;
    if (d.mask & CORE_PRODUCTS) this.activeMembers.add(d.member);
    if (d.day > this.lastActive) this.lastActive = d.day;
    const c = d.chat;
    if (c) {
      const a = this.chat;
      a.conv += c.conversations;
      a.msgs += c.messages;
      a.thinking += c.thinking;
      a.created += c.projectsCreated.length;
      a.files += c.files;
      a.sharedArt += c.sharedArtifactsViewed;
      a.sharedConv += c.sharedConversationsViewed;
      for (const p of c.projects) this.chatProjects.add(p.project);
      this.web += c.webSearch;
    }
    if (d.code) {
      const k = d.code;
      this.code.sessions += k.sessions;
      this.code.commits += k.commits;
      this.code.prs += k.prs;
      this.code.added += k.added;
      this.code.removed += k.removed;
      k.tools.forEach(([acc, rej], i) => {
        this.tools[i * 2]! += acc;
        this.tools[i * 2 + 1]! += rej;
      });
      this.web += k.webSearch;
    }
    if (d.cowork) {
      const w = this.cowork;
      w.sessions += d.cowork.sessions;
      w.msgs += d.cowork.messages;
      w.actions += d.cowork.actions;
      w.dispatch += d.cowork.dispatch;
    }
    d.office.forEach((o, i) => {
      if (o) {
        this.office[i]!.sessions += o.sessions;
        this.office[i]!.messages += o.messages;
      }
    });
    if (d.design) {
      this.design.sessions += d.design.sessions;
      this.design.msgs += d.design.messages;
      this.design.created += d.design.projectsCreated;
      this.design.used += d.design.projectsUsed;
    }
    for (const a of d.artifacts) {
      if (a.surface === SURFACE.chat) this.chat.artifacts++;
      else if (a.surface === SURFACE.code) this.code.artifacts++;
      else this.cowork.artifacts++;
    }
    for (const u of d.skills) {
      if (u.surface === SURFACE.chat) this.chat.skillMask |= 1 << u.skill;
      else if (u.surface === SURFACE.cowork) {
        this.cowork.skillInv += u.invocations;
        this.cowork.skillMask |= 1 << u.skill;
      } else if (u.surface >= SURFACE.excel) {
        const o = this.office[u.surface - SURFACE.excel]!;
        o.skillInv += u.invocations;
        o.skillMask |= 1 << u.skill;
      }
    }
    for (const u of d.connectors) {
      if (u.surface === SURFACE.chat) {
        this.chat.calls += u.calls;
        this.chat.connMask |= 1 << u.connector;
      } else if (u.surface === SURFACE.cowork) {
        this.cowork.calls += u.calls;
        this.cowork.connMask |= 1 << u.connector;
      } else if (u.surface >= SURFACE.excel) {
        const o = this.office[u.surface - SURFACE.excel]!;
        o.calls += u.calls;
        o.connMask |= 1 << u.connector;
      }
    }
    for (const u of d.plugins) {
      if (u.surface === SURFACE.cowork) {
        this.cowork.pluginInv += u.invocations;
        this.cowork.pluginMask |= 1 << u.plugin;
      }
    }
  }

  /**
   * Adds only the member's chat activity inside one project (the `project_id` filter, §5.1):
   * messages and conversations in the project, thinking messages pro rata, the project as used,
   * and its creation if it happened that day. Everything else stays zero.
   */
  addProjectOnly(d: MemberDayDetail, project: number): void {
    const c = d.chat;
    const use = c?.projects.find((p) => p.project === project);
    if (!c || !use) return;
    this.activeMembers.add(d.member);
    if (d.day > this.lastActive) this.lastActive = d.day;
    this.chat.conv += use.conversations;
    this.chat.msgs += use.messages;
    this.chat.thinking += Math.floor((c.thinking * use.messages) / c.messages);
    if (c.projectsCreated.includes(project)) this.chat.created++;
    this.chatProjects.add(project);
  }

  /** The row; `user` null and `distinct_user_count` set for grouped rows. */
  toRow(user: AnalyticsUserRef | null, grouped: boolean): UserActivityRow {
    return accumulatorRow(this, user, grouped);
  }
}
