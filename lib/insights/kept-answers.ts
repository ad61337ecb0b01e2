/**
 * **Kept answers**: the background's last insight answers (the gated model of
 * a scope and the scope list, as `to-background:get-insights` answers them),
 * kept on disk so that a service worker the browser stopped answers at once
 * instead of rebuilding every model first (issue 12: at 20,000 members a
 * stopped worker took about 7 s before the overlay's first answer, at 100,000
 * about 20 s; Chrome stops an idle worker after 30 s, so most overlay loads
 * met a stopped one).
 *
 * **Exact, not stale**: an answer is kept under the key of the build it came
 * from (active history, time zone, day, insight settings: service.ts
 * `insightsKey`) and answered only for that same key. Everything that makes
 * the background drop its built models (a sync's writes, an import, a
 * forgotten member, cleared data, another source, new settings) calls
 * `forgetKeptAnswers`, which removes them from disk; an answer built before
 * such a call is not kept after it (the generation check), so a kept answer is
 * always what a rebuild would answer.
 *
 * Where: the extension's own IndexedDB `uptake-state` (lib/store/state.ts),
 * out of the content script's reach, like the popup's last picture. What the
 * content script receives is still cut by the router (lean, no member lists).
 */
import type { ResponseOf } from '@/lib/messages/contract';
import { readState, removeState, writeState, type StateKey } from '@/lib/store/state';

type InsightsAnswer = ResponseOf<'to-background:get-insights'>;

const stateKey = 'insightAnswers' satisfies StateKey;

interface KeptRecord {
  key: string;
  answers: Record<string, InsightsAnswer>;
}

let generation = 0;
/** `key|slot` kept in this generation: a warm worker answers every ask, and writes each once. */
let keptNow = new Set<string>();
/** Writes one after another: each merges into what the previous one wrote. */
let writing: Promise<unknown> = Promise.resolve();

/** Which answer of a build: the scope, and whether member lists were left out. */
export function answerSlot(scope: string, lean: boolean | undefined): string {
  return `${scope}|${lean ? 'lean' : 'full'}`;
}

/** The generation now; pass it to `keepAnswer` for an answer whose build starts now. */
export function keptGeneration(): number {
  return generation;
}

const isRecord = (v: unknown): v is KeptRecord =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as KeptRecord).key === 'string' &&
  typeof (v as KeptRecord).answers === 'object' &&
  (v as KeptRecord).answers !== null;

/**
 * The answer `keptAnswer` last read from disk, for the asks that follow in the
 * same worker (the overlay's model, then its badges' champion rows: at 100,000
 * members a 1.8 MB read each). Only within its generation: every forget drops it.
 */
let lastRead: { generation: number; id: string; answer: InsightsAnswer } | null = null;

/** The kept answer of `slot` built under `key`, or null. */
export async function keptAnswer(key: string, slot: string): Promise<InsightsAnswer | null> {
  await writing;
  const id = `${key}|${slot}`;
  if (lastRead?.generation === generation && lastRead.id === id) return lastRead.answer;
  const readIn = generation;
  const { [stateKey]: stored } = await readState([stateKey]);
  if (!isRecord(stored) || stored.key !== key) return null;
  const answer = stored.answers[slot] ?? null;
  if (answer && readIn === generation) lastRead = { generation, id, answer };
  return answer;
}

/**
 * Keeps `answer` under `key`, unless `forgetKeptAnswers` ran since
 * `sinceGeneration` (the answer may then predate the change). Answers of
 * another key are replaced.
 */
export function keepAnswer(
  key: string,
  slot: string,
  answer: InsightsAnswer,
  sinceGeneration: number,
): Promise<void> {
  const id = `${key}|${slot}`;
  if (generation === sinceGeneration && keptNow.has(id)) return Promise.resolve();
  const next = writing.then(async () => {
    if (generation !== sinceGeneration) return;
    const { [stateKey]: stored } = await readState([stateKey]);
    const answers = isRecord(stored) && stored.key === key ? stored.answers : {};
    if (generation !== sinceGeneration) return;
    await writeState({ [stateKey]: { key, answers: { ...answers, [slot]: answer } } });
    if (generation !== sinceGeneration) return;
    if (!(isRecord(stored) && stored.key === key)) keptNow = new Set();
    keptNow.add(id);
  });
  writing = next.catch(() => undefined);
  return next;
}

/** Drops every kept answer (the history, the source or the settings changed). */
export function forgetKeptAnswers(): Promise<void> {
  generation += 1;
  keptNow = new Set();
  lastRead = null;
  const next = writing.then(() => removeState([stateKey]));
  writing = next.catch(() => undefined);
  return next;
}
