import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pseudonymiser } from '@/lib/crypto/pseudonym';
import { deleteHistory } from '@/lib/store/histories';
import { dropLegacyPseudonymSalt } from '@/lib/store/legacy-salt';
import { readApiKey, saveApiKey } from '@/lib/store/secrets';
import {
  exportOrgSecrets,
  importOrgSecrets,
  orgPseudonymSecret,
  readOrgSigningKey,
  saveOrgSigningKey,
} from '@/lib/store/org-secrets';
import { readTx } from '@/lib/store/tx';
import { freshHistory } from '@/lib/store/test-support';

const pass = 'correct horse battery';

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});

const pseudonymOf = async (email: string) =>
  (await pseudonymiser(await orgPseudonymSecret()))(email);

describe('the organisation pseudonym secret', () => {
  it('is made once (32 bytes) and kept in IndexedDB, not storage.local', async () => {
    const first = await orgPseudonymSecret(5);
    expect(first).toHaveLength(32);
    expect(await orgPseudonymSecret(6)).toEqual(first);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('a second admin who imports the wrapped file makes the same pseudonyms and signs alike', async () => {
    await saveOrgSigningKey('{"kty":"EC","crv":"P-256","d":"x"}');
    const mine = await pseudonymOf('ana@acme.example');
    const file = JSON.parse(JSON.stringify(await exportOrgSecrets(pass, 7)));

    await freshHistory(); // another browser
    expect(await pseudonymOf('ana@acme.example')).not.toBe(mine);
    expect(await importOrgSecrets(file, pass, 8)).toEqual({
      pseudonymsChanged: true,
      signingKey: true,
    });
    expect(await pseudonymOf('ana@acme.example')).toBe(mine);
    expect(await readOrgSigningKey()).toBe('{"kty":"EC","crv":"P-256","d":"x"}');
  });

  it('a wrong passphrase changes nothing and says why', async () => {
    const before = await pseudonymOf('ana@acme.example');
    const file = await exportOrgSecrets(pass, 7);
    await freshHistory();
    const mine = await pseudonymOf('ana@acme.example');
    await expect(importOrgSecrets(file, 'not the passphrase', 8)).rejects.toThrow(
      'The passphrase is wrong, or the file was changed after it was exported; nothing was imported.',
    );
    expect(await pseudonymOf('ana@acme.example')).toBe(mine);
    expect(mine).not.toBe(before);
  });
});

describe('deleting the history', () => {
  it('of the first database takes the organisation secrets with it, not the API key', async () => {
    await saveApiKey('sk-ant-api01-abcdefghijklmnop', 'device');
    const before = await orgPseudonymSecret();
    await saveOrgSigningKey('{}');
    await deleteHistory('uptake');
    expect((await readApiKey())?.key).toBe('sk-ant-api01-abcdefghijklmnop');
    expect(await readOrgSigningKey()).toBeNull();
    expect(await orgPseudonymSecret()).not.toEqual(before);
  });
});

describe('upgrade from 0.2: the salt in storage.local goes, a secret comes', () => {
  it('old stored companion data with a salt → no salt anywhere, a secret in IndexedDB', async () => {
    const intervention = {
      id: 'a',
      teamId: 'g',
      type: 'workshop',
      day: '2026-10-01',
      owner: 'Dee',
      note: '',
    };
    await browser.storage.local.set({
      companion: {
        pseudonymSalt: '0123456789abcdef0123456789abcdef',
        interventions: [intervention],
      },
    });
    expect(await dropLegacyPseudonymSalt(9)).toBe(true);
    const { companion } = await browser.storage.local.get('companion');
    expect(companion).toEqual({ interventions: [intervention] });
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain('0123456789abcdef');
    const kept = await readTx(['secrets'], 'read', (tx) => tx.store.get('orgPseudonymKey'));
    expect(kept?.savedAt).toBe(9);
    expect(await dropLegacyPseudonymSalt(10)).toBe(false); // done once
  });
});
