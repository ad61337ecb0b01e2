/**
 * The error envelope of every Anthropic API (reference §8):
 * `{ type: "error", error: { type, message, details?: { error_code } }, request_id }`.
 * Read leniently: an error body that does not match is simply ignored (the status decides).
 */
import { z } from 'zod';
import { openEnum, optionalString } from '@/lib/api/schemas/common';

export const errorEnvelope = z.looseObject({
  type: optionalString,
  error: z.looseObject({
    type: openEnum([
      'invalid_request_error',
      'authentication_error',
      'permission_error',
      'not_found_error',
      'rate_limit_error',
      'api_error',
      'timeout_error',
      'overloaded_error',
    ]).nullish(),
    message: optionalString,
    details: z.looseObject({ error_code: optionalString }).nullish(),
  }),
  request_id: optionalString,
});
export type ErrorEnvelope = z.output<typeof errorEnvelope>;
