import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateCompanionData } from './companion-store';
import {
  localTime,
  nextReminderAt,
  planReminder,
  reviewAlarm,
  showReminder,
  type ReminderApi,
} from './review-reminders';
import type { ReviewState } from './companion-data';

const review = (patch: Partial<ReviewState>): ReviewState => ({
  enabled: true,
  rolloutStart: '2026-11-01',
  checked: {},
  lastReviewed: null,
  ...patch,
});

describe('nextReminderAt', () => {
  it.each([
    ['off', review({ enabled: false }), localTime('2026-11-03', 12), null],
    ['no rollout start', review({ rolloutStart: null }), localTime('2026-11-03', 12), null],
    ['next weekly day', review({}), localTime('2026-11-03', 12), '2026-11-08'],
    ['due today, before 09:00', review({}), localTime('2026-11-08', 8), '2026-11-08'],
    ['due today, after 09:00', review({}), localTime('2026-11-08', 10), '2026-11-15'],
    [
      'monthly after 90 days',
      review({ rolloutStart: '2026-06-01' }),
      localTime('2026-11-26', 12),
      '2026-11-30',
    ],
  ] as const)('%s', (_n, r, now, day) => {
    const next = nextReminderAt(r, now);
    if (day === null) expect(next).toBeNull();
    else expect(next).toEqual({ day, at: localTime(day, 9) });
  });
});

function fakeApi() {
  const alarms = new Map<string, number>();
  const shown: { id: string; title: string }[] = [];
  const api = {
    alarms: {
      create: (name: string, info: { when: number }) => void alarms.set(name, info.when),
      clear: async (name: string) => alarms.delete(name),
      onAlarm: { addListener: () => undefined },
    },
    notifications: {
      create: async (id: string, o: { title: string }) => {
        shown.push({ id, title: o.title });
        return id;
      },
      clear: async () => true,
      onClicked: { addListener: () => undefined },
    },
    tabs: { create: async () => ({}) },
    runtime: { getURL: (p: string) => `chrome-extension://x${p}` },
    storage: { onChanged: { addListener: () => undefined } },
  } as unknown as ReminderApi;
  return { api, alarms, shown };
}

describe('planReminder and showReminder', () => {
  beforeEach(() => fakeBrowser.reset());

  it('plans the alarm from the stored state, and clears it when switched off', async () => {
    const { api, alarms } = fakeApi();
    await updateCompanionData((d) => ({ ...d, review: review({}) }));
    expect(await planReminder(api, localTime('2026-11-03', 12))).toBe(localTime('2026-11-08', 9));
    expect(alarms.get(reviewAlarm)).toBe(localTime('2026-11-08', 9));
    await updateCompanionData((d) => ({ ...d, review: review({ enabled: false }) }));
    expect(await planReminder(api, localTime('2026-11-03', 12))).toBeNull();
    expect(alarms.has(reviewAlarm)).toBe(false);
  });

  it('shows a weekly reminder, then plans the next one', async () => {
    const { api, alarms, shown } = fakeApi();
    await updateCompanionData((d) => ({ ...d, review: review({}) }));
    await showReminder(api, localTime('2026-11-08', 9));
    expect(shown).toEqual([
      { id: 'uptake:review:2026-11-08', title: 'Uptake: your weekly adoption review' },
    ]);
    expect(alarms.get(reviewAlarm)).toBe(localTime('2026-11-15', 9));
  });

  it('says monthly after 90 days, and shows nothing when off', async () => {
    const { api, shown } = fakeApi();
    await updateCompanionData((d) => ({ ...d, review: review({ rolloutStart: '2026-06-01' }) }));
    await showReminder(api, localTime('2026-11-30', 9));
    expect(shown.at(-1)!.title).toBe('Uptake: your monthly adoption review');
    await updateCompanionData((d) => ({ ...d, review: review({ enabled: false }) }));
    await showReminder(api, localTime('2026-12-30', 9));
    expect(shown).toHaveLength(1);
  });
});
