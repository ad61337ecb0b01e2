import { beforeEach, describe, expect, it } from 'vitest';
import { putGroupActivity, readGroupActivity } from '@/lib/store/activity';
import { groupActivitySchema } from '@/lib/store/record-schemas';
import { freshHistory } from '@/lib/store/test-support';

beforeEach(freshHistory);

const window = { groupId: 'rbac_group_eng', startDay: '2026-10-26', endDay: '2026-11-25' };

describe('group activity with feature totals (added in 0.2.0)', () => {
  it('reads a record stored before feature totals existed', () => {
    const old = { ...window, distinctActive: 121, fetchedAt: 1 };
    expect(groupActivitySchema.parse(old)).toEqual(old);
  });

  it('stores and reads back the totals', async () => {
    const featureUse = { cowork: 607, connectors: 35, skills: null, projects: 0 };
    await putGroupActivity([{ ...window, distinctActive: 121, featureUse, fetchedAt: 2 }]);
    const [read] = await readGroupActivity({ fromDay: '2026-10-26', toDay: '2026-10-26' });
    expect(read).toMatchObject({ distinctActive: 121, featureUse });
  });

  it('refuses a negative total with a sentence, and writes nothing', async () => {
    const bad = { cowork: -1, connectors: 0, skills: 0, projects: 0 };
    await expect(
      putGroupActivity([{ ...window, distinctActive: 1, featureUse: bad, fetchedAt: 3 }]),
    ).rejects.toThrow(/Group activity row 1/);
    expect(await readGroupActivity({ fromDay: '2026-10-26', toDay: '2026-10-26' })).toEqual([]);
  });
});
