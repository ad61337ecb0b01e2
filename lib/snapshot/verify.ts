/**
 * Reads a team snapshot file a lead imports, and refuses it with a reason in
 * words when it is too large, not JSON, not a snapshot, unsigned (an older
 * version's), from a newer version, malformed (links off the playbook hosts
 * and impossible figures included), not signed by the key it names, carrying
 * a rotation its previous key did not sign, made in the future, naming
 * someone, or under its own privacy floor. Whether the key is one this
 * browser trusts is trust.ts's question.
 */
import { emailLike } from '@/lib/snapshot/build';
import { endorses, fingerprint, verifyValue } from '@/lib/snapshot/signing';
import {
  snapshotFileSchema,
  snapshotFormat,
  snapshotMaxBytes,
  snapshotVersion,
  type SnapshotFile,
} from '@/lib/snapshot/snapshot-schema';

/** Who signed a verified file: its key's fingerprint, and the previous key's when it carries a rotation. */
export interface SignedBy {
  fingerprint: string;
  endorsedBy: string | null;
}

export type VerifyResult =
  { ok: true; snapshot: SnapshotFile; signedBy: SignedBy } | { ok: false; reason: string };

/** Clocks differ: a snapshot up to this far in the future is accepted. */
const clockSkewMs = 24 * 3600 * 1000;

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/** Refuses a file of `bytes` bytes before reading it; null when the size is acceptable. */
export function sizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'The file is empty.';
  return bytes > snapshotMaxBytes
    ? `The file is ${kilobytes(bytes)}; a team snapshot is at most ${kilobytes(snapshotMaxBytes)}. This is not a team snapshot.`
    : null;
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Verifies the text of a snapshot file at `now` (ms). Order of checks: size,
 * JSON, format, version, shape (strict, bounded), signature, rotation, date, privacy.
 */
export async function verifySnapshotText(text: string, now: number): Promise<VerifyResult> {
  const tooBig = sizeProblem(new TextEncoder().encode(text).length);
  if (tooBig) return { ok: false, reason: tooBig };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not JSON, so it is not a team snapshot.' };
  }
  const head = (raw ?? {}) as { format?: unknown; version?: unknown };
  if (typeof raw !== 'object' || raw === null || head.format !== snapshotFormat)
    return { ok: false, reason: 'This is not an Uptake team snapshot (its format is not named).' };
  if (head.version === 1)
    return {
      ok: false,
      reason:
        'The snapshot is not signed (it was made by an older Uptake), so nothing proves it comes from your admin. Ask your admin for a fresh one.',
    };
  if (typeof head.version === 'number' && head.version > snapshotVersion)
    return {
      ok: false,
      reason: `The snapshot was made by a newer version of Uptake (format ${head.version}); update Uptake to read it.`,
    };
  const parsed = snapshotFileSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      reason: `The snapshot is malformed (${describeIssue(parsed.error.issues[0]!)}).`,
    };
  const file = parsed.data;
  const { signature: _signature, ...body } = raw as Record<string, unknown>;
  if (!(await verifyValue(file.signer.publicKey, file.signature, body)))
    return {
      ok: false,
      reason:
        'The signature does not match: the file was changed after it was signed, or was not signed by the key it names. Ask your admin for a fresh snapshot.',
    };
  const endorsement = file.signer.endorsement;
  if (endorsement && !(await endorses(endorsement, file.signer.publicKey)))
    return {
      ok: false,
      reason: 'The snapshot claims a change of signing key that the previous key did not sign.',
    };
  if (Date.parse(file.createdAt) > now + clockSkewMs)
    return {
      ok: false,
      reason: 'The snapshot says it was made in the future; check the file and your clock.',
    };
  if (emailLike.test(JSON.stringify(file.payload)))
    return {
      ok: false,
      reason:
        'The snapshot names a person (an email address); team snapshots carry aggregates only.',
    };
  const size = file.payload.picture.size.value;
  const hidden = file.payload.picture.suppressed.some((s) => s.part === 'scope');
  if (hidden || size === null || size < file.payload.privacyFloor)
    return {
      ok: false,
      reason: 'The snapshot is for a team under the privacy floor; it cannot be shown.',
    };
  const signedBy = {
    fingerprint: await fingerprint(file.signer.publicKey),
    endorsedBy: endorsement ? await fingerprint(endorsement.previousKey) : null,
  };
  return { ok: true, snapshot: file, signedBy };
}

/** Verifies a picked file: its size first (unread when too large), then its text. */
export async function verifySnapshotFile(
  file: { size: number; text(): Promise<string> },
  now: number,
): Promise<VerifyResult> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return { ok: false, reason: tooBig };
  return verifySnapshotText(await file.text(), now);
}
