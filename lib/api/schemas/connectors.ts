/**
 * `GET /v1/organizations/analytics/connectors` — connector (MCP) usage, one row per normalised
 * connector name (per connector × group when grouped). Reference §5.5, SDK type
 * `AnalyticsConnectorActivity`.
 *
 * Strict: `connector_name` and `distinct_user_count`; auth and read/write splits are null while
 * their reporting is off, so they are nullish.
 */
import { z } from 'zod';
import {
  count,
  groupKeys,
  identity,
  optionalCount,
  optionalString,
  pageEnvelope,
} from '@/lib/api/schemas/common';

const sessions = z.looseObject({ distinct_session_connector_used_count: optionalCount });
const conversations = z.looseObject({ distinct_conversation_connector_used_count: optionalCount });

/** One connector's activity. */
export const connectorActivity = z.looseObject({
  connector_name: identity,
  connector_display_name: optionalString,
  distinct_user_count: count,
  managed_auth_distinct_user_count: optionalCount,
  individual_auth_distinct_user_count: optionalCount,
  read_call_count: optionalCount,
  write_call_count: optionalCount,
  unclassified_call_count: optionalCount,
  chat_metrics: conversations.nullish(),
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
    .looseObject({ chat: conversations.nullish(), sessions: sessions.nullish() })
    .nullish(),
  ...groupKeys,
});
export type ConnectorActivity = z.output<typeof connectorActivity>;

/** The `/connectors` page. */
export const connectorsPage = pageEnvelope(connectorActivity);
