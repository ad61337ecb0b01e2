import { ToolsView } from '@/components/companion/tools-view';
import { StateNote } from '@/components/companion/view-state';
import { sendToBackground } from '@/lib/messages/send';
import { useLoaded } from '../use-loaded';
import type { PageContext } from './context';

/**
 * Tools (issue 13): ChatGPT Enterprise beside Claude. The page reads the
 * background's Tools digest (built through the publication gate) and
 * nothing else.
 */
export function ToolsPage({ ctx }: { ctx: PageContext }) {
  const loaded = useLoaded(JSON.stringify(['tools', ctx.version]), () =>
    sendToBackground({ type: 'to-background:get-tools-digest' }),
  );
  if (loaded.state === 'idle' || loaded.state === 'loading')
    return <StateNote kind="loading" title="Loading ChatGPT beside Claude…" />;
  if (loaded.state === 'error')
    return (
      <StateNote kind="error" title="Could not build the ChatGPT figures.">
        {loaded.message} Reload this tab; your imports are untouched.
      </StateNote>
    );
  const digest = loaded.value.digest;
  if (!digest || digest.periods.length === 0)
    return (
      <StateNote kind="empty" title="No ChatGPT export imported yet.">
        In ChatGPT’s Workspace analytics, export the User Engagement report (weekly or monthly; the
        GPT Engagement report too, if you like), then drop the CSV files in Options → ChatGPT
        Enterprise.
      </StateNote>
    );
  return <ToolsView digest={digest} scope={ctx.state.scope} nameOf={ctx.teamName} />;
}
