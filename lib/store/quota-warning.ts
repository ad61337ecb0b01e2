/**
 * Whether to warn the admin that the browser's storage quota is near, and in
 * which words (issue 12 item 3). Pure: the figures come from
 * `navigator.storage.estimate()` (storage-estimate.ts), read by the background.
 *
 * Definitions: used share = usage ÷ quota; room = quota − usage.
 * - "full": used share ≥ 95 % or room < 50 MB: the next syncs may be refused.
 * - "near": used share ≥ 80 % or room < 250 MB (at 5,000 members a day of
 *   history is about 2.5 MB on disk, so 250 MB is roughly three months).
 * - otherwise, or when the browser gave no quota (null, 0 or not finite): no warning.
 * Example: usage 850 MB of a 1,000 MB quota → "near", "Uptake's history uses
 * 850 MB of the 1,000 MB this browser allows it (85 %). …".
 */

export interface StorageEstimateFigures {
  /** Bytes used by Uptake's origin, or null when unknown. */
  usage: number | null;
  /** Bytes the browser allows Uptake's origin, or null when unknown. */
  quota: number | null;
}

export interface QuotaWarning {
  level: 'near' | 'full';
  /** The sentence for the admin: what is happening and what to do. */
  message: string;
}

const mb = 1_000_000;
export const quotaThresholds = {
  nearShare: 0.8,
  nearRoomBytes: 250 * mb,
  fullShare: 0.95,
  fullRoomBytes: 50 * mb,
} as const;

/** Bytes as "850 MB" or "12.3 GB" (decimal units, as the browser's settings show them). */
export function formatBytes(bytes: number): string {
  if (bytes >= 10_000 * mb) return `${Math.round(bytes / (1000 * mb))} GB`;
  if (bytes >= 1000 * mb) return `${(bytes / (1000 * mb)).toFixed(1)} GB`;
  return `${Math.round(bytes / mb).toLocaleString('en-US')} MB`;
}

/** The warning for these figures, or null when the quota is not near (see the module comment). */
export function quotaWarning({ usage, quota }: StorageEstimateFigures): QuotaWarning | null {
  if (usage === null || quota === null || !Number.isFinite(quota) || quota <= 0) return null;
  if (!Number.isFinite(usage) || usage < 0) return null;
  const share = usage / quota;
  const room = quota - usage;
  const t = quotaThresholds;
  const level =
    share >= t.fullShare || room < t.fullRoomBytes
      ? 'full'
      : share >= t.nearShare || room < t.nearRoomBytes
        ? 'near'
        : null;
  if (!level) return null;
  const used = `Uptake's history uses ${formatBytes(usage)} of the ${formatBytes(quota)} this browser allows it (${Math.min(100, Math.round(share * 100))} %).`;
  const act =
    'Lower the history depth or set a retention period in options, delete kept histories you no longer need, or free disk space; an organisation this large may be better served by the headless sync.';
  return level === 'full'
    ? {
        level,
        message: `${used} The browser is about to refuse new history, so syncs may stop. ${act}`,
      }
    : { level, message: `${used} Storage is nearly full. ${act}` };
}
