/**
 * Issue 13: importing ChatGPT Enterprise exports in options, in Chromium.
 * Files are generated in the test (lib/chatgpt/export-csv.ts) with dates from
 * the browser's clock, so the spec holds at any date and under +400 days.
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { sampleUserEngagement } from '../../lib/chatgpt/fixtures/reference-samples';

test('smoke: the reference sample imports in options', async ({ openExtensionPage }, testInfo) => {
  const file = testInfo.outputPath('users.csv');
  writeFileSync(file, sampleUserEngagement);
  const options = await openExtensionPage('options.html');
  await options.getByLabel('Drop CSV files here, or choose them').setInputFiles(file);
  await expect(options.getByTestId('chatgpt-preview')).toContainText('User Engagement');
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByTestId('chatgpt-note')).toContainText('Imported 1 period, 5 rows.');
  await expect(options.getByTestId('chatgpt-imported-period')).toHaveCount(1);
});
