/**
 * Pseudonyms for exports: `member-` + the first 12 hex digits (48 bits) of
 * HMAC-SHA-256(organisation secret, the email trimmed and lower-cased).
 *
 * Why HMAC: without the 256-bit secret, a pseudonym says nothing about the
 * email and known (email, pseudonym) pairs do not help find the secret (the
 * cyrb53 hash used before could be inverted from two pairs). The secret is
 * the organisation's (lib/store/org-secrets.ts), so every admin who imported
 * it produces the same pseudonyms. Whoever holds the secret and a list of
 * emails can still re-identify: pseudonymisation, not anonymisation.
 *
 * Example (secret = 32 bytes 0x0b): `a@x.example` → `member-` + the first 12
 * hex digits of `openssl dgst -sha256 -mac HMAC -macopt hexkey:0b0b…0b`.
 */

/** A function from an email (or any identifier) to its pseudonym. */
export type Pseudonymise = (value: string) => Promise<string>;

/** Normalises an identifier before hashing: `' Ana@X.example'` → `'ana@x.example'`. */
export function normaliseIdentifier(value: string): string {
  return value.trim().toLowerCase();
}

/** The pseudonymiser of `secret` (32 bytes); equal inputs share one computation. */
export async function pseudonymiser(secret: Uint8Array): Promise<Pseudonymise> {
  const key = await crypto.subtle.importKey(
    'raw',
    new Uint8Array(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const known = new Map<string, Promise<string>>();
  return (value) => {
    const id = normaliseIdentifier(value);
    let out = known.get(id);
    if (!out) {
      out = crypto.subtle.sign('HMAC', key, new TextEncoder().encode(id)).then((mac) => {
        const hex = [...new Uint8Array(mac).slice(0, 6)]
          .map((b) => b.toString(16).padStart(2, '0'))
          .join('');
        return `member-${hex}`;
      });
      known.set(id, out);
    }
    return out;
  };
}
