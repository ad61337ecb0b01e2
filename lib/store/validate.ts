/** Validation of records before they are written. */
import type { z } from 'zod';
import { StoreError } from '@/lib/store/errors';
import { firstIssue } from '@/lib/store/record-schemas';

/**
 * `value` parsed by `schema`, or a StoreError('invalid') saying which record
 * (`what`, e.g. "Summary for 2026-11-20") failed and on which field.
 */
export function validated<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new StoreError(
    'invalid',
    `${what} is not valid (${firstIssue(parsed.error)}); it was not stored.`,
  );
}
