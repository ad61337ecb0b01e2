import { useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/messages/send';
import { describeSource, type Registry } from '@/lib/store/sources';

/**
 * "Which organisation is this key for?" — asked when Uptake could not tell
 * from the API's answers (lib/sync/identify.ts): the kept histories that share
 * some members with the key's organisation, with the numbers, and "another
 * organisation". Nothing is synced until the admin answers.
 */
export function KeyQuestion({ registry }: { registry: Registry }) {
  const [error, setError] = useState<string | null>(null);
  const candidates = registry.question;
  if (!registry.pendingKey || !candidates) return null;
  const answer = (value: string) =>
    sendToBackground({ type: 'to-background:answer-organisation', answer: value }).then(
      () => setError(null),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  return (
    <div class="confirm" role="group" aria-labelledby="key-question" data-testid="key-question">
      <p id="key-question">
        Which organisation is the saved key for? Uptake cannot tell from the API's answers, and
        keeps each organisation's history apart. Nothing is synced until you answer.
      </p>
      <div class="actions">
        {candidates.map((c) => (
          <button type="button" key={c.id} onClick={() => void answer(c.id)}>
            {`${describeSource({ kind: 'org', name: c.name })}: continue its history (${c.shared} of the ${c.listed} members the key sees are in it)`}
          </button>
        ))}
        <button type="button" onClick={() => void answer('new')}>
          Another organisation: start a new history
        </button>
      </div>
      {error && <p class="bad">{error}</p>}
    </div>
  );
}
