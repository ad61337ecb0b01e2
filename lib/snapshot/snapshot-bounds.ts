/**
 * What a signed snapshot may still not say, even from a trusted key: a link
 * outside the playbook hosts Uptake ships, or a figure no real team has.
 *
 * Definitions:
 * - **Playbook hosts**: the hosts of lib/metrics/playbooks.ts's URLs
 *   (support.claude.com, code.claude.com, …); a suggestion's link must be
 *   https on one of them.
 * - **Bounded figures**: rates and adoption goals lie in 0–100 % (growth
 *   goals count people instead), a target's progress within ±1,000 (a
 *   ratio); team sizes, actives and people
 *   counts lie in 0–1,000,000, and a window's actives never exceed the
 *   team's size when the size is known.
 */
import { playbooks } from '@/lib/metrics/playbooks';
import type { TeamPicture } from '@/lib/snapshot/picture-schema';

export const playbookHosts: ReadonlySet<string> = new Set(
  Object.values(playbooks).map((p) => new URL(p.url).host),
);
export const maxPeople = 1_000_000;

/** True when `url` is an https link to a playbook host. */
export function isPlaybookLink(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      u.protocol === 'https:' && playbookHosts.has(u.host) && u.username === '' && u.port === ''
    );
  } catch {
    return false;
  }
}

const percent = (n: number | null) => n === null || (n >= 0 && n <= 100);
const people = (n: number | null) => n === null || (n >= 0 && n <= maxPeople);

/** The first thing out of bounds in `picture`, in words, or null when everything is within. */
export function boundsProblem(picture: TeamPicture): string | null {
  for (const s of picture.suggestions)
    if (s.action.url !== null && !isPlaybookLink(s.action.url))
      return `a suggestion links to ${s.action.url}, which is not one of Uptake's playbook pages`;
  const size = picture.size.value;
  if (!people(size)) return `the team size ${size} is not a team's size`;
  const windows = picture.adoption ? Object.values(picture.adoption) : [];
  for (const w of windows) {
    if (!percent(w.rate)) return `an adoption rate of ${w.rate}% is impossible`;
    if (!people(w.actives) || (size !== null && w.actives !== null && w.actives > size))
      return `${w.actives} active people in a team of ${size} is impossible`;
  }
  if (picture.trend && !picture.trend.monthlyRate.every(percent))
    return 'the trend has a rate outside 0–100%';
  for (const t of picture.targets) {
    const inPercent = t.kind === 'adoption';
    const goalOk = inPercent
      ? percent(t.goal) && percent(t.current)
      : people(t.goal) && people(t.current);
    if (!goalOk || Math.abs(t.progress ?? 0) > 1000)
      return `the target "${t.id}" has figures out of range`;
    if (
      ![t.currentActives, t.goalActives, t.gapPeople].every(
        (n) => n === null || Math.abs(n) <= maxPeople,
      )
    )
      return `the target "${t.id}" counts more people than any team has`;
  }
  if (!people(picture.champions.total)) return 'the champion count is out of range';
  return null;
}
