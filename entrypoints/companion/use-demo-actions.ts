import { useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/messages/send';

/**
 * "Try with demo data" and "Remove demo data". Removal leaves demo mode (the
 * organisation's own history is shown again), then erases the demo's history
 * (`clear-history` of source `demo`, kept apart from the organisation's: see
 * lib/store/sources.ts); the background refuses that while a sync runs, so
 * it retries each second until the demo sync stops, saying so on the page.
 */
export function useDemoActions(refresh: () => void) {
  const [removing, setRemoving] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const tryDemo = async () => {
    setStarting(true);
    await sendToBackground({ type: 'to-background:set-demo', enabled: true });
    refresh();
  };
  const removeData = async () => {
    setRemoving('Removing the demo data…');
    await sendToBackground({ type: 'to-background:set-demo', enabled: false });
    for (let attempt = 0; ; attempt += 1) {
      try {
        await sendToBackground({ type: 'to-background:clear-history', source: 'demo' });
        break;
      } catch (e) {
        if (attempt > 120) {
          setRemoving(
            `Could not erase the history: ${e instanceof Error ? e.message : String(e)}. Try again from Options.`,
          );
          return;
        }
        setRemoving('Waiting for the demo sync to stop before erasing its data…');
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    setRemoving(null);
    setStarting(false);
    refresh();
  };

  return { tryDemo, removeData, starting, removing };
}
