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

export function refusedSentence(host: string, what = 'shared history'): string {
  return `The browser was not allowed to let Uptake read ${host}, so the ${what} is not set. Press Save again and choose "Allow" to read it.`;
}

type Field = 'sharedHistoryUrl' | 'sharedSnapshotUrl';
const words = {
  sharedHistoryUrl: {
    what: 'shared history',
    id: 'shared-url',
    label: 'History file URL',
    placeholder: 'https://uptake.example.internal/out/history/uptake-history.ndjson.gz',
    stop: 'Stop using a shared history',
    testId: 'shared',
  },
  sharedSnapshotUrl: {
    what: 'team snapshot',
    id: 'shared-snapshot-url',
    label: "Team lead: your team's snapshot URL",
    placeholder: 'https://uptake.example.internal/out/snapshots/<team>.json',
    stop: 'Stop using a shared team snapshot',
    testId: 'shared-snapshot',
  },
} as const;

function SharedUrlForm({
  field,
  url,
  locked,
  save,
  revision,
}: {
  field: Field;
  url: string | null;
  locked: boolean;
  save: (patch: Partial<Settings>) => Promise<Settings>;
  revision: number;
}) {
  const w = words[field];
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
    void readSharedStatus(
      url,
      field === 'sharedHistoryUrl' ? 'sharedHistory' : 'sharedSnapshot',
    ).then(setStatus);
  }, [pattern, url, revision, note]);

  const ask = async (originPattern: string, host: string): Promise<boolean> => {
    const ok = await browser.permissions.request({ origins: [originPattern] }).catch(() => false);
    if (!ok) setNote({ tone: 'bad', text: refusedSentence(host, w.what) });
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
        await save({ [field]: parsed.location.url });
        await sendToBackground({ type: 'to-background:sync-now' });
        setNote({ tone: 'ok', text: `Saved. Reading the ${w.what} from ${host} now.` });
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
      setNote({ tone: 'ok', text: `Allowed. Reading the ${w.what} from ${host} now.` });
    });
  };

  const stop = () => {
    setBusy(true);
    void save({ [field]: null })
      .then(() =>
        setNote({
          tone: 'muted',
          text: `No ${w.what} from a shared location any more: what is kept here stays.`,
        }),
      )
      .catch((error: unknown) => setNote({ tone: 'bad', text: messageOf(error) }))
      .finally(() => setBusy(false));
  };

  return (
    <form onSubmit={onSave}>
      <label for={w.id}>
        {w.label} <LockBadge locked={locked} />
      </label>
      <input
        id={w.id}
        type="url"
        spellcheck={false}
        placeholder={w.placeholder}
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
            {w.stop}
          </button>
        )}
        {url && granted === false && location?.ok && (
          <button type="button" onClick={allow} data-testid={`${w.testId}-allow`}>
            Allow access to {location.location.host}
          </button>
        )}
      </div>
      {url && granted === false && location?.ok && (
        <p class="bad" data-testid={`${w.testId}-permission`}>
          Uptake may not read {location.location.host} yet, so the {w.what} is not shown. Press
          "Allow access to {location.location.host}" (or have IT grant the host by policy).
        </p>
      )}
      {url && status?.message && (
        <p class={status.outcome === 'ok' ? 'muted' : 'bad'} data-testid={`${w.testId}-status`}>
          {status.message}
        </p>
      )}
      <StatusNote note={note} testId={`${w.testId}-note`} />
    </form>
  );
}

export function SharedHistorySection(props: {
  url: string | null;
  snapshotUrl: string | null;
  locked: boolean;
  save: (patch: Partial<Settings>) => Promise<Settings>;
  revision: number;
}) {
  return (
    <Section
      id="shared"
      title="Shared history"
      intro="When your organisation runs one headless sync (npx uptake sync) and publishes its signed files on an internal https host, give their address here: Uptake then reads the figures from there, verifies the organisation's signature and checksum, needs no API key, and never syncs on its own. Admins give the history file; a team lead gives the team snapshot link the admin sent (snapshots/index.json lists them)."
    >
      <SharedUrlForm
        field="sharedHistoryUrl"
        url={props.url}
        locked={props.locked}
        save={props.save}
        revision={props.revision}
      />
      <SharedUrlForm
        field="sharedSnapshotUrl"
        url={props.snapshotUrl}
        locked={false}
        save={props.save}
        revision={props.revision}
      />
    </Section>
  );
}
