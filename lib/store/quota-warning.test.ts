import { describe, expect, it } from 'vitest';
import { formatBytes, quotaWarning } from '@/lib/store/quota-warning';

const MB = 1_000_000;
const GB = 1000 * MB;

describe('quotaWarning: near at 80 % or under 250 MB left; full at 95 % or under 50 MB left', () => {
  it.each([
    ['nothing known', null, null, null],
    ['no quota given', 10 * MB, 0, null],
    ['10 GB of 100 GB (10 %)', 10 * GB, 100 * GB, null],
    ['79 GB of 100 GB (79 %, 21 GB left)', 79 * GB, 100 * GB, null],
    ['80 GB of 100 GB (80 %)', 80 * GB, 100 * GB, 'near'],
    ['100 MB of 340 MB (29 %, but 240 MB left)', 100 * MB, 340 * MB, 'near'],
    ['94 GB of 100 GB (94 %)', 94 * GB, 100 * GB, 'near'],
    ['95 GB of 100 GB (95 %)', 95 * GB, 100 * GB, 'full'],
    ['100 MB of 140 MB (71 %, but 40 MB left)', 100 * MB, 140 * MB, 'full'],
    ['over the quota (110 %)', 110 * MB, 100 * MB, 'full'],
  ])('%s → %s', (_, usage, quota, level) => {
    expect(quotaWarning({ usage, quota })?.level ?? null).toBe(level);
  });

  it('says how much is used, of what, and what the admin can do', () => {
    expect(quotaWarning({ usage: 850 * MB, quota: 1000 * MB })?.message).toBe(
      "Uptake's history uses 850 MB of the 1.0 GB this browser allows it (85 %). Storage is nearly full. Lower the history depth or set a retention period in options, delete kept histories you no longer need, or free disk space; an organisation this large may be better served by the headless sync.",
    );
    expect(quotaWarning({ usage: 96 * GB, quota: 100 * GB })?.message).toMatch(
      /^Uptake's history uses 96 GB of the 100 GB this browser allows it \(96 %\)\. The browser is about to refuse new history, so syncs may stop\./,
    );
  });
});

describe('formatBytes (decimal units)', () => {
  it.each([
    [0, '0 MB'],
    [3.6 * MB, '4 MB'],
    [850 * MB, '850 MB'],
    [1234 * MB, '1.2 GB'],
    [96 * GB, '96 GB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
