/**
 * readStorageStatus: the figures of navigator.storage.estimate() and, when the quota is near,
 * the admin's sentence; a browser that fails to answer gives unknowns and no warning.
 */
import { expect, it } from 'vitest';
import { quotaWarning } from '@/lib/store/quota-warning';
import { readStorageStatus } from '@/lib/store/storage-estimate';

const MB = 1_000_000;

it('readStorageStatus: figures from navigator.storage.estimate(), the sentence when near', async () => {
  const storage = globalThis.navigator.storage;
  Object.defineProperty(globalThis.navigator, 'storage', {
    configurable: true,
    value: { estimate: async () => ({ usage: 850 * MB, quota: 1000 * MB }) },
  });
  try {
    const read = await readStorageStatus();
    expect(read).toMatchObject({ usage: 850 * MB, quota: 1000 * MB });
    expect(read.warning).toBe(quotaWarning({ usage: 850 * MB, quota: 1000 * MB })!.message);
    expect(read.warning).toMatch(/^Uptake's history uses 850 MB of the 1.0 GB/);
    Object.defineProperty(globalThis.navigator, 'storage', {
      configurable: true,
      value: { estimate: async () => Promise.reject(new Error('no')) },
    });
    expect(await readStorageStatus()).toEqual({ usage: null, quota: null, warning: null });
  } finally {
    Object.defineProperty(globalThis.navigator, 'storage', {
      configurable: true,
      value: storage,
    });
  }
});
