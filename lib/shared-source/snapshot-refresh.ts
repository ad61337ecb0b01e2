/**
 * A lead's shared team snapshot (issue 14 item 3): the signed snapshot of the
 * lead's team that `uptake sync` publishes (`<out>/snapshots/<team>.json`;
 * `snapshots/index.json` says which file is which team, so the admin can send
 * each lead their link). Refreshed by the sync controller in place of an API
 * sync, like the admin's shared history (refresh.ts): the host permission must
 * be granted; the file is verified and trusted exactly as an imported one
 * (lib/snapshot/trusted.ts importTeamSnapshot: signature, pinned key or an
 * endorsed rotation, bounds, privacy floor); a copy older than the one shown
 * is refused; a refused file leaves the snapshot shown as it was and the
 * options page says why.
 */
import { fetchSharedFile, SharedFetchError } from '@/lib/api/shared-source';
import { readTeamSnapshot } from '@/lib/snapshot/storage';
import { importTeamSnapshot } from '@/lib/snapshot/trusted';
import { verifySnapshotText } from '@/lib/snapshot/verify';
import { permissionSentence, type RefreshDeps, type RefreshOutcome } from './refresh';
import { readSharedStatus, writeSharedStatus } from './status';
import { parseSharedUrl } from './url';

const maxBytes = 2 * 1024 * 1024;

/** Refreshes the lead's snapshot at `urlText`; never throws for a refusal or an unreachable host. */
export async function refreshSharedSnapshot(
  urlText: string,
  deps: Omit<RefreshDeps, 'policyFingerprint'>,
): Promise<RefreshOutcome> {
  const now = deps.now();
  const status = await readSharedStatus(urlText, 'sharedSnapshot');
  const finish = async (outcome: RefreshOutcome) => {
    await writeSharedStatus(
      { ...status, checkedAt: now, outcome: outcome.outcome, message: outcome.message },
      'sharedSnapshot',
    );
    return outcome;
  };
  const parsed = parseSharedUrl(urlText);
  if (!parsed.ok)
    return finish({
      outcome: 'failed',
      changed: false,
      message: `The team snapshot's address is refused: ${parsed.reason}`,
    });
  const { host, originPattern, url } = parsed.location;
  if (!(await deps.hasPermission(originPattern)))
    return finish({
      outcome: 'no-permission',
      changed: false,
      message: permissionSentence(host).replace('shared history', 'team snapshot'),
    });
  try {
    const got = await fetchSharedFile(url, { fetch: deps.fetch, signal: deps.signal, maxBytes });
    if (got.kind !== 'ok') throw new SharedFetchError(`${host} sent no team snapshot.`);
    const text = new TextDecoder().decode(got.bytes);
    const refuse = (reason: string) =>
      finish({
        outcome: 'refused',
        changed: false,
        message: `The team snapshot from ${host} was refused: ${reason} The snapshot shown stays.`,
      });
    const verified = await verifySnapshotText(text, now);
    if (!verified.ok) return refuse(verified.reason);
    const shown = await readTeamSnapshot();
    if (shown && Date.parse(verified.snapshot.createdAt) < Date.parse(shown.file.createdAt))
      return refuse(
        `it was made on ${verified.snapshot.createdAt}, before the one shown now (${shown.file.createdAt}).`,
      );
    const unchanged = shown?.file.signature === verified.snapshot.signature;
    const result = await importTeamSnapshot(
      { size: got.bytes.length, text: async () => text },
      now,
    );
    if (!result.ok) return refuse(result.reason);
    const team =
      result.snapshot.payload.picture.scope.name ?? result.snapshot.payload.picture.scope.id;
    return finish({
      outcome: 'ok',
      changed: !unchanged,
      message: `Team snapshot of ${team} from ${host}, made ${result.snapshot.createdAt.slice(0, 16).replace('T', ' ')} UTC.`,
    });
  } catch (error) {
    const message =
      error instanceof SharedFetchError
        ? error.message.replace('the history kept here stays', 'the snapshot shown stays')
        : `The team snapshot could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return finish({ outcome: 'failed', changed: false, message });
  }
}
