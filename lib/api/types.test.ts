/** Type-level checks (run by `tsc --noEmit`): what callers see of the parsed rows. */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ActivitySummary,
  ApiErrorKind,
  CostItem,
  EngagementPage,
  ReportPage,
  SkillActivity,
  UserActivity,
} from '@/lib/api';
import type { AnalyticsClient } from '@/lib/api/client';

describe('parsed types', () => {
  it('strict fields are present (null = not reported), lenient ones nullish, unknown keys visible', () => {
    expectTypeOf<NonNullable<UserActivity['user']>['email_address']>().toEqualTypeOf<
      string | null
    >();
    type Chat = NonNullable<UserActivity['chat_metrics']>;
    expectTypeOf<Chat['message_count']>().toEqualTypeOf<number | null>();
    expectTypeOf<Chat['distinct_conversation_count']>().toEqualTypeOf<number | null>();
    expectTypeOf<UserActivity['web_search_count']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<UserActivity>().toHaveProperty('some_future_key');
    expectTypeOf<ActivitySummary['date']>().toEqualTypeOf<string | null>();
    expectTypeOf<ActivitySummary['assigned_seat_count']>().toEqualTypeOf<number | null>();
    expectTypeOf<NonNullable<CostItem['cost']>['amount']>().toEqualTypeOf<string | null>();
  });

  it('open enums offer their known values and accept any string', () => {
    expectTypeOf<'private'>().toExtend<NonNullable<SkillActivity['share_status']>>();
    expectTypeOf<'brand-new'>().toExtend<NonNullable<SkillActivity['share_status']>>();
  });

  it('client methods return typed pages', () => {
    expectTypeOf<ReturnType<AnalyticsClient['listUsers']>>().resolves.toEqualTypeOf<
      EngagementPage<UserActivity>
    >();
    expectTypeOf<ReturnType<AnalyticsClient['listCost']>>().resolves.toEqualTypeOf<
      ReportPage<CostItem>
    >();
    expectTypeOf<ApiErrorKind>().toEqualTypeOf<
      | 'auth'
      | 'rate-limit'
      | 'overloaded'
      | 'not-yet-available'
      | 'schema'
      | 'network'
      | 'http'
      | 'cursor'
    >();
  });
});
