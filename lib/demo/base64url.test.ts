// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeBase64url, decodeText, encodeBase64url, encodeText } from './base64url';

describe('base64url', () => {
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['{"o":1000}', 'eyJvIjoxMDAwfQ'],
  ])('%j ⇄ %s (RFC 4648 test vectors, unpadded)', (text, b64) => {
    expect(encodeText(text)).toBe(b64);
    expect(decodeText(b64)).toBe(text);
  });

  it('uses - and _ instead of + and /', () => {
    expect(encodeBase64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(Array.from(decodeBase64url('-_8')!)).toEqual([0xfb, 0xff]);
  });

  it.each(['a', 'ab$c', 'Zm9v=', 'Zg Z'])('rejects %j', (bad) => {
    expect(decodeBase64url(bad)).toBeNull();
  });
});
