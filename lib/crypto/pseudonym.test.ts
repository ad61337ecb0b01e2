import { describe, expect, it } from 'vitest';
import { pseudonymiser } from './pseudonym';

// Check by hand: printf 'a@x.example' | openssl dgst -sha256 -mac HMAC -macopt hexkey:0b0b…0b (32 bytes)
const secret = new Uint8Array(32).fill(0x0b);

describe('pseudonymiser (HMAC-SHA-256, first 48 bits)', () => {
  it.each([
    ['a@x.example', 'member-ab97654d591a'],
    [' A@X.Example ', 'member-ab97654d591a'], // trimmed, lower-cased first
    ['b@x.example', 'member-b6701c956e81'],
  ])('%j → %s', async (email, expected) => {
    expect(await (await pseudonymiser(secret))(email)).toBe(expected);
  });

  it('another secret gives other pseudonyms', async () => {
    const other = await pseudonymiser(new Uint8Array(32).fill(0x0c));
    expect(await other('a@x.example')).not.toBe('member-ab97654d591a');
  });
});
