/**
 * `GET /v1/organizations/analytics/skills` — skill usage, one row per skill (per skill × group when
 * grouped). Reference §5.4, SDK type `AnalyticsSkillActivity`.
 *
 * Strict: `skill_name` and `distinct_user_count`. Money (`estimated_overage_spend`,
 * `attributed_list_price`) stays a decimal string of cents.
 */
import { z } from 'zod';
import {
  count,
  decimalString,
  groupKeys,
  identity,
  openEnum,
  optionalCount,
  optionalString,
  pageEnvelope,
} from '@/lib/api/schemas/common';

const sessions = z.looseObject({ distinct_session_skill_used_count: optionalCount });

/** One skill's activity. */
export const skillActivity = z.looseObject({
  skill_name: identity,
  skill_display_name: optionalString,
  share_status: openEnum(['private', 'organization', 'public']).nullish(),
  distinct_user_count: count,
  invocation_count: optionalCount,
  enable_count: optionalCount,
  estimated_overage_spend: decimalString.nullish(),
  attributed_list_price: decimalString.nullish(),
  currency: optionalString,
  chat_metrics: z.looseObject({ distinct_conversation_skill_used_count: optionalCount }).nullish(),
  claude_code_metrics: sessions.nullish(),
  cowork_metrics: sessions.nullish(),
  office_metrics: z
    .looseObject({
      excel: sessions.nullish(),
      powerpoint: sessions.nullish(),
      word: sessions.nullish(),
      outlook: sessions.nullish(),
    })
    .nullish(),
  chat_cowork_unified_metrics: z
    .looseObject({
      chat: z.looseObject({ distinct_conversation_skill_used_count: optionalCount }).nullish(),
      sessions: sessions.nullish(),
    })
    .nullish(),
  ...groupKeys,
});
export type SkillActivity = z.output<typeof skillActivity>;

/** The `/skills` page. */
export const skillsPage = pageEnvelope(skillActivity);
