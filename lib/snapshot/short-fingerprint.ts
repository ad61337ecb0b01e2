/**
 * A fingerprint as people compare it: the first 16 hex digits in groups of
 * four ("3f2a 9c01 77be 0d4e"). In a module of its own (signing.ts re-exports
 * it) so that the popup's first paint shows it without loading zod and the
 * signing code.
 */
export function shortFingerprint(fp: string): string {
  return (fp.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}
