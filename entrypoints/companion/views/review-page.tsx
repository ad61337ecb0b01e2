import type { View } from '@/lib/companion/hash-state';
import { ReviewView } from '@/components/companion/review-view';
import type { PageContext } from './context';

/** Review rhythm: reminders and the checklist (opened by a reminder's click). */
export function ReviewPage({ ctx }: { ctx: PageContext }) {
  return (
    <ReviewView
      review={ctx.companion.review}
      today={ctx.model.today}
      onChange={(review) => void ctx.updateCompanion((d) => ({ ...d, review }))}
      onOpenView={(view) => ctx.setState({ view: view as View })}
    />
  );
}
