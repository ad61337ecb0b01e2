import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyPolicy,
  enforcePolicy,
  lockedPaths,
  parsePolicy,
  readEffectiveSettings,
  writeSettingsUnderPolicy,
} from '@/lib/store/managed';
import { defaultSettings, readSettings, writeSettings } from '@/lib/store/settings';

const target = {
  id: 'policy-org-80',
  metric: 'monthly_adoption',
  scope: 'org',
  value: 80,
  deadline: '2027-06-30',
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('parsePolicy', () => {
  it('keeps each valid value and reports each invalid one', () => {
    const { policy, problems } = parsePolicy({
      orgName: 'Contoso',
      targets: [target],
      privacy: { k: 1, teamGrainOnly: true, pseudonymisedExports: 'yes' },
      teamSource: 'org-chart',
      features: { 'champion-badge': false, 'no-such-feature': false, 'target-strip': 'off' },
    });
    expect(policy).toEqual({
      orgName: 'Contoso',
      targets: [{ ...target, product: null, baseline: null }],
      privacy: { teamGrainOnly: true },
      teamSource: 'org-chart',
      features: { 'champion-badge': false },
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'Policy value privacy.k ignored',
      'Policy value privacy.pseudonymisedExports ignored',
      'Policy value features.target-strip ignored',
    ]);
  });

  it.each([[null], [undefined], ['text'], [[]], [{}]])('reads %j as no policy', (raw) => {
    expect(parsePolicy(raw)).toEqual({ policy: {}, problems: [] });
  });

  it('drops all targets when one target is invalid (a list is all or nothing)', () => {
    const { policy, problems } = parsePolicy({ targets: [target, { ...target, value: 150 }] });
    expect(policy.targets).toBeUndefined();
    expect(problems[0]).toContain('targets');
  });
});

describe('applyPolicy and lockedPaths', () => {
  const table: [string, object, string[], (s: typeof defaultSettings) => unknown, unknown][] = [
    ['nothing', {}, [], (s) => s, defaultSettings],
    ['k', { privacy: { k: 10 } }, ['metrics.privacy.k'], (s) => s.metrics.privacy.k, 10],
    [
      'team grain',
      { privacy: { teamGrainOnly: true } },
      ['metrics.privacy.teamGrainOnly'],
      (s) => s.metrics.privacy.teamGrainOnly,
      true,
    ],
    [
      'pseudonymised exports',
      { privacy: { pseudonymisedExports: false } },
      ['pseudonymisedExports'],
      (s) => s.pseudonymisedExports,
      false,
    ],
    ['team source', { teamSource: 'org-chart' }, ['teamSource'], (s) => s.teamSource, 'org-chart'],
    [
      'a feature',
      { features: { 'suggestion-card': false } },
      ['features.suggestion-card'],
      (s) => s.features,
      { 'suggestion-card': false },
    ],
    ['org name', { orgName: 'Contoso' }, ['orgName'], (s) => s.orgName, 'Contoso'],
  ];
  it.each(table)('%s', (_, raw, paths, read, value) => {
    const { policy } = parsePolicy(raw);
    expect([...lockedPaths(policy)]).toEqual(paths);
    expect(read(applyPolicy(defaultSettings, policy))).toEqual(value);
  });
});

describe('with the fake browser', () => {
  it('merges managed values over the stored settings and says what is locked', async () => {
    await writeSettings({ orgName: 'Mine', popupScope: 'g1' });
    await fakeBrowser.storage.managed.set({ privacy: { k: 8 }, targets: [target] });
    const { settings, locked } = await readEffectiveSettings();
    expect(settings.orgName).toBe('Mine');
    expect(settings.popupScope).toBe('g1');
    expect(settings.metrics.privacy.k).toBe(8);
    expect(settings.metrics.targets.map((t) => t.id)).toEqual(['policy-org-80']);
    expect([...locked].sort()).toEqual(['metrics.privacy.k', 'metrics.targets']);
  });

  it('never lets a form overwrite a managed value', async () => {
    await fakeBrowser.storage.managed.set({ privacy: { k: 8 } });
    const written = await writeSettingsUnderPolicy({
      metrics: { ...defaultSettings.metrics, privacy: { k: 3, teamGrainOnly: true } },
    });
    expect(written.metrics.privacy).toEqual({ k: 8, teamGrainOnly: true });
    expect((await readSettings()).metrics.privacy).toEqual({ k: 8, teamGrainOnly: true });
  });

  it('enforces the policy into stored settings once, then has nothing to write', async () => {
    await fakeBrowser.storage.managed.set({ features: { 'target-strip': false } });
    expect(await enforcePolicy()).toBe(true);
    expect((await readSettings()).features['target-strip']).toBe(false);
    expect(await enforcePolicy()).toBe(false);
  });

  it('locks nothing without a policy', async () => {
    const { locked, problems } = await readEffectiveSettings();
    expect(locked.size).toBe(0);
    expect(problems).toEqual([]);
  });
});
