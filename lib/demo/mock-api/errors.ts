// The standard Anthropic error envelope (§8).

export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'api_error'
  | 'overloaded_error';

/** A failure that becomes an error response. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** 400 invalid_request_error. */
export function badRequest(message: string): ApiError {
  return new ApiError(400, 'invalid_request_error', message);
}

/** `{ type: 'error', error: { type, message }, request_id }` as JSON. */
export function errorBody(err: ApiError, requestId: string): string {
  return JSON.stringify({
    type: 'error',
    error: { type: err.type, message: err.message },
    request_id: requestId,
  });
}
