// base64url without btoa/atob or Buffer, so it runs in Node, browsers and service workers.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

/** Encodes bytes as unpadded base64url (RFC 4648 §5). Empty input gives ''. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const left = bytes.length - i;
    out += ALPHABET[(n >>> 18) & 63]! + ALPHABET[(n >>> 12) & 63]!;
    if (left > 1) out += ALPHABET[(n >>> 6) & 63]!;
    if (left > 2) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** Decodes unpadded base64url; returns null on any character outside the alphabet or a bad length. */
export function decodeBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    const chunk = Math.min(4, text.length - i);
    for (let j = 0; j < 4; j++) {
      const v = j < chunk ? LOOKUP.get(text[i + j]!) : 0;
      if (v === undefined) return null;
      n = (n << 6) | v;
    }
    out[o++] = (n >>> 16) & 255;
    if (chunk > 2) out[o++] = (n >>> 8) & 255;
    if (chunk > 3) out[o++] = n & 255;
  }
  return out;
}

/** UTF-8 string → base64url. */
export function encodeText(text: string): string {
  return encodeBase64url(new TextEncoder().encode(text));
}

/** base64url → UTF-8 string, or null when the input is not valid base64url/UTF-8. */
export function decodeText(text: string): string | null {
  const bytes = decodeBase64url(text);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
