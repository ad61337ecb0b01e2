/**
 * Makes a team snapshot (snapshot-schema.ts) from one group's insight model.
 *
 * Refused (`{ ok: false, reason }`) for the org, for a group the privacy
 * floor hides or with fewer than k members, and for a group with no figures.
 * Aggregates only: champions are reduced to a count, a champion-pairing
 * action loses the champion's name, and any email-like text is replaced.
 */
import type { InsightModel } from '@/lib/metrics/insight-types';
import { orgSnapshotSigner } from '@/lib/snapshot/org-signer';
import type { TeamPicture } from '@/lib/snapshot/picture-schema';
import { signValue, type SnapshotSigner } from '@/lib/snapshot/signing';
import {
  snapshotFileSchema,
  snapshotFormat,
  snapshotVersion,
  type SnapshotFile,
  type SnapshotPayload,
} from '@/lib/snapshot/snapshot-schema';

export type BuildResult =
  { ok: true; file: SnapshotFile; fileName: string } | { ok: false; reason: string };

/** Matches anything that looks like an email address. */
export const emailLike = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/i;
const emailLikeAll = new RegExp(emailLike.source, 'gi');

/** `text` with every email-like part replaced by "a champion". */
export function scrubEmails(text: string): string {
  return text.replace(emailLikeAll, 'a champion');
}

/** The picture with nobody in it: champion list emptied (count kept), emails scrubbed. */
export function aggregatesOnly(picture: TeamPicture): TeamPicture {
  return {
    ...picture,
    suggestions: picture.suggestions.map((s) => ({
      ...s,
      title: scrubEmails(s.title),
      why: scrubEmails(s.why),
      action: {
        ...s.action,
        label:
          s.action.kind === 'champion-pairing'
            ? 'Pair the team with one of its champions'
            : scrubEmails(s.action.label),
      },
    })),
    champions: {
      shown: false,
      list: [],
      total: picture.champions.total,
      hiddenBecause: 'A team snapshot carries aggregates only: no one is named.',
    },
  };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'team'
  );
}

/**
 * A snapshot of `model`'s group with `picture` (teamPicture of the same
 * model), made at `now` (ms), for an org named `orgName`, under privacy floor
 * `k`, signed by `signer` (default: the organisation's, org-signer.ts).
 */
export async function buildSnapshot(
  model: InsightModel,
  picture: TeamPicture,
  options: { orgName: string | null; k: number; now: number; signer?: SnapshotSigner },
): Promise<BuildResult> {
  if (model.scope.kind !== 'group')
    return {
      ok: false,
      reason: 'A team snapshot is made for one group, not the whole organisation.',
    };
  const hidden = model.suppressed.find((s) => s.part === 'scope');
  if (hidden && hidden.reason !== 'no-data')
    return {
      ok: false,
      reason: `The privacy floor hides this team (${hidden.detail}); no snapshot can be made.`,
    };
  if (!model.adoption || hidden)
    return { ok: false, reason: 'This team has no figures yet; sync first.' };
  const members = model.size.members ?? model.size.value;
  if (members === null || members < options.k)
    return {
      ok: false,
      reason: `This team has fewer than ${options.k} known members (the privacy floor); no snapshot can be made.`,
    };
  const payload: SnapshotPayload = {
    orgName: options.orgName === null ? null : scrubEmails(options.orgName),
    privacyFloor: options.k,
    picture: aggregatesOnly(picture),
  };
  const signer = options.signer ?? (await orgSnapshotSigner(options.now));
  const body = {
    format: snapshotFormat,
    version: snapshotVersion,
    createdAt: new Date(options.now).toISOString(),
    payload,
    signer: { publicKey: signer.publicKey, endorsement: signer.endorsement },
  } as const;
  const parsed = snapshotFileSchema.safeParse({ ...body, signature: 'A'.repeat(86) });
  if (!parsed.success)
    return {
      ok: false,
      reason: `This team's figures cannot go in a snapshot (${parsed.error.issues[0]!.message}).`,
    };
  const { signature: _placeholder, ...signed } = parsed.data;
  const file: SnapshotFile = { ...signed, signature: await signValue(signer.privateKey, signed) };
  const day = picture.freshness.latestDay ?? picture.today;
  return {
    ok: true,
    file,
    fileName: `uptake-snapshot-${slug(picture.scope.name ?? picture.scope.id)}-${day}.json`,
  };
}
