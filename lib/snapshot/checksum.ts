/**
 * Canonical JSON and its SHA-256, for team snapshot checksums.
 *
 * Canonical JSON = JSON.stringify with every object's keys sorted, no
 * whitespace; arrays keep their order. Two objects with the same content in
 * another key order give the same text, hence the same checksum.
 */

/** Canonical JSON of a JSON value. Example: `{ b: 1, a: [2, { d: 3, c: 4 }] }` → `{"a":[2,{"c":4,"d":3}],"b":1}`. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** `sha256:` + the lowercase hex SHA-256 of the UTF-8 bytes of `text` (Web Crypto). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `sha256:${hex}`;
}
