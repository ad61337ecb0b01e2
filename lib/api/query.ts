/**
 * Query strings as the API reads them (reference §3.3): list parameters in bracket notation, one
 * repetition per value (`filter[]=a&filter[]=b`), every key and value percent-encoded the way the
 * official SDK does (`qs` with RFC 3986: only `A–Z a–z 0–9 - . _ ~` stay literal), so the wire form
 * is `filter%5B%5D=rbac_group_id%3Arbac_group_01ABC`.
 */

/** A value the serializer accepts; `undefined` and `null` drop the parameter. */
export type QueryValue = string | number | boolean | readonly string[] | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

/** `encodeURIComponent`, plus the five characters it leaves alone but RFC 3986 reserves. */
export function encodeQueryComponent(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Serialises parameters to a query string (without `?`), keys in alphabetical order so equal
 * queries give equal URLs. Arrays become `key[]=v` repeated in their own order (an empty string
 * entry is kept: `api_key_ids[]=` means "usage without a key" on `/usage`); empty arrays, `null` and
 * `undefined` are left out; booleans become `true`/`false`.
 *
 * @example serializeQuery({ limit: 2, filter: ['user_id:user_1'] }) // 'filter%5B%5D=user_id%3Auser_1&limit=2'
 */
export function serializeQuery(params: QueryParams): string {
  const parts: string[] = [];
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      const name = encodeQueryComponent(`${key}[]`);
      for (const item of value as readonly string[]) {
        parts.push(`${name}=${encodeQueryComponent(item)}`);
      }
    } else {
      parts.push(`${encodeQueryComponent(key)}=${encodeQueryComponent(String(value))}`);
    }
  }
  return parts.join('&');
}

/** One `filter[]` entry of the engagement endpoints: `dimension:value` on the wire. */
export interface Filter<Dim extends string = string> {
  dim: Dim;
  value: string;
}

/**
 * Turns typed filters into `filter[]` strings (`{ dim: 'user_id', value: 'user_1' }` →
 * `user_id:user_1`). Same dimension twice means OR, different dimensions AND (server-side rule).
 */
export function filterStrings(filters: readonly Filter[] | undefined): string[] | undefined {
  return filters?.map(({ dim, value }) => `${dim}:${value}`);
}
