/**
 * `GET /v1/organizations/analytics/artifacts` — artifacts created on one day, one row per
 * (`artifact_type` × `is_shared`) cell (× group when grouped). Reference §5.7, SDK type
 * `AnalyticsArtifactActivity`.
 *
 * Strict: `artifact_type`, `is_shared`, `artifacts_created_count`, `distinct_user_count`.
 */
import { z } from 'zod';
import {
  count,
  groupKeys,
  identity,
  optionalCount,
  pageEnvelope,
  reported,
} from '@/lib/api/schemas/common';

/** One cell of the artifact cube. `artifact_type` is a MIME type or `other`. */
export const artifactActivity = z.looseObject({
  artifact_type: identity,
  is_shared: reported(z.boolean()),
  artifacts_created_count: count,
  published_artifacts_created_count: optionalCount,
  distinct_user_count: count,
  ...groupKeys,
});
export type ArtifactActivity = z.output<typeof artifactActivity>;

/** The `/artifacts` page. */
export const artifactsPage = pageEnvelope(artifactActivity);
