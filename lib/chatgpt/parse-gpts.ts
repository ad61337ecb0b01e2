/**
 * One GPT Engagement row → ChatgptGptPeriod (lib/chatgpt/records.ts), read
 * by column name (reference §2b). `gpt_id` is required; `config_type`
 * (`live`/`draft`, present only in some files) is lower-cased, null when the
 * column is absent or blank; the creator's email is lower-cased. A blank
 * `is_active` reads as inactive (activity fields are filled only from
 * 2024-09-08).
 */
import { readCount, readFlag, readText } from '@/lib/chatgpt/cells';
import type { ChatgptGptPeriod } from '@/lib/chatgpt/records';
import { RowProblem, type RowReader } from '@/lib/chatgpt/row-reader';
import { readPeriod } from '@/lib/chatgpt/parse-users';

export function readGptRow(row: RowReader): ChatgptGptPeriod {
  const period = readPeriod(row);
  const gptId = row.raw('gpt_id').trim();
  if (!gptId) throw new RowProblem('gpt_id', 'The gpt_id is blank.');
  return {
    // Named, not spread: `{ ...period, 22 more }` took V8's slow path (~100 µs a row).
    cadence: period.cadence,
    start: period.start,
    end: period.end,
    periodKey: period.periodKey,
    gptId,
    gptName: readText(row.raw('gpt_name')),
    configType: readText(row.raw('config_type'))?.toLowerCase() ?? null,
    creatorEmail: readText(row.raw('gpt_creator_email'))?.toLowerCase() ?? null,
    isActive: row.field('is_active', readFlag) ?? false,
    messagesWorkspace: row.field('messages_workspace', readCount),
    uniqueMessagersWorkspace: row.field('unique_messagers_workspace', readCount),
  };
}
