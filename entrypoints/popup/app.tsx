import { usePopupData } from './use-popup-data';
import { PopupView } from './popup-view';

/** The team lead's popup: their scope's adoption against target, trend, suggestions, champions, freshness. */
export function App() {
  const data = usePopupData();
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
    />
  );
}
