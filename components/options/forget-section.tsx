import { useState } from 'preact/hooks';
import { Section, StatusNote, messageOf, type Note } from '@/components/options/parts';

/** What forgetting did, as the background answers it. */
export interface ForgetAnswer {
  memberId: string | null;
  days: number;
  rollups: number;
  memberships: number;
}

/**
 * "Forget this person" (issue 11 item 12): by email or member id, removes
 * them from the per-person history on this device, its caches and every
 * later export; a later sync does not bring them back. The organisation's
 * totals from the API (which count everyone) are not per-person and stay.
 */
export function ForgetSection({ onForget }: { onForget: (who: string) => Promise<ForgetAnswer> }) {
  const [who, setWho] = useState('');
  const [note, setNote] = useState<Note>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const value = who.trim();
    if (!value) return setNote({ tone: 'bad', text: 'Enter an email address or a member id.' });
    try {
      const done = await onForget(value);
      setNote(
        done.memberId
          ? {
              tone: 'ok',
              text: `Forgotten: removed from ${done.days} days, ${done.rollups} window rollups and ${done.memberships} group snapshots. A later sync will not bring them back.`,
            }
          : { tone: 'muted', text: `No one with ${value} is in the history on this device.` },
      );
      setWho('');
    } catch (error) {
      setNote({ tone: 'bad', text: messageOf(error) });
    }
  };
  return (
    <Section
      id="forget"
      title="Forget a person"
      intro="Removes one person from the history kept on this device (every day, window and group membership), from the cached figures and from every later export; a later sync leaves them out. Totals the API reports for the organisation and its groups still count them."
    >
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Forget a person">
        <label for="forget-who">Email address or member id</label>
        <input
          id="forget-who"
          type="text"
          value={who}
          onInput={(e) => setWho(e.currentTarget.value)}
        />
        <div class="actions">
          <button type="submit">Forget this person</button>
        </div>
      </form>
      <StatusNote note={note} testId="forget-status" />
    </Section>
  );
}
