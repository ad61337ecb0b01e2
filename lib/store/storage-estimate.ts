/**
 * The browser's storage figures for Uptake's origin (`navigator.storage.estimate()`), read in the
 * background or an extension page, and the admin's warning when the quota is near
 * (quota-warning.ts). A browser without the API, or one that fails to answer, gives unknowns and
 * no warning: a missing figure never stops a status answer.
 */
import { quotaWarning, type StorageEstimateFigures } from '@/lib/store/quota-warning';

export interface StorageStatus extends StorageEstimateFigures {
  warning: string | null;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  let figures: StorageEstimateFigures = { usage: null, quota: null };
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    if (estimate) figures = { usage: estimate.usage ?? null, quota: estimate.quota ?? null };
  } catch {
    // Unknown figures: no warning.
  }
  return { ...figures, warning: quotaWarning(figures)?.message ?? null };
}
