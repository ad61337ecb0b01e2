import type { ChatgptCadence } from '@/lib/chatgpt/records';

const monthFormat = new Intl.DateTimeFormat('en', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Week 2026-03-01 – 2026-03-07", "Month March 2026", "2026-01-05 – 2026-02-14". */
export function periodLabel(p: { cadence: ChatgptCadence; start: string; end: string }): string {
  if (p.cadence === 'monthly')
    return `Month ${monthFormat.format(new Date(`${p.start}T00:00:00Z`))}`;
  if (p.cadence === 'weekly') return `Week ${p.start} – ${p.end}`;
  return `${p.start} – ${p.end}`;
}

export const kindName = { users: 'User Engagement', gpts: 'GPT Engagement' } as const;
