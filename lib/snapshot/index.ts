/**
 * Team pictures (what the popup shows for one scope) and team snapshots
 * (one group's picture, aggregates only, in a signed file for a lead
 * who holds no API key).
 */
export { teamPicture, inheritedTarget, orgMonthlyTarget } from '@/lib/snapshot/picture';
export {
  teamPictureSchema,
  type TeamPicture,
  type PictureTarget,
  type PictureSuggestion,
} from '@/lib/snapshot/picture-schema';
export { buildSnapshot, aggregatesOnly, scrubEmails, type BuildResult } from '@/lib/snapshot/build';
export {
  verifySnapshotFile,
  verifySnapshotText,
  sizeProblem,
  type VerifyResult,
} from '@/lib/snapshot/verify';
export {
  snapshotFileSchema,
  snapshotMaxBytes,
  type SnapshotFile,
  type SnapshotPayload,
} from '@/lib/snapshot/snapshot-schema';
