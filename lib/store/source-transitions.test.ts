import { describe, expect, it } from 'vitest';
import {
  forgetSource,
  identified,
  keyForgotten,
  leaveDemo,
  newKeySaved,
  renamed,
  sharedShown,
  switchToDemo,
} from '@/lib/store/source-transitions';
import {
  activeSource,
  adoptLegacy,
  describeSource,
  registrySchema,
  type Registry,
} from '@/lib/store/sources';

const t0 = 1_000;
/** Who is active, in which database, whose key, pending or not: what a person checks. */
const summary = (r: Registry) => ({
  active: r.active,
  db: activeSource(r).db,
  kind: activeSource(r).kind,
  keySource: r.keySource,
  pendingKey: r.pendingKey,
  sources: r.sources.map((s) => s.id),
});

describe('adoptLegacy: the previous release’s history goes to the source it was synced for', () => {
  it.each([
    // demo, keySaved → active kind, keySource
    [{ demo: false, keySaved: true, orgName: 'Acme' }, 'org', 'org-1'],
    [{ demo: false, keySaved: false, orgName: null }, 'org', null],
    [{ demo: true, keySaved: false, orgName: null }, 'demo', null],
    [{ demo: true, keySaved: true, orgName: 'Acme' }, 'demo', null],
  ] as const)('%o → %s history in `uptake`, key source %s', (state, kind, keySource) => {
    const r = adoptLegacy(state, t0, 'org-1');
    expect(registrySchema.parse(r)).toEqual(r);
    expect(activeSource(r).db).toBe('uptake');
    expect(activeSource(r).kind).toBe(kind);
    expect(r.keySource).toBe(keySource);
    expect(r.pendingKey).toBe(false);
    if (kind === 'org') expect(activeSource(r).name).toBe(state.orgName);
  });
});

describe('demo, then a real key, then the demo again', () => {
  const start = adoptLegacy({ demo: false, keySaved: false, orgName: null }, t0, 'org-1');

  it('each step shows its own history, and the first key reuses the empty one', () => {
    const demo = switchToDemo(start, 2_000);
    expect(summary(demo)).toMatchObject({ active: 'demo', db: 'uptake-demo', kind: 'demo' });

    // The key is saved while the demo shows: a new history waits for the key's organisation.
    const keyed = newKeySaved(demo, false, 3_000, 'org-2');
    expect(summary(keyed)).toEqual({
      active: 'org-2',
      db: 'uptake-org-2',
      kind: 'org',
      keySource: null,
      pendingKey: true,
      sources: ['org-1', 'demo', 'org-2'],
    });
    expect(keyed.lastChange?.sentence).toContain('kept apart from Northwind Labs (demo data)');

    const known = identified(keyed, { kind: 'new', orgId: 'uuid-b' }, 4_000);
    expect(known.dropped).toBeNull();
    expect(summary(known.registry)).toMatchObject({
      active: 'org-2',
      keySource: 'org-2',
      pendingKey: false,
    });
    expect(activeSource(known.registry).orgId).toBe('uuid-b');

    const back = switchToDemo(known.registry, 5_000);
    expect(summary(back)).toMatchObject({ active: 'demo', db: 'uptake-demo', keySource: 'org-2' });
    const left = leaveDemo(back, 6_000, 'org-9');
    expect(summary(left)).toMatchObject({ active: 'org-2', db: 'uptake-org-2' });
    expect(left.lastChange?.sentence).toBe(
      "Showing an unnamed organisation again. The demo's history is kept apart.",
    );
  });

  it('a first key on a fresh install waits in the empty history it finds', () => {
    const keyed = newKeySaved(start, true, 2_000, 'org-2');
    expect(summary(keyed)).toMatchObject({ active: 'org-1', db: 'uptake', pendingKey: true });
    expect(keyed.sources).toHaveLength(1);
  });
});

describe('a new key of an organisation already kept (a rotated key)', () => {
  const acme = identified(
    newKeySaved(
      adoptLegacy({ demo: false, keySaved: false, orgName: 'Acme' }, t0, 'org-1'),
      true,
      t0,
      'x',
    ),
    { kind: 'new', orgId: null },
    t0,
  ).registry;

  it('is identified as the same: its history is shown again and the empty pending one dropped', () => {
    const pending = newKeySaved(acme, false, 2_000, 'org-2');
    expect(pending.active).toBe('org-2');
    const { registry, dropped } = identified(
      pending,
      { kind: 'same', sourceId: 'org-1', orgId: 'uuid-a', reason: '290 of 300 members in common' },
      3_000,
    );
    expect(dropped?.db).toBe('uptake-org-2');
    expect(summary(registry)).toEqual({
      active: 'org-1',
      db: 'uptake',
      kind: 'org',
      keySource: 'org-1',
      pendingKey: false,
      sources: ['org-1'],
    });
    expect(activeSource(registry).orgId).toBe('uuid-a');
    expect(registry.lastChange?.sentence).toBe(
      'This key belongs to Acme (290 of 300 members in common): its history on this device continues.',
    );
  });

  it('an undecided verdict only records the question', () => {
    const pending = newKeySaved(acme, false, 2_000, 'org-2');
    const question = [{ id: 'org-1', name: 'Acme', shared: 40, listed: 300 }];
    const { registry } = identified(pending, { kind: 'ask', candidates: question }, 3_000);
    expect(summary(registry)).toMatchObject({ active: 'org-2', pendingKey: true });
    expect(registry.question).toEqual(question);
  });
});

describe('small transitions', () => {
  const r = adoptLegacy({ demo: false, keySaved: true, orgName: 'Acme' }, t0, 'org-1');

  it('forgetting the key keeps the history shown', () => {
    expect(summary(keyForgotten(r))).toMatchObject({ active: 'org-1', keySource: null });
  });
  it('renaming names the active organisation only', () => {
    expect(activeSource(renamed(r, 'Acme Corp')).name).toBe('Acme Corp');
    const demo = switchToDemo(r, 2_000);
    expect(activeSource(renamed(demo, 'Other')).name).toBe('Northwind Labs');
  });
  it('the active source cannot be forgotten; another can', () => {
    const demo = switchToDemo(r, 2_000);
    expect(forgetSource(demo, 'demo')).toBe(demo);
    expect(forgetSource(demo, 'org-1').sources.map((s) => s.id)).toEqual(['demo']);
  });
  it.each([
    [{ kind: 'demo', name: null }, 'Northwind Labs (demo data)'],
    [{ kind: 'org', name: 'Acme' }, 'Acme'],
    [{ kind: 'org', name: null }, 'an unnamed organisation'],
  ] as const)('describeSource(%o) is "%s"', (source, words) => {
    expect(describeSource(source)).toBe(words);
  });
});

describe('sharedShown: a shared history goes to its organisation’s history on this device', () => {
  const acme = adoptLegacy({ demo: false, keySaved: true, orgName: 'Acme' }, t0, 'org-a');
  const acmeKnown: Registry = {
    ...acme,
    sources: acme.sources.map((s) => ({ ...s, orgId: 'acme-id' })),
  };
  const demo = switchToDemo(acmeKnown, t0 + 1);
  it.each([
    // registry, file's orgId → active source, its orgId, sources
    ['Acme (id unknown), file of acme-id', acme, 'acme-id', 'org-a', 'acme-id', ['org-a']],
    ['Acme (acme-id), file of acme-id', acmeKnown, 'acme-id', 'org-a', 'acme-id', ['org-a']],
    [
      'Acme (acme-id), file of other-id',
      acmeKnown,
      'other-id',
      'org-new',
      'other-id',
      ['org-a', 'org-new'],
    ],
    ['demo shown, file of acme-id', demo, 'acme-id', 'org-a', 'acme-id', ['org-a', 'demo']],
    ['demo shown, file naming no id', demo, null, 'org-new', null, ['org-a', 'demo', 'org-new']],
  ] as const)('%s → %s', (_, registry, orgId, active, activeOrgId, sources) => {
    const r = sharedShown(registry, { name: 'Acme', orgId }, t0 + 2, 'org-new');
    expect(registrySchema.parse(r)).toEqual(r);
    expect(r.active).toBe(active);
    expect(activeSource(r)).toMatchObject({ kind: 'org', orgId: activeOrgId, name: 'Acme' });
    expect(r.sources.map((s) => s.id)).toEqual(sources);
    expect(r.keySource).toBe(registry.keySource);
  });
});
