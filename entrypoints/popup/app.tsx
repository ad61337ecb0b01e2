import { ToolsLine } from '@/components/popup/tools-line';
import { sendToBackground } from '@/lib/messages/send';
import type { ToolsDigest } from '@/lib/metrics/tools/digest';
import { useEffect, useState } from 'preact/hooks';
import { usePopupData } from './use-popup-data';
import { PopupView } from './popup-view';
import type { FirstPaint } from './first-paint';

/** The Tools digest for the popup's line (null while none is imported or the answer fails). */
function useToolsDigest(): ToolsDigest | null {
  const [digest, setDigest] = useState<ToolsDigest | null>(null);
  useEffect(() => {
    sendToBackground({ type: 'to-background:get-tools-digest' }).then(
      (a) => setDigest(a.digest),
      () => setDigest(null),
    );
  }, []);
  return digest;
}

/**
 * The team lead's popup: their scope's adoption against target, trend, suggestions, champions, freshness.
 * It takes over from what the first step (main.tsx) painted: `first`.
 */
export function App({ first = null }: { first?: FirstPaint | null }) {
  const data = usePopupData(first);
  const tools = useToolsDigest();
  const status = data.status.state === 'ready' ? data.status.value : null;
  return (
    <PopupView
      orgName={status?.orgName ?? data.orgName}
      status={status}
      statusError={data.status.state === 'error' ? data.status.message : null}
      scopes={data.scopes}
      scope={data.scope}
      onScope={data.chooseScope}
      insights={data.insights}
      snapshot={data.snapshot}
      toolsLine={<ToolsLine digest={tools} scope={data.scope ?? 'org'} />}
    />
  );
}
