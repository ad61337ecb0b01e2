/**
 * `GET /v1/organizations/analytics/plugins` — Cowork and Claude Code plugin usage, one row per
 * plugin (per plugin × group when grouped). `plugin_name: "third-party"` is an aggregate bucket, not
 * a plugin. Reference §5.6, SDK type `AnalyticsPluginActivity`.
 *
 * Strict: `plugin_name`, `distinct_user_count`, `invocation_count`.
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

const sessions = z.looseObject({ distinct_session_plugin_used_count: optionalCount });

/** One plugin's activity. */
export const pluginActivity = z.looseObject({
  plugin_name: identity,
  plugin_id: optionalString,
  distinct_user_count: count,
  install_count: optionalCount,
  invocation_count: count,
  claude_code_metrics: sessions.nullish(),
  cowork_metrics: sessions.nullish(),
  chat_cowork_unified_metrics: sessions.nullish(),
  ...groupKeys,
});
export type PluginActivity = z.output<typeof pluginActivity>;

/** The `/plugins` page. */
export const pluginsPage = pageEnvelope(pluginActivity);
