// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memberDayDetail } from './detail';
import { dayIndex } from './dates';
import { userRef } from './member-day';
import { createDemoOrg } from './org';
import { UserRowAccumulator } from './user-row';
import { userRowJson, zeroRowJson } from './user-row-json';

const org = createDemoOrg({ members: 200, seed: 11 });

describe('fast /users row JSON', () => {
  it('equals JSON.stringify of the row object, for single days and rollups', () => {
    let checked = 0;
    for (const m of org.members.slice(0, 60)) {
      const acc = new UserRowAccumulator();
      for (let d = dayIndex('2026-11-01'); d <= dayIndex('2026-11-14'); d++) {
        const detail = memberDayDetail(org, m, d);
        const one = new UserRowAccumulator();
        one.add(detail);
        expect(userRowJson(one, m)).toBe(JSON.stringify(one.toRow(userRef(m), false)));
        acc.add(detail);
        checked++;
      }
      expect(userRowJson(acc, m)).toBe(JSON.stringify(acc.toRow(userRef(m), false)));
    }
    expect(checked).toBe(840);
  });

  it('has an all-zero row for inactive days with last_activity_date null', () => {
    const m = org.members[0]!;
    const row = JSON.parse(zeroRowJson(m));
    expect(row).toEqual(new UserRowAccumulator().toRow(userRef(m), false));
    expect(row.last_activity_date).toBeNull();
    expect(row.cowork_metrics.file_edit_count).toBeNull();
    expect(row.office_metrics.outlook.message_count).toBe(0);
  });
});
