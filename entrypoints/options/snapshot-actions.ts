/** The options page's team-snapshot actions: export one group's snapshot, import and verify one. */
import { sendToBackground } from '@/lib/messages/send';
import { buildSnapshot } from '@/lib/snapshot/build';
import { orgMonthlyTarget, teamPicture } from '@/lib/snapshot/picture';
import { shortFingerprint } from '@/lib/snapshot/signing';
import { snapshotAge } from '@/lib/snapshot/storage';
import { importTeamSnapshot } from '@/lib/snapshot/trusted';
import type { Settings } from '@/lib/store/settings';
import { downloadText } from './download';

type Outcome = { ok: true; text: string } | { ok: false; reason: string };

/** Builds `groupId`'s snapshot from the background's model and downloads it. */
export async function exportSnapshot(
  groupId: string,
  settings: Settings,
  orgName: string | null,
): Promise<Outcome> {
  const answer = await sendToBackground({
    type: 'to-background:get-insights',
    scope: groupId,
    lean: true,
  });
  if (!answer.model) return { ok: false, reason: 'No figures for this team yet; sync first.' };
  const picture = teamPicture(answer.model, orgMonthlyTarget(settings.metrics.targets));
  const result = await buildSnapshot(answer.model, picture, {
    orgName,
    k: settings.metrics.privacy.k,
    now: Date.now(),
  });
  if (!result.ok) return result;
  downloadText(result.fileName, `${JSON.stringify(result.file, null, 2)}\n`, 'application/json');
  return {
    ok: true,
    text: `Exported ${result.fileName}: aggregates only, no names, signed with your organisation's key. Send it to the team's lead.`,
  };
}

const trustNote = {
  first:
    'This browser now trusts its signing key {fp}: check with your admin that Options → Organisation keys shows the same.',
  known: 'Signed by the trusted key {fp}.',
  rotation:
    'Your admin changed signing keys; the new key {fp} is trusted now, signed over by the old one.',
};

/** Verifies a picked snapshot file (signature, trusted key) and keeps it for the popup. */
export async function importSnapshot(file: File): Promise<Outcome> {
  const now = Date.now();
  const imported = await importTeamSnapshot(file, now);
  if (!imported.ok) return { ok: false, reason: `Refused: ${imported.reason}` };
  const { payload, createdAt } = imported.snapshot;
  const fp = shortFingerprint(imported.signedBy.fingerprint);
  return {
    ok: true,
    text: `Imported the snapshot of ${payload.picture.scope.name ?? payload.picture.scope.id}, ${snapshotAge(createdAt, now)}. Open the popup to see it. ${trustNote[imported.event].replace('{fp}', fp)}`,
  };
}
