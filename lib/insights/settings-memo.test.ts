import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '@/lib/store/settings';
import { createSettingsMemo } from './settings-memo';

/** A stored settings value and a reader that counts its reads. */
function storedSettings() {
  let value: Settings = defaultSettings;
  let reads = 0;
  let fail = false;
  const gates: (() => void)[] = [];
  let held = false;
  return {
    write: (next: Settings) => (value = next),
    failNext: () => (fail = true),
    hold: () => (held = true),
    release: () => {
      held = false;
      gates.splice(0).forEach((g) => g());
    },
    reads: () => reads,
    read: async (): Promise<Settings> => {
      reads += 1;
      const at = value; // what a read started now sees
      if (held) await new Promise<void>((r) => gates.push(r));
      if (fail) {
        fail = false;
        throw new Error('IndexedDB refused');
      }
      return at;
    },
  };
}

const withOrg = (orgName: string): Settings => ({ ...defaultSettings, orgName });

describe('the settings kept in memory', () => {
  it('reads once until a write is noticed, then reads what was written', async () => {
    const stored = storedSettings();
    const memo = createSettingsMemo(stored.read);
    expect(await memo.read()).toEqual(defaultSettings);
    expect(await memo.read()).toEqual(defaultSettings);
    expect(stored.reads()).toBe(1);
    stored.write(withOrg('Acme'));
    memo.forget();
    expect((await memo.read()).orgName).toBe('Acme');
    expect(stored.reads()).toBe(2);
  });

  it('never keeps a read that started before a write it was told of', async () => {
    const stored = storedSettings();
    const memo = createSettingsMemo(stored.read);
    stored.hold();
    const early = memo.read(); // sees the old value
    stored.write(withOrg('Acme'));
    memo.forget();
    stored.release();
    expect((await early).orgName).toBeNull();
    expect((await memo.read()).orgName).toBe('Acme');
  });

  it('does not keep a failed read', async () => {
    const stored = storedSettings();
    const memo = createSettingsMemo(stored.read);
    stored.failNext();
    await expect(memo.read()).rejects.toThrow('IndexedDB refused');
    expect(await memo.read()).toEqual(defaultSettings);
    expect(stored.reads()).toBe(2);
  });
});
