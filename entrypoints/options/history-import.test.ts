/**
 * The note after a history import says both what it brought of the Claude
 * history (records) and of the ChatGPT imports (periods): before, a file
 * whose ChatGPT periods were all it added read "0 records".
 */
import { describe, expect, it } from 'vitest';
import { importNote } from './history-import';

const written = (summaries: number, userDays: number) =>
  ({ summaries, userDays }) as unknown as Parameters<typeof importNote>[1]['written'];

describe('importNote', () => {
  it.each([
    // records (summaries + member days), ChatGPT periods, mode → the note
    [
      3,
      1201,
      2,
      'merge',
      'Imported h.ndjson: 1,204 history records and 2 ChatGPT periods (merge).',
    ],
    [1, 0, 1, 'replace', 'Imported h.ndjson: 1 history record and 1 ChatGPT period (replace).'],
    [
      10,
      90,
      0,
      'replace',
      'Imported h.ndjson: 100 history records and no ChatGPT periods (replace).',
    ],
    [0, 0, 3, 'merge', 'Imported h.ndjson: 0 history records and 3 ChatGPT periods (merge).'],
  ] as const)('%i + %i records, %i periods, %s', (summaries, userDays, periods, mode, note) => {
    expect(
      importNote('h.ndjson', {
        mode,
        written: written(summaries, userDays),
        chatgptPeriods: periods,
      }),
    ).toBe(note);
  });
});
