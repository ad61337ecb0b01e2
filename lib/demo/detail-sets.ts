// Skills, connectors, plugins and artifacts used during a member-day.
import { ARTIFACT_TYPES, CONNECTORS, PLUGINS, SKILLS } from './catalog';
import type { ArtifactEvent, MemberDayDetail } from './detail-types';
import { P, pickWeighted, unit, type Stream } from './prng';
import type { DemoMember } from './org-types';
import { SURFACE } from './surfaces';

const TYPE_WEIGHTS = ARTIFACT_TYPES.map((a) => a.weight);

/**
 * One created artifact: chat artifacts take a MIME type by frequency, Claude Code and Cowork
 * artifacts are `text/html` (§5.7). About 22% are shared, 30% of those published.
 */
export function artifact(s: Stream, surface: number): ArtifactEvent {
  const type =
    surface === SURFACE.chat
      ? ARTIFACT_TYPES[pickWeighted(TYPE_WEIGHTS, s.next())]!.type
      : 'text/html';
  const shared = s.next() < 0.22;
  return { type, shared, published: shared && s.next() < 0.3, surface };
}

/** Day a member installs a plugin (install events are counted only if active with Claude Code/Cowork). */
export function pluginInstallDay(seed: number, m: DemoMember, plugin: number): number {
  return (
    Math.max(m.productStart[1]!, m.seatDay) +
    Math.floor(unit(seed, m.index, plugin, P.sets + 100) * 45)
  );
}

/** Day a member enables a skill in claude.ai (they use it in chat only from then on). */
export function skillEnableDay(seed: number, m: DemoMember, skill: number): number {
  return m.productStart[0]! + Math.floor(unit(seed, m.index, skill, P.sets + 200) * 30);
}

/**
 * Adds the skills, connectors (and, on Claude Code/Cowork, plugins) a member uses on one
 * surface during `sessions` sessions (conversations for chat). Only items in the member's own
 * sets; chat skills only once enabled; plugins only once installed.
 */
export function useSets(
  s: Stream,
  d: MemberDayDetail,
  m: DemoMember,
  surface: number,
  sessions: number,
  seed: number,
): void {
  const key = surface === 0 ? 'chat' : surface === 1 ? 'code' : surface === 2 ? 'cowork' : 'office';
  const pSkill = m.champion ? 0.45 : 0.22;
  for (const k of m.skills) {
    if (!SKILLS[k]!.surfaces[key] || s.next() >= pSkill) continue;
    if (surface === 0 && d.day < skillEnableDay(seed, m, k)) continue;
    const used = 1 + s.int(Math.min(sessions, 3));
    d.skills.push({
      skill: k,
      surface,
      sessions: Math.min(used, sessions),
      invocations: used + s.int(3),
    });
  }
  for (const k of m.connectors) {
    if (!CONNECTORS[k]!.surfaces[key] || s.next() >= (m.champion ? 0.5 : 0.28)) continue;
    const used = Math.min(sessions, 1 + s.int(3));
    const managed = CONNECTORS[k]!.managedAuth && unit(seed, m.index, k, P.sets + 300) < 0.7;
    d.connectors.push({
      connector: k,
      surface,
      sessions: used,
      calls: used * (1 + s.int(6)),
      managed,
    });
  }
  if (surface !== SURFACE.code && surface !== SURFACE.cowork) return;
  for (const k of m.plugins) {
    const p = PLUGINS[k]!;
    if (!(surface === SURFACE.code ? p.code : p.cowork) || d.day < pluginInstallDay(seed, m, k))
      continue;
    if (s.next() >= 0.35) continue;
    const used = Math.min(sessions, 1 + s.int(2));
    d.plugins.push({ plugin: k, surface, sessions: used, invocations: used * (1 + s.int(4)) });
  }
}
