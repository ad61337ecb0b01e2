/**
 * Whether a fetched shared history may replace the history shown here
 * (issue 14 item 3). Nothing is written here: the caller writes only an
 * accepted file. Checks, in order, each refusal a sentence:
 *
 * 1. the signature file is an Uptake history signature (JSON, its schema);
 * 2. it verifies, and the history file's bytes are the ones signed
 *    (lib/headless/history-signature.ts verifyHistoryFile);
 * 3. the signing key is one this browser trusts: the policy's fingerprint
 *    when one is set (exactly that key), else the pins a lead's popup keeps
 *    for team snapshots (lib/snapshot/trust.ts: first use, known key, or a
 *    rotation endorsed by a pinned key);
 * 4. the history file reads as the options import reads it (format, version,
 *    checksum, counts, every record: lib/store/import.ts readHistoryFile), and
 *    its header checksum is the one the signature names;
 * 5. it was signed no later than a day ahead of this clock, and not before
 *    the file shown now (an older copy served again is refused).
 */
import { verifyHistoryFile } from '@/lib/headless/history-signature';
import { endorses, fingerprint, shortFingerprint } from '@/lib/snapshot/signing';
import { decideTrust, type Pin } from '@/lib/snapshot/trust';
import { StoreError } from '@/lib/store/errors';
import { readHistoryFile, type HistoryFile } from '@/lib/store/import';

export interface SharedInput {
  /** The history file's bytes as fetched. */
  bytes: Uint8Array;
  /** The signature file's bytes as fetched. */
  signatureBytes: Uint8Array;
  /** Keys trusted for the organisation's snapshots (lib/store/snapshot-pins.ts). */
  pins: readonly Pin[];
  /** A fingerprint set by policy: then only that key is trusted. */
  policyFingerprint: string | null;
  /** When the file shown now was signed (ISO), or null. */
  shownSignedAt: string | null;
  now: number;
}

export type SharedVerdict =
  | {
      ok: true;
      file: HistoryFile;
      signedAt: string;
      fingerprint: string;
      /** The pins to keep after this file (unchanged, first, or rotated). */
      pins: Pin[];
    }
  | { ok: false; reason: string };

const skewMs = 24 * 3600 * 1000;
const refused = (reason: string): SharedVerdict => ({
  ok: false,
  reason: `The shared history was refused: ${reason}`,
});

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/** Decides on a fetched shared history; see the module note for the checks. */
export async function verifySharedHistory(input: SharedInput): Promise<SharedVerdict> {
  const sigJson = parseJson(input.signatureBytes);
  if (sigJson === undefined) return refused('its signature file is not JSON.');
  const checked = await verifyHistoryFile(input.bytes, sigJson);
  if (!checked.ok) return refused(checked.reason);
  const sig = checked.signature;
  let pins: Pin[];
  if (input.policyFingerprint) {
    if (checked.fingerprint !== input.policyFingerprint.toLowerCase())
      return refused(
        `it is signed by key ${shortFingerprint(checked.fingerprint)}, not by ${shortFingerprint(input.policyFingerprint.toLowerCase())}, the key your organisation's policy names.`,
      );
    pins = [...input.pins];
  } else {
    const endorsedBy =
      sig.endorsement && (await endorses(sig.endorsement, sig.publicKey))
        ? await fingerprint(sig.endorsement.previousKey)
        : null;
    const trust = decideTrust(
      input.pins,
      { fingerprint: checked.fingerprint, endorsedBy },
      input.now,
    );
    if (!trust.ok) return refused(trust.reason.replace('The snapshot is', 'it is'));
    pins = trust.pins;
  }
  let file: HistoryFile;
  try {
    file = await readHistoryFile(new Blob([input.bytes as Uint8Array<ArrayBuffer>]));
  } catch (error) {
    if (error instanceof StoreError) return refused(error.message);
    throw error;
  }
  if (file.header.checksum !== sig.signed.checksum)
    return refused('the history file is not the one the signature names (their checksums differ).');
  const signedAt = Date.parse(sig.signed.signedAt);
  if (!Number.isFinite(signedAt)) return refused('its signature carries no valid date.');
  if (signedAt > input.now + skewMs)
    return refused(`it says it was signed on ${sig.signed.signedAt}, later than today here.`);
  if (input.shownSignedAt && signedAt < Date.parse(input.shownSignedAt))
    return refused(
      `it was signed on ${sig.signed.signedAt}, before the shared history shown now (${input.shownSignedAt}); an older copy is never shown again.`,
    );
  return { ok: true, file, signedAt: sig.signed.signedAt, fingerprint: checked.fingerprint, pins };
}
