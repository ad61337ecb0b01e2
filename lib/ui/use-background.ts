import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/messages/send';
import type { StatusResponse } from '@/lib/messages/contract';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/** The background's status for an extension page, re-read when `refreshKey` changes. */
export function useStatus(refreshKey = 0): Loadable<StatusResponse> {
  const [status, setStatus] = useState<Loadable<StatusResponse>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
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
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return status;
}
