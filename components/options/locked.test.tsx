import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeaturesSection } from '@/components/options/features-section';
import { PrivacySection } from '@/components/options/privacy-section';
import { TargetsSection } from '@/components/options/targets-section';
import { defaultTargets } from '@/lib/metrics/config';

afterEach(cleanup);

describe('values set by policy show as locked and cannot be edited', () => {
  it('privacy: k locked, the other switches free', () => {
    const onSave = vi.fn(async () => undefined);
    render(
      <PrivacySection
        values={{ k: 8, teamGrainOnly: false, pseudonymisedExports: true }}
        locked={{ k: true }}
        onSave={onSave}
      />,
    );
    expect((screen.getByLabelText(/Minimum group size/) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getAllByTestId('locked')).toHaveLength(1);
    expect((screen.getByLabelText(/Team grain only/) as HTMLInputElement).disabled).toBe(false);
  });

  it('targets: every button disabled under a policy list', () => {
    render(
      <TargetsSection
        targets={defaultTargets}
        groups={[]}
        today="2026-11-26"
        locked={true}
        onSave={async () => undefined}
      />,
    );
    expect(screen.getByTestId('locked').textContent).toContain('Set by your organisation');
    for (const name of [/Edit target/, /Remove target/, /Add target/])
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('features: a locked switch is disabled and never saved; the others save', () => {
    const onSave = vi.fn(async () => undefined);
    render(
      <FeaturesSection
        featureIds={['target-strip', 'champion-badge']}
        values={{ 'target-strip': true, 'champion-badge': false }}
        locked={new Set(['champion-badge'])}
        onSave={onSave}
      />,
    );
    const badge = screen.getByRole('checkbox', { name: /Champion badges/ }) as HTMLInputElement;
    expect(badge.disabled).toBe(true);
    expect(badge.checked).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: /Target strips/ }));
    expect(onSave).toHaveBeenCalledWith('target-strip', false);
    expect(onSave).toHaveBeenCalledTimes(1);
  });
});
