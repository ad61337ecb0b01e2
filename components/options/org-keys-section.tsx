import { useState } from 'preact/hooks';
import { Section, StatusNote, messageOf, type Note } from '@/components/options/parts';

type Outcome = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Organisation keys: the secret behind export pseudonyms and the key that
 * signs team snapshots. They leave this browser only in a file wrapped with
 * a passphrase; another admin imports that file to make the same pseudonyms
 * and sign snapshots that leads already trust.
 */
export function OrgKeysSection({
  signingFingerprint,
  onExport,
  onImport,
  onRotate,
  trustedKeys,
  onForgetTrusted,
}: {
  /** The snapshot signing key's fingerprint, or null before the first snapshot. */
  signingFingerprint: string | null;
  onExport: (passphrase: string) => Promise<Outcome>;
  onImport: (file: File, passphrase: string) => Promise<Outcome>;
  onRotate: () => Promise<Outcome>;
  /** Short fingerprints of the snapshot keys this browser trusts (a lead's). */
  trustedKeys: string[];
  onForgetTrusted: () => Promise<Outcome>;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<Outcome>) => {
    setBusy(true);
    try {
      const o = await action();
      setNote(o.ok ? { tone: 'ok', text: o.text } : { tone: 'bad', text: o.reason });
    } catch (error) {
      setNote({ tone: 'bad', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };
  const pick = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void run(() => onImport(file, passphrase));
  };
  return (
    <Section
      id="org-keys"
      title="Organisation keys"
      intro="Exports are pseudonymised with HMAC-SHA-256 under this organisation's secret, and team snapshots are signed with its key. Both stay in this browser; to let another admin make the same pseudonyms and sign alike, export them wrapped with a passphrase and send the passphrase another way."
    >
      <p class="muted" data-testid="pseudonym-change-note">
        Since this version pseudonyms no longer come from a salted hash that could be reversed:
        files exported before the update used other pseudonyms, which changed once.
      </p>
      <p data-testid="signing-fingerprint">
        {signingFingerprint
          ? `Snapshot signing key: ${signingFingerprint}`
          : 'No snapshot signing key yet: one is made with the first team snapshot.'}
      </p>
      <label for="org-keys-passphrase">Passphrase (at least 12 characters)</label>
      <input
        id="org-keys-passphrase"
        type="password"
        autocomplete="new-password"
        value={passphrase}
        onInput={(e) => setPassphrase(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void run(() => onExport(passphrase))}>
          Export organisation keys
        </button>
        <label for="org-keys-file">Import organisation keys</label>
        <input
          id="org-keys-file"
          class="file-input"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => pick(e.currentTarget)}
        />
      </div>
      {signingFingerprint && (
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => void run(onRotate)}>
            Change the signing key
          </button>
        </div>
      )}
      <p data-testid="trusted-keys">
        {trustedKeys.length > 0
          ? `Team snapshots accepted here are signed by: ${trustedKeys.join(', ')}.`
          : 'No team snapshot key is trusted here yet: the first snapshot imported sets it.'}
      </p>
      {trustedKeys.length > 0 && (
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => void run(onForgetTrusted)}>
            Forget trusted snapshot keys
          </button>
        </div>
      )}
      <StatusNote note={note} testId="org-keys-status" />
    </Section>
  );
}
