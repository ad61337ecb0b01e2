// Shapes of a member's day of activity (see detail.ts).
import { dayIndex } from './dates';

/** Claude Code and Cowork artifacts are counted from this day (§5.7). */
export const CODE_ARTIFACTS_FROM = dayIndex('2026-08-17');

export interface SkillUse {
  skill: number;
  surface: number;
  sessions: number;
  invocations: number;
}
export interface ConnectorUse {
  connector: number;
  surface: number;
  sessions: number;
  calls: number;
  managed: boolean;
}
export interface PluginUse {
  plugin: number;
  surface: number;
  sessions: number;
  invocations: number;
}
export interface ArtifactEvent {
  type: string;
  shared: boolean;
  published: boolean;
  surface: number;
}
export interface ProjectUse {
  project: number;
  messages: number;
  conversations: number;
}

export interface MemberDayDetail {
  member: number;
  day: number;
  /** Products used ({@link PRODUCT} bits); 0 = inactive. */
  mask: number;
  chat: {
    messages: number;
    conversations: number;
    thinking: number;
    files: number;
    sharedArtifactsViewed: number;
    sharedConversationsViewed: number;
    projectsCreated: number[];
    projects: ProjectUse[];
    webSearch: number;
  } | null;
  code: {
    sessions: number;
    commits: number;
    prs: number;
    added: number;
    removed: number;
    tools: [number, number][];
    webSearch: number;
  } | null;
  cowork: { sessions: number; messages: number; actions: number; dispatch: number } | null;
  /** Per Office app (excel, powerpoint, word, outlook); null = not used. */
  office: ({ sessions: number; messages: number } | null)[];
  design: {
    sessions: number;
    messages: number;
    projectsCreated: number;
    projectsUsed: number;
  } | null;
  skills: SkillUse[];
  connectors: ConnectorUse[];
  plugins: PluginUse[];
  artifacts: ArtifactEvent[];
  /** Plugin indices installed this day. */
  installs: number[];
  /** Skill indices enabled this day (claude.ai). */
  enables: number[];
}
