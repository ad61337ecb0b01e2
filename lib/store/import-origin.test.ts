import { describe, expect, it } from 'vitest';
import { importOrigin, type OriginEvidence } from '@/lib/store/import-origin';

const acme = { kind: 'org', name: 'Acme', orgId: null } as const;
const demo = { kind: 'demo', name: 'Northwind Labs', orgId: null } as const;
const base: OriginEvidence = {
  file: acme,
  exportedDay: '2026-11-20',
  fileMembers: 300,
  shared: 290,
  here: acme,
  hereMembers: 310,
};

describe('importOrigin: import without asking only what is this history’s own', () => {
  it.each([
    [
      'the same organisation by members (290 of 300)',
      {},
      true,
      "The file is from the same organisation. They have 290 of the file's 300 members in common.",
    ],
    ['exactly half of the members (150 of 300)', { shared: 150 }, true, null],
    [
      'another organisation by members (3 of 300)',
      { shared: 3 },
      false,
      "This file (exported 2026-11-20) holds the history of Acme; the history here is Acme's. They have 3 of the file's 300 members in common. Importing it would mix two organisations’ figures.",
    ],
    [
      'the demo’s file into an organisation’s history',
      { file: demo },
      false,
      "This file (exported 2026-11-20) holds the history of Northwind Labs (demo data); the history here is Acme's. Importing it would mix two organisations’ figures.",
    ],
    [
      '… even when the history here is empty',
      { file: demo, hereMembers: 0, shared: 0 },
      false,
      null,
    ],
    [
      'an organisation’s file into an empty organisation history',
      { hereMembers: 0, shared: 0 },
      true,
      "The history here is empty: the file becomes Acme's history.",
    ],
    [
      'a file of the first release (no source) into an empty profile',
      { file: undefined, here: null, hereMembers: 0, shared: 0 },
      true,
      null,
    ],
    [
      'a file of the first release sharing no members',
      { file: undefined, shared: 0 },
      false,
      "This file (exported 2026-11-20) holds the history of an organisation the file does not name; the history here is Acme's. They have 0 of the file's 300 members in common. Importing it would mix two organisations’ figures.",
    ],
    [
      'the demo into the demo',
      { file: demo, here: demo, shared: 0 },
      true,
      'Both are the demo organisation’s history.',
    ],
    [
      'equal organisation ids, no shared members',
      { file: { ...acme, orgId: 'u1' }, here: { ...acme, orgId: 'u1' }, shared: 0 },
      true,
      null,
    ],
    [
      'different organisation ids, all members shared',
      { file: { ...acme, orgId: 'u1' }, here: { ...acme, orgId: 'u2' } },
      false,
      null,
    ],
  ] as const)('%s → same: %s', (_, change, same, sentence) => {
    const origin = importOrigin({ ...base, ...change } as OriginEvidence);
    expect(origin.same).toBe(same);
    if (sentence) expect(origin.sentence).toBe(sentence);
  });
});
