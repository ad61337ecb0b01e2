import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/messages/send';
import { toPages, type StatusResponse, type SyncProgressMessage } from '@/lib/messages/contract';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/**
 * The background's status for an extension page: re-read when `refreshKey`
 * changes, and kept live while a sync reports progress.
 */
export function useStatus(refreshKey = 0): Loadable<StatusResponse> {
  const [status, setStatus] = useState<Loadable<StatusResponse>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const load = () =>
      sendToBackground({ type: 'to-background:get-status' })
        .then((value) => live && setStatus({ state: 'ready', value }))
        .catch(
          (error: unknown) =>
            live &&
            setStatus({
              state: 'error',
              message: error instanceof Error ? error.message : String(error),
            }),
        );
    void load();
    const onMessage = (raw: unknown) => {
      const parsed = toPages.safeParse(raw);
      if (!parsed.success) return;
      const progress: SyncProgressMessage = parsed.data.progress;
      if (progress.state !== 'running') void load();
      else
        setStatus((prev) =>
          prev.state === 'ready'
            ? { state: 'ready', value: { ...prev.value, sync: progress } }
            : prev,
        );
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [refreshKey]);
  return status;
}
