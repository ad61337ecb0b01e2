/**
 * `npm run demo`'s ChatGPT side (issue 13): writes the demo organisation's
 * ChatGPT exports to demo-chatgpt/ and imports them in options → ChatGPT
 * Enterprise, as an admin would (the same parser, in the page's worker).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createDemoOrg, dayString, latestDayAt, type DemoOrgOptions } from '../lib/demo';
import { demoChatgptExports } from '../lib/demo/chatgpt-export';

export async function importDemoChatgptFiles(options: Page, org: DemoOrgOptions): Promise<void> {
  const folder = path.resolve('demo-chatgpt');
  mkdirSync(folder, { recursive: true });
  const files = demoChatgptExports(createDemoOrg(org), dayString(latestDayAt(Date.now()))).map(
    (file) => {
      const where = path.join(folder, file.name);
      writeFileSync(where, file.text);
      return where;
    },
  );
  await options.getByLabel('Drop CSV files here, or choose them').setInputFiles(files);
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  const note = options.getByTestId('chatgpt-note');
  await note.waitFor({ timeout: 60_000 });
  console.log(`ChatGPT exports (${files.length} files in ${folder}): ${await note.textContent()}`);
}
