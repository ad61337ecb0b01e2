import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openHistory } from '@/lib/store/db';
import { apiKeyHint, forgetApiKey, keyHint, readApiKey, saveApiKey } from '@/lib/store/secrets';
import { freshHistory } from '@/lib/store/test-support';

const key = 'sk-ant-api01-AbCdEfGhIjKlMnOpQrStUvWx-7xQa';

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});

const inLocal = async () => JSON.stringify(await browser.storage.local.get(null));
const inSession = async () => JSON.stringify(await browser.storage.session.get(null));
const inDevice = async () => (await openHistory()).get('secrets', 'apiKey');

describe('saveApiKey / readApiKey', () => {
  it('"device": IndexedDB only, never storage.local or storage.session', async () => {
    await saveApiKey(`  ${key}\n`, 'device');
    expect(await readApiKey()).toEqual({ key, persistence: 'device' });
    expect((await inDevice())?.key).toBe(key);
    expect(await inSession()).not.toContain(key);
    expect(await inLocal()).not.toContain(key);
  });

  it('"session": storage.session only', async () => {
    await saveApiKey(key, 'session');
    expect(await readApiKey()).toEqual({ key, persistence: 'session' });
    expect(await inSession()).toContain(key);
    expect(await inDevice()).toBeUndefined();
    expect(await inLocal()).not.toContain(key);
  });

  it.each([
    ['device', 'session'],
    ['session', 'device'],
  ] as const)('switching from %s to %s clears the first place', async (first, second) => {
    await saveApiKey('sk-ant-api01-old-key-0000000000', first);
    await saveApiKey(key, second);
    expect(await readApiKey()).toEqual({ key, persistence: second });
    expect(await inSession()).not.toContain('old-key');
    expect((await inDevice())?.key).not.toBe('sk-ant-api01-old-key-0000000000');
  });

  it('if both places hold a key (interrupted save), the later one wins', async () => {
    await saveApiKey('sk-ant-api01-device-key-00000000', 'device');
    await browser.storage.session.set({ 'uptake.apiKey': { key, savedAt: Date.now() + 1000 } });
    expect(await readApiKey()).toEqual({ key, persistence: 'session' });
  });

  it.each([[''], ['   '], ['sk-ant api01']])(
    'refuses %j without touching the stored key',
    async (bad) => {
      await saveApiKey(key, 'device');
      await expect(saveApiKey(bad, 'session')).rejects.toMatchObject({ kind: 'invalid' });
      expect(await readApiKey()).toEqual({ key, persistence: 'device' });
    },
  );

  it('none kept → null', async () => {
    expect(await readApiKey()).toBeNull();
    expect(await apiKeyHint()).toBeNull();
  });
});

describe('forgetApiKey', () => {
  it('clears both places', async () => {
    await saveApiKey(key, 'device');
    await browser.storage.session.set({ 'uptake.apiKey': { key, savedAt: 1 } });
    await forgetApiKey();
    expect(await readApiKey()).toBeNull();
    expect(await inDevice()).toBeUndefined();
    expect(await inSession()).not.toContain(key);
  });
});

describe('hint', () => {
  it.each([
    [key, 'sk-ant-api01-…7xQa'],
    ['sk-ant-admin01-0123456789abcdefWXYZ', 'sk-ant-admin01-…WXYZ'],
    ['sk-ant-api01-short', 'sk-ant-api01-…'],
    ['plainkey1234567890abcd', '…abcd'],
    ['tiny', '…'],
  ])('keyHint(%s) = %s', (input, hint) => {
    expect(keyHint(input)).toBe(hint);
  });

  it('apiKeyHint shows the kept key’s hint', async () => {
    await saveApiKey(key, 'session');
    expect(await apiKeyHint()).toBe('sk-ant-api01-…7xQa');
  });
});

describe('never logged', () => {
  it('no console output carries the key through save, read, hint and forget', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m),
    );
    await saveApiKey(key, 'device');
    await readApiKey();
    await apiKeyHint();
    await saveApiKey(key, 'session');
    await forgetApiKey();
    for (const spy of spies) {
      expect(JSON.stringify(spy.mock.calls)).not.toContain('AbCdEf');
      spy.mockRestore();
    }
  });
});
