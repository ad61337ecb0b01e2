/**
 * Review reminders (background): a browser notification when a review falls
 * due (review-cadence.ts: weekly for the first 90 days of the rollout,
 * monthly after), at 09:00 local time; clicking it opens the review
 * checklist on the companion page. Switched on and off from the companion's
 * Review view (stored in `companion.review`); the alarm is re-planned
 * whenever that changes, when the worker starts, and after each reminder.
 *
 * Lifecycle: nothing lives only in the worker's memory. The alarm holds the
 * next time; the stored review state holds everything else.
 */
import { readCompanionData, companionKey } from '@/lib/companion/companion-store';
import { nextReviewDay, cadenceOn } from '@/lib/companion/review-cadence';
import type { ReviewState } from '@/lib/companion/companion-data';

export const reviewAlarm = 'uptake:review';
const notificationPrefix = 'uptake:review:';
/** Local hour a reminder shows. */
export const reminderHour = 9;

// A 48 px Uptake mark (notifications need an icon; the extension ships none yet).
const iconUrl =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAdUlEQVR42u3YuQ2AMBBFQddGLTRLVRCRICEwvvE8afM/6Ybwh7Z12Uc8AAAAAAAAAICeAWcALQDXAGoC7gKoAXgKoCTgbV0CYgPICfgaQA5AagApgFwBtByfgpgXUKoqgNIBtBwfi5gP4DMHAAAAAABQAjByB5qXGqtrYglMAAAAAElFTkSuQmCC';

/** The local day (`YYYY-MM-DD`) of an instant. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The instant of `hour`:00 local time on `day`. */
export function localTime(day: string, hour: number): number {
  return new Date(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
    hour,
  ).getTime();
}

/**
 * When the next reminder shows (ms), or null when reminders are off or no
 * rollout start is known. A review due today still shows if 09:00 has not
 * passed.
 */
export function nextReminderAt(
  review: ReviewState,
  now: number,
): { day: string; at: number } | null {
  if (!review.enabled || review.rolloutStart === null) return null;
  const today = localDay(now);
  const yesterday = localDay(localTime(today, 12) - 86_400_000);
  const after = now < localTime(today, reminderHour) ? yesterday : today;
  const day = nextReviewDay(review.rolloutStart, after);
  return { day, at: localTime(day, reminderHour) };
}

/** The browser APIs the reminders use (the real `browser`, or a fake in tests). */
export interface ReminderApi {
  alarms: Pick<typeof browser.alarms, 'create' | 'clear' | 'onAlarm'>;
  notifications: Pick<typeof browser.notifications, 'create' | 'clear' | 'onClicked'>;
  tabs: Pick<typeof browser.tabs, 'create'>;
  runtime: Pick<typeof browser.runtime, 'getURL'>;
  storage: Pick<typeof browser.storage, 'onChanged'>;
}

/** Plans (or clears) the reminder alarm from the stored review state. */
export async function planReminder(api: ReminderApi, now: number): Promise<number | null> {
  const { review } = await readCompanionData();
  const next = nextReminderAt(review, now);
  if (!next) {
    await api.alarms.clear(reviewAlarm);
    return null;
  }
  api.alarms.create(reviewAlarm, { when: next.at });
  return next.at;
}

/** Shows the reminder for a review due `day`, then plans the next one. */
export async function showReminder(api: ReminderApi, now: number): Promise<void> {
  const { review } = await readCompanionData();
  if (!review.enabled || review.rolloutStart === null) return;
  const day = localDay(now);
  const cadence = cadenceOn(review.rolloutStart, day);
  await api.notifications.create(`${notificationPrefix}${day}`, {
    type: 'basic',
    iconUrl,
    title:
      cadence === 'weekly'
        ? 'Uptake: your weekly adoption review'
        : 'Uptake: your monthly adoption review',
    message:
      cadence === 'weekly'
        ? 'First 90 days of the rollout: a 15-minute look at targets, lagging teams, seats and spend.'
        : 'A monthly look at group consumption, adoption against target, seats and interventions.',
    priority: 0,
  });
  await planReminder(api, now + 60_000);
}

/** Wires the alarm, the notification click and re-planning on change (background only). */
export function setupReviewReminders(
  api: ReminderApi = browser,
  clock: () => number = Date.now,
): void {
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === reviewAlarm) void showReminder(api, clock());
  });
  api.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(notificationPrefix)) return;
    void api.notifications.clear(id);
    void api.tabs.create({ url: api.runtime.getURL('/companion.html#view=review') });
  });
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[companionKey]) void planReminder(api, clock());
  });
  void planReminder(api, clock());
}
