/**
 * The team snapshot file an admin gives a lead who holds no API key:
 *
 *   { format: 'uptake-team-snapshot', version: 2, createdAt, payload, signer, signature }
 *
 * `payload` = the organisation's name, the privacy floor k in force, and one
 * group's team picture with aggregates only (no champion names, no member
 * lists, no emails), its links on playbook hosts and its figures bounded
 * (snapshot-bounds.ts). `signer` = the organisation's public key and, after a
 * rotation, the previous key's endorsement of it; `signature` = ECDSA P-256
 * over the canonical JSON of everything else (signing.ts). Version 1 files
 * carried only a checksum, which anyone can recompute: they are refused.
 */
import { z } from 'zod';
import { teamPictureSchema } from '@/lib/snapshot/picture-schema';
import { boundsProblem } from '@/lib/snapshot/snapshot-bounds';
import { endorsementSchema, publicJwkSchema } from '@/lib/snapshot/signing';

export const snapshotFormat = 'uptake-team-snapshot';
export const snapshotVersion = 2;
/** A snapshot is a few kilobytes; anything above this is refused unread. */
export const snapshotMaxBytes = 64 * 1024;

/** The picture a snapshot may carry: one group, no champion named. */
export const snapshotPictureSchema = teamPictureSchema.superRefine((p, ctx) => {
  if (p.scope.kind !== 'group')
    ctx.addIssue({ code: 'custom', path: ['scope', 'kind'], message: 'must be one group' });
  if (p.champions.shown || p.champions.list.length > 0)
    ctx.addIssue({ code: 'custom', path: ['champions'], message: 'must name no one' });
  const outOfBounds = boundsProblem(p);
  if (outOfBounds) ctx.addIssue({ code: 'custom', path: [], message: outOfBounds });
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
  payload: snapshotPayloadSchema,
  signer: z.strictObject({ publicKey: publicJwkSchema, endorsement: endorsementSchema.nullable() }),
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
});
export type SnapshotFile = z.infer<typeof snapshotFileSchema>;
