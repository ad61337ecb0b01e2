// Who may call what (§2, §8): access toggle, key lookup, scopes.
import { ApiError } from './errors';
import type { Route } from './routes';
import type { KeyScope } from './types';

const ADMIN_SCOPE_MESSAGE =
  "Missing required scopes. Got: ['api:admin'] Needed: ['read:analytics']";
const ACCESS_OFF_MESSAGE =
  'API access is disabled for this organization. The Primary Owner can turn it on in Organization settings → API.';

/** Exactly the API's answer to an `Origin` header without the direct-browser-access header (§0a). */
export const CORS_HEADER_MESSAGE =
  "CORS requests must set 'anthropic-dangerous-direct-browser-access' header";
/**
 * The API's answer to a browser-origin request from an organisation that switched browser access
 * off, as public bug reports quote it (anthropics/anthropic-sdk-typescript#703, with the error type
 * `authentication_error`; the Anthropic API answers that type with 401).
 */
export const CORS_ORG_MESSAGE =
  'CORS requests are not allowed for this Organization because of its settings. If you believe this in error, contact support at https://support.anthropic.com/.';

/**
 * Browser-origin checks (headers lower-cased). A request with an `Origin` header must carry
 * `anthropic-dangerous-direct-browser-access: true`, else 401 before anything else is looked at.
 * With `phase: 'organisation'` (after the key identified the organisation): an `Origin` request
 * to an organisation that does not allow browser access gets its own 401.
 */
export function corsRefusal(
  headers: Record<string, string>,
  phase: 'request' | 'organisation',
  browserAccess: boolean,
): ApiError | null {
  if (headers.origin === undefined) return null;
  if (phase === 'request') {
    const allowed = headers['anthropic-dangerous-direct-browser-access']?.trim() === 'true';
    return allowed ? null : new ApiError(401, 'authentication_error', CORS_HEADER_MESSAGE);
  }
  return browserAccess ? null : new ApiError(401, 'authentication_error', CORS_ORG_MESSAGE);
}

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
