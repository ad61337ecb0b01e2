/**
 * One refresh of the shared history (issue 14 item 3), run by the sync
 * controller in place of an API sync whenever a shared location is set (the
 * schedule's alarm, "Sync now", a saved URL): no key is read and no request
 * goes to the Analytics API.
 *
 * 1. The URL is checked (url.ts) and the optional host permission for its
 *    host must be granted; else nothing is fetched and the admin is told how
 *    to grant it.
 * 2. The history file is fetched conditionally (an unchanged file: 304, done),
 *    then its signature; verify.ts decides.
 * 3. A refused file changes nothing: the history kept here stays shown, and
 *    the sync log and options say why. An accepted one becomes the
 *    organisation's history on this device (source-switch.ts showSharedSource,
 *    then the options import's replace: one transaction).
 *
 * Every outcome is one sync-log line, so every surface's "last sync" says
 * where the figures come from: "Shared history from <host>, synced <when>".
 */
import { fetchSharedFile, SharedFetchError } from '@/lib/api/shared-source';
import { appendSyncLog, historyStats, setMeta } from '@/lib/store/history';
import { writeHistoryFile } from '@/lib/store/import';
import { readSnapshotPins, saveSnapshotPins } from '@/lib/store/snapshot-pins';
import { showSharedSource } from '@/lib/store/source-switch';
import { readSharedStatus, writeSharedStatus, type SharedStatus } from './status';
import { parseSharedUrl } from './url';
import { verifySharedHistory } from './verify';

export interface RefreshDeps {
  now: () => number;
  /** Is the optional host permission for `originPattern` granted? (browser.permissions.contains) */
  hasPermission: (originPattern: string) => Promise<boolean>;
  /** The organisation's signing key fingerprint set by policy, if any. */
  policyFingerprint: string | null;
  /** Tests: the transport (the browser's fetch otherwise). */
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

export interface RefreshOutcome {
  outcome: NonNullable<SharedStatus['outcome']>;
  /** The history shown changed. */
  changed: boolean;
  message: string;
}

/** `2026-12-05 06:15 UTC` */
export const whenWords = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** How every surface names the figures' source. */
export const sharedLabel = (host: string, signedAt: string) =>
  `Shared history from ${host}, synced ${whenWords(signedAt)}.`;

export function permissionSentence(host: string): string {
  return `Uptake may not read ${host} yet, so the shared history is not shown: open Uptake's options → Shared history and press "Allow access to ${host}" (or have IT grant the host by policy). The history kept here stays.`;
}

/** Refreshes the shared history at `urlText`; never throws for a refusal or an unreachable host. */
export async function refreshSharedHistory(
  urlText: string,
  deps: RefreshDeps,
): Promise<RefreshOutcome> {
  const now = deps.now();
  const parsed = parseSharedUrl(urlText);
  const status = await readSharedStatus(urlText);
  const finish = async (outcome: RefreshOutcome, patch: Partial<SharedStatus> = {}) => {
    await writeSharedStatus({
      ...status,
      ...patch,
      checkedAt: now,
      outcome: outcome.outcome,
      message: outcome.message,
    });
    await appendSyncLog({
      at: now,
      outcome: outcome.outcome === 'ok' ? 'ok' : 'error',
      kind: `shared-${outcome.outcome}`,
      message: outcome.message,
      requests: 0,
    }).catch(() => undefined);
    return outcome;
  };
  if (!parsed.ok)
    return finish({
      outcome: 'failed',
      changed: false,
      message: `The shared history's address is refused: ${parsed.reason}`,
    });
  const { location } = parsed;
  if (!(await deps.hasPermission(location.originPattern)))
    return finish({
      outcome: 'no-permission',
      changed: false,
      message: permissionSentence(location.host),
    });

  try {
    const file = await fetchSharedFile(location.url, {
      validators: status.signedAt ? status.validators : null,
      fetch: deps.fetch,
      signal: deps.signal,
    });
    if (file.kind === 'not-modified')
      return finish({
        outcome: 'ok',
        changed: false,
        message: sharedLabel(location.host, status.signedAt!),
      });
    const signature = await fetchSharedFile(location.signatureUrl, {
      fetch: deps.fetch,
      signal: deps.signal,
      maxBytes: 64 * 1024,
    });
    if (signature.kind !== 'ok') throw new SharedFetchError(`${location.host} sent no signature.`);
    const verdict = await verifySharedHistory({
      bytes: file.bytes,
      signatureBytes: signature.bytes,
      pins: await readSnapshotPins(),
      policyFingerprint: deps.policyFingerprint,
      shownSignedAt: status.signedAt,
      now,
    });
    if (!verdict.ok)
      return finish({
        outcome: 'refused',
        changed: false,
        message: `${verdict.reason} The history kept here stays shown.`,
      });
    const source = verdict.file.header.source;
    await showSharedSource({ name: source?.name ?? null, orgId: source?.orgId ?? null }, now);
    await writeHistoryFile(verdict.file, { mode: 'replace' });
    await saveSnapshotPins(verdict.pins, now);
    // The history was replaced: its latest day is the file's.
    await setMeta('latestAvailableDay', (await historyStats()).summaryDays.last);
    await setMeta('lastSyncAt', now);
    return finish(
      { outcome: 'ok', changed: true, message: sharedLabel(location.host, verdict.signedAt) },
      { validators: file.validators, signedAt: verdict.signedAt },
    );
  } catch (error) {
    const message =
      error instanceof SharedFetchError
        ? error.message
        : `The shared history could not be read: ${error instanceof Error ? error.message : String(error)} The history kept here stays.`;
    return finish({ outcome: 'failed', changed: false, message });
  }
}
