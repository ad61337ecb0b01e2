import { useState } from 'preact/hooks';
import type { ReviewState } from '@/lib/companion/companion-data';
import { cadenceOn, currentReviewDay, reviewChecklist } from '@/lib/companion/review-cadence';

/**
 * Review rhythm: switch reminders on, say when the rollout started, and work
 * through the checklist of the review that is due (ticks are kept per review).
 */
export function ReviewView(props: {
  review: ReviewState;
  today: string;
  onChange: (next: ReviewState) => void;
  onOpenView: (view: string) => void;
}) {
  const r = props.review;
  const [start, setStart] = useState(r.rolloutStart ?? props.today);
  const rolloutStart = r.rolloutStart ?? start;
  const cadence = cadenceOn(rolloutStart, props.today);
  const current = currentReviewDay(rolloutStart, props.today, r.lastReviewed);
  const ticked = new Set(r.checked[current] ?? []);
  const toggle = (id: string) => {
    const next = new Set(ticked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    props.onChange({ ...r, checked: { ...r.checked, [current]: [...next] } });
  };
  const views: Record<string, string> = {
    targets: 'overview',
    lagging: 'teams',
    funnel: 'funnel',
    seats: 'seats',
    spend: 'spend',
    interventions: 'interventions',
    share: 'exports',
  };
  return (
    <section class="card" aria-labelledby="rv-h" data-testid="review-view">
      <h2 id="rv-h">Review rhythm</h2>
      <p>
        Anthropic recommends reviewing group consumption and adoption{' '}
        <strong>weekly during the first 90 days</strong> of a rollout and{' '}
        <strong>monthly after</strong>. Uptake can remind you with a browser notification at 09:00
        on the day a review is due; the notification opens this checklist.
      </p>
      <form class="inline-form" onSubmit={(e) => e.preventDefault()} aria-label="Review reminders">
        <label class="check">
          <input
            type="checkbox"
            checked={r.enabled}
            onChange={(e) =>
              props.onChange({ ...r, enabled: e.currentTarget.checked, rolloutStart })
            }
            data-testid="review-enabled"
          />{' '}
          Remind me when a review is due
        </label>
        <label>
          Rollout started on
          <input
            type="date"
            value={start}
            onInput={(e) => setStart(e.currentTarget.value)}
            onChange={(e) =>
              /^\d{4}-\d{2}-\d{2}$/.test(e.currentTarget.value) &&
              props.onChange({ ...r, rolloutStart: e.currentTarget.value })
            }
            data-testid="rollout-start"
          />
        </label>
      </form>
      <p data-testid="review-cadence">
        {r.enabled ? 'Reminders are on. ' : 'Reminders are off. '}
        Cadence now: <strong>{cadence}</strong> (rollout day{' '}
        {Math.round((Date.parse(props.today) - Date.parse(rolloutStart)) / 86_400_000)}). Review
        due: <strong data-testid="review-due">{current}</strong>
        {r.lastReviewed ? `; last review marked done on ${r.lastReviewed}` : ''}.
      </p>
      <h3>Checklist for the review due {current}</h3>
      <ul class="checklist" data-testid="review-checklist">
        {reviewChecklist.map((item) => (
          <li key={item.id}>
            <label class="check">
              <input
                type="checkbox"
                checked={ticked.has(item.id)}
                onChange={() => toggle(item.id)}
              />{' '}
              {item.text}
            </label>{' '}
            <button type="button" class="link" onClick={() => props.onOpenView(views[item.id]!)}>
              Open
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="primary"
        onClick={() => props.onChange({ ...r, lastReviewed: current })}
        data-testid="review-done"
      >
        Mark this review done
      </button>
    </section>
  );
}
