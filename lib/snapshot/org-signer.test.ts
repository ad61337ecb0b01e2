import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  orgSigningFingerprint,
  orgSnapshotSigner,
  rotateOrgSigningKey,
} from '@/lib/snapshot/org-signer';
import { endorses, fingerprint } from '@/lib/snapshot/signing';
import { freshHistory } from '@/lib/store/test-support';

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});

describe("the organisation's snapshot signer", () => {
  it('is made once, even when two pages ask at the same moment', async () => {
    expect(await orgSigningFingerprint()).toBeNull();
    const [a, b] = await Promise.all([orgSnapshotSigner(), orgSnapshotSigner()]);
    expect(a.publicKey).toEqual(b.publicKey);
    expect(await orgSigningFingerprint()).toBe(await fingerprint(a.publicKey));
    expect((await orgSnapshotSigner()).publicKey).toEqual(a.publicKey);
  });

  it('rotating makes a new key endorsed by the old one', async () => {
    const old = await orgSnapshotSigner();
    const next = await rotateOrgSigningKey();
    expect(next).not.toBe(await fingerprint(old.publicKey));
    const signer = await orgSnapshotSigner();
    expect(await fingerprint(signer.publicKey)).toBe(next);
    expect(signer.endorsement?.previousKey).toEqual(old.publicKey);
    expect(await endorses(signer.endorsement!, signer.publicKey)).toBe(true);
    expect(await endorses(signer.endorsement!, old.publicKey)).toBe(false);
  });
});
