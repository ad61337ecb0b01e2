import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultMetricsSettings } from '@/lib/metrics';
import { parseSettingsPatch, SettingsPatchError, writeSettingsPatch } from './settings-patch';
import { readSettings, writeSettings } from './settings';

beforeEach(() => {
  fakeBrowser.reset();
});

const m = defaultMetricsSettings;
const withPrivacy = (privacy: object) => ({
  metrics: { ...m, privacy: { ...m.privacy, ...privacy } },
});

describe('writeSettingsPatch: the background checks every settings write (issue 11 item 7)', () => {
  // Each patch is refused whole, with a sentence naming the field; nothing is written.
  it.each([
    [
      'k under the floor',
      withPrivacy({ k: 1 }),
      'Settings not saved: metrics.privacy.k must be at least 2.',
    ],
    [
      'k over 100',
      withPrivacy({ k: 101 }),
      'Settings not saved: metrics.privacy.k must be at most 100.',
    ],
    [
      'team grain as text',
      withPrivacy({ teamGrainOnly: 'no' }),
      'Settings not saved: metrics.privacy.teamGrainOnly is not valid',
    ],
    [
      'exports named in clear by a string',
      { pseudonymisedExports: 'false' },
      'Settings not saved: pseudonymisedExports is not valid',
    ],
    [
      'an unknown setting',
      { apiKey: 'sk-ant-x' },
      'Settings not saved: the patch has no setting “apiKey”.',
    ],
    [
      'demo (set-demo switches it)',
      { demo: true },
      'Settings not saved: the patch has no setting “demo”.',
    ],
    [
      'an unknown feature',
      { features: { 'no-such-feature': false } },
      'Settings not saved: features has no setting “no-such-feature”.',
    ],
    [
      'a sync schedule of 0 hours',
      {
        sync: {
          historyDepthDays: 'all',
          rateLimitPerMinute: 60,
          scheduleHours: 0,
          retentionDays: null,
        },
      },
      'Settings not saved: sync.scheduleHours must be at least 1.',
    ],
    [
      'a 121-character org name',
      { orgName: 'x'.repeat(121) },
      'Settings not saved: orgName must be at most 120.',
    ],
    [
      'a team source not offered',
      { teamSource: 'ldap' },
      'Settings not saved: teamSource is not valid',
    ],
    ['not an object', 'k=1', 'Settings not saved: the patch is not valid'],
  ])('refuses %s', async (_what, patch, sentence) => {
    await writeSettings({ orgName: 'Acme', metrics: withPrivacy({ k: 7 }).metrics });
    const before = await readSettings();
    await expect(writeSettingsPatch(patch)).rejects.toThrow(SettingsPatchError);
    await expect(writeSettingsPatch(patch)).rejects.toThrow(sentence);
    expect(await readSettings()).toEqual(before);
  });

  it.each([
    [
      'k 8 and team grain',
      withPrivacy({ k: 8, teamGrainOnly: true }),
      (s: any) => [s.metrics.privacy.k, s.metrics.privacy.teamGrainOnly],
      [8, true],
    ],
    ['the popup scope', { popupScope: 'grp_sales' }, (s: any) => s.popupScope, 'grp_sales'],
    ['an org name, trimmed', { orgName: '  Acme  ' }, (s: any) => s.orgName, 'Acme'],
    [
      'one feature off',
      { features: { 'target-strip': false } },
      (s: any) => s.features,
      { 'target-strip': false },
    ],
  ])('writes %s', async (_what, patch, pick, expected) => {
    const answer = await writeSettingsPatch(patch);
    expect(pick(answer)).toEqual(expected);
    expect(pick(await readSettings())).toEqual(expected);
  });

  it('puts the managed policy over the patch: a page cannot lower a locked k', async () => {
    await fakeBrowser.storage.managed.set({ privacy: { k: 10 } });
    const answer = await writeSettingsPatch(withPrivacy({ k: 3, teamGrainOnly: true }));
    expect([answer.metrics.privacy.k, answer.metrics.privacy.teamGrainOnly]).toEqual([10, true]);
    expect((await readSettings()).metrics.privacy.k).toBe(10);
  });
});

describe('parseSettingsPatch', () => {
  it('keeps an empty patch empty (nothing to change)', () => {
    expect(parseSettingsPatch({})).toEqual({});
  });
});
