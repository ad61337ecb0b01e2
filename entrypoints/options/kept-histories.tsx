import { useState } from 'preact/hooks';
import { StatusNote, messageOf, type Note } from '@/components/options/parts';
import { sendToBackground } from '@/lib/messages/send';
import type { KeptHistory } from '@/lib/store/source-switch';
import { describeSource, type Registry } from '@/lib/store/sources';

function holds(kept: KeptHistory): string {
  const size = kept.size;
  if (!size) return 'size unknown';
  if (size.summaryDays === 0 && size.memberDays === 0) return 'nothing synced yet';
  return `${size.memberDays} days of member activity, summaries to ${size.lastDay ?? '—'}`;
}

/**
 * Whose history is shown, what the last change of source did with the
 * previous one, and the other sources' histories kept on this device (each
 * can be deleted). Each source keeps its own history: see lib/store/sources.ts.
 */
export function KeptHistories({ registry, kept }: { registry: Registry; kept: KeptHistory[] }) {
  const [note, setNote] = useState<Note>(null);
  const active = kept.find((k) => k.active);
  const others = kept.filter((k) => !k.active);
  const remove = async (k: KeptHistory) => {
    try {
      await sendToBackground({ type: 'to-background:clear-history', source: k.source.id });
      setNote({ tone: 'ok', text: `Deleted the history of ${describeSource(k.source)}.` });
    } catch (error) {
      setNote({ tone: 'bad', text: messageOf(error) });
    }
  };
  return (
    <div data-testid="kept-histories">
      {active && (
        <p data-testid="history-owner">
          Shown here: the history of {describeSource(active.source)}
          {registry.pendingKey ? ', the organisation of the new key (being identified)' : ''}.
        </p>
      )}
      {registry.lastChange && (
        <p class="muted" data-testid="history-change">
          {registry.lastChange.sentence}
        </p>
      )}
      {others.length > 0 && (
        <>
          <p>Also kept on this device, apart from it:</p>
          <ul data-testid="other-histories">
            {others.map((k) => (
              <li key={k.source.id}>
                {describeSource(k.source)}: {holds(k)}.{' '}
                <button
                  type="button"
                  onClick={() => void remove(k)}
                  aria-label={`Delete the history of ${describeSource(k.source)}`}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <StatusNote note={note} testId="kept-note" />
    </div>
  );
}
