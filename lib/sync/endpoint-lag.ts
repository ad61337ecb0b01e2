/**
 * Endpoints that lag behind `/summaries`. The latest available day varies by query (reference
 * §0a): `/summaries` may already have a day that `/users` or the catalog endpoints refuse as not yet
 * available. Such a refusal is no failure: the task is *deferred* (its day is fetched by a later
 * sync, which plans it again because it is still missing), and a task whose window can simply end
 * a day earlier (the 30-day rollup, group membership, catalogs, the cold start's group discovery)
 * is *shifted* to end on the latest day its endpoint has.
 *
 * A refusal is recognised without trusting its wording: a 400 for a task that reads one of the
 * `maxEndpointLagDays` newest days is read as "not yet published" (the same query shape works for
 * older days); a 400 worded as not-yet-available is one anywhere, and the day it names is a hint
 * for where to shift. Once an endpoint refused a day, later tasks reading that day or a newer one
 * on the same endpoint are shifted or deferred without spending a request.
 */
import { isApiError } from '@/lib/api';
import { addDays, dayNumber } from './days';
import type { SyncTask } from './tasks';

/** How far behind `/summaries` an endpoint may be before a refusal counts as a real failure. */
export const maxEndpointLagDays = 3;

/** The endpoint a task reads (its first request's path), or null for the spend reports. */
export function endpointOf(task: SyncTask): string | null {
  switch (task.kind) {
    case 'user-day':
    case 'group-day':
    case 'user-rollup':
    case 'membership':
      return '/users';
    case 'group-summaries':
      return '/summaries';
    case 'catalog':
      return task.catalog === 'projects' ? '/apps/chat/projects' : `/${task.catalog}`;
    case 'spend':
      return null;
  }
}

/** The newest day a task reads (inclusive), or null when it is not on the engagement calendar. */
export function lastDayOf(task: SyncTask): string | null {
  switch (task.kind) {
    case 'user-day':
    case 'group-day':
      return task.day;
    case 'spend':
      return null;
    default:
      return addDays(task.endDay, -1);
  }
}

/**
 * The same task reading up to `day` instead: a window task keeps its length and ends a day
 * later than `day` (exclusive end), never starting before its own start floor; a group-day moves
 * to `day` only when `allowDayShift` (group discovery: any recent day names the groups). Per-day
 * member tasks and series are not shifted (null): they are deferred.
 */
export function shiftTask(task: SyncTask, day: string, allowDayShift: boolean): SyncTask | null {
  switch (task.kind) {
    case 'group-day':
      return allowDayShift ? { ...task, id: `group-day:${day}`, day } : null;
    case 'user-rollup':
    case 'membership':
    case 'catalog': {
      const endDay = addDays(day, 1);
      const shift = dayNumber(endDay) - dayNumber(task.endDay);
      const startDay = addDays(task.startDay, shift);
      const floor = '2026-01-01';
      return { ...task, startDay: startDay < floor ? floor : startDay, endDay };
    }
    default:
      return null;
  }
}

/**
 * True when `error` means that `task`'s newest day is not yet published at its endpoint: a 400
 * worded as not-yet-available (a hint), or any other 400 for a task reading one of the
 * `maxEndpointLagDays` days up to `latestDay`.
 */
export function isNotYetPublished(error: unknown, task: SyncTask, latestDay: string): boolean {
  const last = lastDayOf(task);
  if (!isApiError(error) || last === null) return false;
  if (error.kind === 'not-yet-available') return true;
  const recent = dayNumber(latestDay) - dayNumber(last) < maxEndpointLagDays;
  return error.kind === 'http' && error.status === 400 && recent;
}

export type LagOutcome = { state: 'done' } | { state: 'deferred'; message: string };
export type LagTracker = ReturnType<typeof createLagTracker>;

/**
 * Runs tasks through `exec`, shifting or deferring those an endpoint refuses as not yet published
 * (see the module note). Any other error is thrown as it came. One tracker per sync.
 */
export function createLagTracker(latestDay: string) {
  /** Per endpoint: the oldest day it refused in this sync. */
  const refusedFrom = new Map<string, string>();
  const oldestAllowed = addDays(latestDay, -(maxEndpointLagDays - 1));
  const deferred = (task: SyncTask, endpoint: string, day: string): LagOutcome => ({
    state: 'deferred',
    message: `${task.id}: ${endpoint} has not published ${day} yet; a later sync fetches it.`,
  });

  return {
    async run(
      task: SyncTask,
      exec: (task: SyncTask) => Promise<void>,
      options: { allowDayShift?: boolean } = {},
    ): Promise<LagOutcome> {
      const endpoint = endpointOf(task);
      const last = lastDayOf(task);
      const allowDayShift = options.allowDayShift === true;
      let attempt: SyncTask | null = task;
      const known = endpoint ? refusedFrom.get(endpoint) : undefined;
      if (endpoint && last && known && last >= known) {
        // Known not to be there yet: no request for it.
        attempt = shiftTask(task, addDays(known, -1), allowDayShift);
        if (!attempt) return deferred(task, endpoint, last);
      }
      for (;;) {
        try {
          await exec(attempt);
          // A day moved earlier (group discovery) leaves its own day still to fetch.
          if (attempt !== task && task.kind === 'group-day')
            return deferred(task, endpoint!, lastDayOf(task)!);
          return { state: 'done' };
        } catch (error) {
          if (!endpoint || !isNotYetPublished(error, attempt, latestDay)) throw error;
          const day: string = lastDayOf(attempt)!;
          const before = refusedFrom.get(endpoint);
          if (!before || day < before) refusedFrom.set(endpoint, day);
          const hint = isApiError(error) ? error.latestAvailableDay : undefined;
          const next: string =
            hint && hint < day && hint >= oldestAllowed ? hint : addDays(day, -1);
          attempt = next >= oldestAllowed ? shiftTask(task, next, allowDayShift) : null;
          if (!attempt) return deferred(task, endpoint, lastDayOf(task)!);
        }
      }
    },
  };
}
