// Who may call what (§2, §8): access toggle, key lookup, scopes.
import { ApiError } from './errors';
import type { Route } from './routes';
import type { KeyScope } from './types';

const ADMIN_SCOPE_MESSAGE =
  "Missing required scopes. Got: ['api:admin'] Needed: ['read:analytics']";
const ACCESS_OFF_MESSAGE =
  'API access is disabled for this organization. The Primary Owner can turn it on in Organization settings → API.';

/** The key of a request: `x-api-key`, else `Authorization: Bearer <key>` (headers lower-cased). */
export function requestKey(headers: Record<string, string>): string | undefined {
  return headers['x-api-key'] ?? /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim();
}

/**
 * The error for a request that may not proceed, or null. In order: API access off ⇒ 403
 * permission_error; missing/unknown/revoked key ⇒ 404 not_found_error on engagement endpoints and
 * 401 authentication_error on reports (or `badKeyStatus` everywhere); Admin key outside
 * /usage and /cost ⇒ 403 permission_error with the scope message seen in the wild.
 */
export function authorize(
  route: Route,
  key: string | undefined,
  keys: Record<string, KeyScope>,
  opts: { accessEnabled: boolean; revokedKey?: string; badKeyStatus?: 401 | 404 },
): ApiError | null {
  if (!opts.accessEnabled) return new ApiError(403, 'permission_error', ACCESS_OFF_MESSAGE);
  const scope = key === undefined || key === opts.revokedKey ? undefined : keys[key];
  if (scope === undefined || scope === 'revoked') {
    const status = opts.badKeyStatus ?? (route.kind === 'engagement' ? 404 : 401);
    if (status === 404) {
      return new ApiError(
        404,
        'not_found_error',
        'Not found: missing, invalid or unauthorized API key',
      );
    }
    const message =
      key === undefined
        ? 'Missing API key: send x-api-key or Authorization: Bearer'
        : 'Invalid API key';
    return new ApiError(401, 'authentication_error', message);
  }
  if (scope === 'admin' && route.kind !== 'usage-cost') {
    return new ApiError(403, 'permission_error', ADMIN_SCOPE_MESSAGE);
  }
  return null;
}
