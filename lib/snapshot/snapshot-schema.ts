/**
 * The team snapshot file an admin gives a lead who holds no API key:
 *
 *   { format: 'uptake-team-snapshot', version: 1, createdAt, checksum, payload }
 *
 * `payload` = the organisation's name, the privacy floor k in force, and one
 * group's team picture with aggregates only (no champion names, no member
 * lists, no emails). `checksum` = `sha256:` + SHA-256 of the canonical JSON of
 * `{ format, version, createdAt, payload }` (checksum.ts). It detects a file
 * that was damaged or edited by hand; it is not a signature, so it cannot
 * prove who made the file.
 */
import { z } from 'zod';
import { teamPictureSchema } from '@/lib/snapshot/picture-schema';

export const snapshotFormat = 'uptake-team-snapshot';
export const snapshotVersion = 1;
/** A snapshot is a few kilobytes; anything above this is refused unread. */
export const snapshotMaxBytes = 64 * 1024;

/** The picture a snapshot may carry: one group, no champion named. */
export const snapshotPictureSchema = teamPictureSchema.superRefine((p, ctx) => {
  if (p.scope.kind !== 'group')
    ctx.addIssue({ code: 'custom', path: ['scope', 'kind'], message: 'must be one group' });
  if (p.champions.shown || p.champions.list.length > 0)
    ctx.addIssue({ code: 'custom', path: ['champions'], message: 'must name no one' });
});

export const snapshotPayloadSchema = z.strictObject({
  orgName: z.string().max(120).nullable(),
  /** The privacy floor k the admin had set; the team has at least k members. */
  privacyFloor: z.number().int().min(2).max(100),
  picture: snapshotPictureSchema,
});
export type SnapshotPayload = z.infer<typeof snapshotPayloadSchema>;

export const snapshotFileSchema = z.strictObject({
  format: z.literal(snapshotFormat),
  version: z.literal(snapshotVersion),
  createdAt: z.iso.datetime(),
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  payload: snapshotPayloadSchema,
});
export type SnapshotFile = z.infer<typeof snapshotFileSchema>;
