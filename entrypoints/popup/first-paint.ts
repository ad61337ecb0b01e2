import type { PopupCache } from '@/lib/snapshot/popup-cache-read';

/**
 * What the popup's first step (main.tsx) did before the full app took over:
 * the scope it asked for, the picture it painted (saved, or the background's
 * answer), and the answer itself, still unchecked: the full app checks it
 * against the message contract before it uses it, instead of asking again.
 */
export interface FirstPaint {
  scope: string;
  shown: (PopupCache & { from: 'cache' | 'live' }) | null;
  answer: Promise<EarlyAnswer>;
}

/** The background's raw answer, or why the message failed. */
export type EarlyAnswer = { answer: unknown } | { error: unknown };
