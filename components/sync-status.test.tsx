/**
 * The quota warning reaches the admin in words where sync status is shown: options and the
 * companion (SyncStatus) and the popup (PopupView), from the background's status answer.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncStatus } from '@/components/sync-status';
import { PopupView } from '@/entrypoints/popup/popup-view';
import type { StatusResponse } from '@/lib/messages/contract';

afterEach(cleanup);

const MB = 1_000_000;
// The sentence as lib/store/quota-warning.ts words it (its own test checks the thresholds).
const near =
  "Uptake's history uses 850 MB of the 1.0 GB this browser allows it (85 %). Storage is nearly full. Lower the history depth or set a retention period in options, delete kept histories you no longer need, or free disk space; an organisation this large may be better served by the headless sync.";
const status = (usage: number, quota: number, warning: string | null): StatusResponse => ({
  orgName: 'Northwind',
  mode: 'live',
  latestDay: '2026-11-24',
  lastSync: null,
  sync: null,
  storage: { usage, quota, warning },
});

describe('quota warning in words', () => {
  it('options and companion: SyncStatus shows it when the quota is near', () => {
    render(<SyncStatus status={status(850 * MB, 1000 * MB, near)} />);
    expect(screen.getByTestId('quota-warning').textContent).toBe(near);
  });

  it('SyncStatus shows none with room to spare, or when the background sent no figures', () => {
    render(<SyncStatus status={status(100 * MB, 10_000 * MB, null)} />);
    render(<SyncStatus status={{ ...status(0, 1, null), storage: undefined }} />);
    expect(screen.queryByTestId('quota-warning')).toBeNull();
  });

  it('popup: shows it under the mode line', () => {
    render(
      <PopupView
        orgName="Northwind"
        status={status(850 * MB, 1000 * MB, near)}
        statusError={null}
        scopes={[]}
        scope={null}
        insights={{ state: 'none' }}
        snapshot={null}
      />,
    );
    expect(screen.getByTestId('quota-warning').textContent).toBe(near);
  });
});
