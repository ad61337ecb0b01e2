/**
 * Token counters and money shared by the usage and cost reports (§6, §7).
 *
 * Strict: the uncached-input, cache-read and output token counts, and the cost `amount` (decimal
 * string of cents). Cache-creation split, web searches and request counts are nullish.
 */
import { z } from 'zod';
import {
  count,
  decimalString,
  optionalCount,
  optionalString,
  reported,
} from '@/lib/api/schemas/common';

/** Token counters of one row (`BetaAnalyticsUsageMetrics` without `total_tokens`). */
export const tokenCounters = {
  uncached_input_tokens: count,
  cache_creation: z
    .looseObject({
      ephemeral_5m_input_tokens: optionalCount,
      ephemeral_1h_input_tokens: optionalCount,
    })
    .nullish(),
  cache_read_input_tokens: count,
  output_tokens: count,
  server_tool_use: z.looseObject({ web_search_requests: optionalCount }).nullish(),
  requests: optionalCount,
};

/** Money of one row: amounts are decimal strings of cents (`"41280.000000"` = $412.80). */
export const costFields = {
  amount: reported(decimalString),
  list_amount: decimalString.nullish(),
  currency: optionalString,
  requests: optionalCount,
};
