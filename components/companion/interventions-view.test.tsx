/** Issue 11 item 3: in team-grain mode the intervention log names no owner. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { interventionTypes } from '@/lib/companion/interventions';
import { InterventionsView } from './interventions-view';

afterEach(cleanup);

const view = (ownersShown: boolean) => (
  <InterventionsView
    items={[
      {
        intervention: {
          id: 'iv-1',
          teamId: 'org',
          type: interventionTypes[0],
          day: '2026-11-02',
          owner: 'Ann Lee',
          note: 'Kick-off.',
        },
        teamName: 'Whole organisation',
        readout: null,
      },
    ]}
    loadingReadouts={false}
    teams={[{ id: 'org', name: 'Whole organisation' }]}
    today="2026-11-24"
    scopeName="Whole organisation"
    onAdd={() => undefined}
    onRemove={() => undefined}
    teamName={(id) => id}
    ownersShown={ownersShown}
  />
);

describe('intervention owners and team grain', () => {
  it.each([
    [true, 'Owner: Ann Lee. Kick-off.'],
    [false, 'Kick-off.'],
  ])('owners shown: %s → %j', (shown, text) => {
    render(view(shown));
    expect(screen.getByTestId('intervention-iv-1').querySelector('p.muted')!.textContent).toBe(
      text,
    );
  });
});
