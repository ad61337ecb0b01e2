/**
 * The overlay's first questions to the background, asked ahead by the
 * bootstrap while the background injects the overlay (in-app navigation to
 * Analytics), so the answers travel while the overlay's script is evaluated
 * instead of after it. The overlay takes each prefetched answer once, within
 * a few seconds, and validates it like any other (messages.ts); anything
 * else it asks for itself. Kept in the isolated world (presence.ts), never
 * visible to the page.
 */

/** What the data loader asks first (data.ts), as it sends it. */
export const FIRST_REQUESTS: readonly Record<string, unknown>[] = [
  { type: 'to-background:get-status' },
  { type: 'to-background:get-overlay-settings' },
  { type: 'to-background:get-insights', scope: 'org', lean: true },
];

/** A prefetched answer older than this is not used (ms). */
export const PREFETCH_TTL_MS = 5000;

const KEY = Symbol.for('uptake:prefetch');

interface Prefetched {
  at: number;
  answers: Map<string, Promise<unknown>>;
}
type Holder = { [KEY]?: Prefetched };

/** A request's identity: its type and fields, whatever their order. */
export function requestKey(message: unknown): string {
  if (typeof message !== 'object' || message === null) return '';
  return JSON.stringify(Object.entries(message).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Ask the first questions now (answers kept for the overlay about to start). */
export function prefetchFirstAnswers(
  send: (message: unknown) => Promise<unknown>,
  now: number,
  world: object = globalThis,
): void {
  const answers = new Map<string, Promise<unknown>>();
  for (const request of FIRST_REQUESTS) {
    const answer = send(request);
    answer.catch(() => undefined); // The overlay asks again if it fails.
    answers.set(requestKey(request), answer);
  }
  (world as Holder)[KEY] = { at: now, answers };
}

/** The prefetched answer to `message`, once and while fresh; null otherwise. */
export function takePrefetched(
  message: unknown,
  now: number,
  world: object = globalThis,
): Promise<unknown> | null {
  const held = (world as Holder)[KEY];
  if (!held) return null;
  if (now - held.at > PREFETCH_TTL_MS) {
    delete (world as Holder)[KEY];
    return null;
  }
  const key = requestKey(message);
  const answer = held.answers.get(key) ?? null;
  held.answers.delete(key);
  return answer;
}
