/**
 * Options → Shared history (issue 14 item 3): the https URL of the history
 * file a headless sync publishes. Saving asks the browser for the optional
 * host permission of that one host (a user gesture is needed, so here and not
 * in the background); refused, nothing is saved and a sentence says so. Set by
 * policy, the field is locked and "Allow access" asks for the permission the
 * policy could not grant. The background does the reading (lib/shared-source).
 */
import { useEffect, useState } from 'preact/hooks';
import { LockBadge, Section, StatusNote, messageOf, type Note } from '@/components/options/parts';
import { sendToBackground } from '@/lib/messages/send';
import { readSharedStatus, type SharedStatus } from '@/lib/shared-source/status';
import { parseSharedUrl } from '@/lib/shared-source/url';
import type { Settings } from '@/lib/store/settings';

export function refusedSentence(host: string): string {
  return `The browser was not allowed to let Uptake read ${host}, so the shared history is not set. Press Save again and choose "Allow" to read it.`;
}

export function SharedHistorySection({
  url,
  locked,
  save,
  revision,
}: {
  url: string | null;
  locked: boolean;
  save: (patch: Partial<Settings>) => Promise<Settings>;
  revision: number;
}) {
  const [text, setText] = useState(url ?? '');
  const [note, setNote] = useState<Note>(null);
  const [granted, setGranted] = useState<boolean | null>(null);
  const [status, setStatus] = useState<SharedStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const location = url ? parseSharedUrl(url) : null;
  const pattern = location?.ok ? location.location.originPattern : null;

  useEffect(() => setText(url ?? ''), [url]);
  useEffect(() => {
    if (!pattern || !url) return setGranted(null);
    void browser.permissions.contains({ origins: [pattern] }).then(setGranted);
    void readSharedStatus(url).then(setStatus);
  }, [pattern, url, revision, note]);

  const ask = async (originPattern: string, host: string): Promise<boolean> => {
    const ok = await browser.permissions.request({ origins: [originPattern] }).catch(() => false);
    if (!ok) setNote({ tone: 'bad', text: refusedSentence(host) });
    return ok;
  };

  const onSave = (event: Event) => {
    event.preventDefault();
    const parsed = parseSharedUrl(text);
    if (!parsed.ok) return setNote({ tone: 'bad', text: parsed.reason });
    const { originPattern, host } = parsed.location;
    setBusy(true);
    // permissions.request first: it needs the click's user gesture.
    void ask(originPattern, host)
      .then(async (ok) => {
        if (!ok) return;
        await save({ sharedHistoryUrl: parsed.location.url });
        await sendToBackground({ type: 'to-background:sync-now' });
        setNote({ tone: 'ok', text: `Saved. Reading the shared history from ${host} now.` });
      })
      .catch((error: unknown) => setNote({ tone: 'bad', text: messageOf(error) }))
      .finally(() => setBusy(false));
  };

  const allow = () => {
    if (!location?.ok) return;
    const { originPattern, host } = location.location;
    void ask(originPattern, host).then(async (ok) => {
      if (!ok) return;
      await sendToBackground({ type: 'to-background:sync-now' });
      setNote({ tone: 'ok', text: `Allowed. Reading the shared history from ${host} now.` });
    });
  };

  const stop = () => {
    setBusy(true);
    void save({ sharedHistoryUrl: null })
      .then(() =>
        setNote({
          tone: 'muted',
          text: 'No shared history any more: the history kept here stays; save an API key to sync on this device.',
        }),
      )
      .catch((error: unknown) => setNote({ tone: 'bad', text: messageOf(error) }))
      .finally(() => setBusy(false));
  };

  return (
    <Section
      id="shared"
      title="Shared history"
      intro="When your organisation runs one headless sync (npx uptake sync) and publishes its signed history file on an internal https host, give its address here: Uptake then reads the figures from there, verifies the organisation's signature and checksum, needs no API key, and never syncs on its own."
    >
      <form onSubmit={onSave}>
        <label for="shared-url">
          History file URL <LockBadge locked={locked} />
        </label>
        <input
          id="shared-url"
          type="url"
          spellcheck={false}
          placeholder="https://uptake.example.internal/out/history/uptake-history.ndjson.gz"
          value={text}
          disabled={locked}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="actions">
          {!locked && (
            <button class="primary" type="submit" disabled={busy}>
              Save
            </button>
          )}
          {url && !locked && (
            <button type="button" onClick={stop} disabled={busy}>
              Stop using a shared history
            </button>
          )}
          {url && granted === false && location?.ok && (
            <button type="button" onClick={allow} data-testid="shared-allow">
              Allow access to {location.location.host}
            </button>
          )}
        </div>
      </form>
      {url && granted === false && location?.ok && (
        <p class="bad" data-testid="shared-permission">
          Uptake may not read {location.location.host} yet, so the shared history is not shown.
          Press "Allow access to {location.location.host}" (or have IT grant the host by policy).
        </p>
      )}
      {url && status?.message && (
        <p class={status.outcome === 'ok' ? 'muted' : 'bad'} data-testid="shared-status">
          {status.message}
        </p>
      )}
      <StatusNote note={note} testId="shared-note" />
    </Section>
  );
}
