// Builds /users rows (AnalyticsUserActivity, §5.1) from member-day details. One
// accumulator serves single-day rows, date-range rollups and RBAC-group rows:
// additive counters are summed; distinct skills/connectors/plugins/projects are exact
// unions over the window; conversations and sessions are per-day sums (as the API does).
import { dayString } from './dates';
import type { MemberDayDetail } from './detail';
import { CORE_PRODUCTS } from './org-types';
import { SURFACE } from './surfaces';
import type { UserActivityRow, AnalyticsUserRef } from './types';

/** Number of set bits of a 32-bit integer. */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

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

  /** The row; `user` null + `distinctUsers` for grouped rows. */
  toRow(user: AnalyticsUserRef | null, grouped: boolean): UserActivityRow {
    const c = this.chat;
    const o = (i: number) => {
      const x = this.office[i]!;
      return {
        distinct_session_count: x.sessions,
        message_count: x.messages,
        skills_used_count: x.skillInv,
        distinct_skills_used_count: popcount(x.skillMask),
        connectors_used_count: x.calls,
        distinct_connectors_used_count: popcount(x.connMask),
      };
    };
    const t = this.tools;
    return {
      user,
      distinct_user_count: grouped ? this.activeMembers.size : null,
      last_activity_date: this.lastActive >= 0 ? dayString(this.lastActive) : null,
      web_search_count: this.web,
      chat_metrics: {
        distinct_conversation_count: c.conv,
        message_count: c.msgs,
        thinking_message_count: c.thinking,
        distinct_projects_created_count: c.created,
        distinct_projects_used_count: this.chatProjects.size,
        distinct_files_uploaded_count: c.files,
        distinct_artifacts_created_count: c.artifacts,
        distinct_shared_artifacts_viewed_count: c.sharedArt,
        distinct_skills_used_count: popcount(c.skillMask),
        connectors_used_count: c.calls,
        distinct_connectors_used_count: popcount(c.connMask),
        shared_conversations_viewed_count: c.sharedConv,
      },
      claude_code_metrics: {
        core_metrics: {
          distinct_session_count: this.code.sessions,
          commit_count: this.code.commits,
          pull_request_count: this.code.prs,
          artifacts_created_count: this.code.artifacts,
          lines_of_code: { added_count: this.code.added, removed_count: this.code.removed },
        },
        tool_actions: {
          edit_tool: { accepted_count: t[0]!, rejected_count: t[1]! },
          multi_edit_tool: { accepted_count: t[2]!, rejected_count: t[3]! },
          write_tool: { accepted_count: t[4]!, rejected_count: t[5]! },
          notebook_edit_tool: { accepted_count: t[6]!, rejected_count: t[7]! },
        },
      },
      cowork_metrics: {
        distinct_session_count: this.cowork.sessions,
        message_count: this.cowork.msgs,
        action_count: this.cowork.actions,
        dispatch_turn_count: this.cowork.dispatch,
        skills_used_count: this.cowork.skillInv,
        distinct_skills_used_count: popcount(this.cowork.skillMask),
        connectors_used_count: this.cowork.calls,
        distinct_connectors_used_count: popcount(this.cowork.connMask),
        plugins_used_count: this.cowork.pluginInv,
        distinct_plugins_used_count: popcount(this.cowork.pluginMask),
        artifacts_created_count: this.cowork.artifacts,
        // File-edit reporting is not enabled for the demo organisation: null, never 0 (§5.1).
        file_edit_count: null,
        edit_tool_count: null,
        multi_edit_tool_count: null,
        write_tool_count: null,
        notebook_edit_tool_count: null,
        sessions_with_file_edits_count: null,
      },
      office_metrics: { excel: o(0), powerpoint: o(1), word: o(2), outlook: o(3) },
      design_metrics: {
        distinct_session_count: this.design.sessions,
        message_count: this.design.msgs,
        distinct_projects_created_count: this.design.created,
        distinct_projects_used_count: this.design.used,
      },
      science_metrics: {
        distinct_session_count: 0,
        message_count: 0,
        delegation_count: 0,
        remote_compute_job_count: 0,
        skills_used_count: 0,
      },
    };
  }
}
