import { describe, expect, it } from 'vitest';
import type { Champion, InsightModel } from '@/lib/metrics/insight-types';
import { championIndex } from './champion-badge';

const champ = (memberId: string, email: string | null, nameKey: string | null) =>
  ({ memberId, email, nameKey }) as Champion;
const model = (champions: Champion[]) =>
  ({ champions: { shown: true, champions } }) as unknown as InsightModel;

// Issue 11 item 9: a row showing only "John Smith" gets the badge only when no
// other member of the org is a John Smith (the background sets nameKey to null).
describe('championIndex', () => {
  it.each([
    ['a name unique in the org', champ('u1', 'john.smith@a.x', 'john smith'), ['john smith']],
    ['a name another member shares', champ('u1', 'john.smith@a.x', null), []],
    ['no email, no name', champ('u1', null, null), []],
  ])('%s', (_, c, names) => {
    const idx = championIndex(model([c]));
    expect([...idx.byName.keys()]).toEqual(names);
    expect([...idx.byEmail.keys()]).toEqual(c.email ? [c.email] : []);
  });
});
