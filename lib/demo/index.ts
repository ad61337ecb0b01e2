// Public surface of the demo organisation generator.
export { createDemoOrg, resolveOptions, type DemoOrg, type DemoOrgCore } from './org';
export { memberDay, userRef } from './member-day';
export { memberDayDetail, type MemberDayDetail } from './detail';
export { activityMask } from './activity';
export {
  summaryRows,
  assignedSeats,
  pendingInvites,
  adoptionRate,
  seriesCounts,
} from './summaries';
export { ensureBits, groupsOn, holdsGroup } from './bitsets';
export { dayIndex, dayString, parseDay, FIRST_DAY } from './dates';
export { latestDayAt, STRUCTURE_DAY, STRUCTURE_HORIZON } from './calendar';
export type * from './org-types';
export { PRODUCT, CORE_PRODUCTS, PRODUCT_KEYS, OFFICE_APPS } from './org-types';
export type * from './types';
