import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/store/settings';
import { importPatch, parseSettingsFile, settingsFileText } from './settings-file';

const settings = {
  ...defaultSettings,
  orgName: 'Northwind Labs',
  demo: true,
  popupScope: 'g_sales',
  features: { 'champion-badge': false },
  metrics: {
    ...defaultSettings.metrics,
    privacy: { k: 8, teamGrainOnly: true },
  },
};
const now = Date.parse('2026-11-26T10:00:00Z');

describe('settings file', () => {
  it('round-trips what an admin configures, and leaves per-browser state out', () => {
    const text = settingsFileText(settings, now);
    expect(text).not.toContain('popupScope');
    expect(text).not.toContain('"demo"');
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const patch = importPatch(result.settings);
    expect(patch.orgName).toBe('Northwind Labs');
    expect(patch.features).toEqual({ 'champion-badge': false });
    expect(patch.metrics).toEqual(settings.metrics);
    expect(patch.sync).toEqual(defaultSettings.sync);
    expect(result.sections).toContain('targets, champions, privacy and seats');
  });

  const edit = (change: (f: any) => void) => {
    const f = JSON.parse(settingsFileText(settings, now));
    change(f);
    return JSON.stringify(f);
  };
  it.each([
    ['not JSON', 'nope', 'not JSON'],
    [
      'another format',
      edit((f) => (f.format = 'uptake-team-snapshot')),
      'not an Uptake settings file',
    ],
    ['a newer version', edit((f) => (f.version = 2)), 'invalid at version'],
    [
      'k of 1',
      edit((f) => (f.settings.metrics.privacy.k = 1)),
      'invalid at settings.metrics.privacy.k',
    ],
    [
      'a target above 100%',
      edit((f) => (f.settings.metrics.targets[0].value = 150)),
      'invalid at settings.metrics.targets.0.value',
    ],
    [
      'an unknown feature',
      edit((f) => (f.settings.features.teleport = true)),
      'invalid at settings.features',
    ],
    [
      'a sync every 0 hours',
      edit((f) => (f.settings.sync.scheduleHours = 0)),
      'invalid at settings.sync.scheduleHours',
    ],
    [
      'an API key smuggled in',
      edit((f) => (f.settings.apiKey = 'sk-ant-x')),
      'invalid at settings',
    ],
    ['2 MB of padding', ' '.repeat(2 * 1024 * 1024), 'larger than 1 MB'],
  ])('refuses a file with %s', (_, text, reason) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });
});
