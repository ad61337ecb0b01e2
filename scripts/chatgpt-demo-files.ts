/**
 * `npm run demo:chatgpt-files [folder] [--org-size N]`: writes the demo
 * organisation's ChatGPT Enterprise exports (User Engagement and GPT
 * Engagement CSVs in the real export format, lib/demo/chatgpt-export.ts) to
 * `folder` (default `demo-chatgpt/`), for trying the import in options →
 * ChatGPT Enterprise. The periods are the last 6 complete weeks and 3
 * complete months before the demo API's latest day today, so they match
 * what `npm run demo` syncs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDemoOrg, dayString, latestDayAt } from '../lib/demo';
import { demoChatgptExports } from '../lib/demo/chatgpt-export';
import { DemoArgsError, parseDemoArgs } from './demo-args';

const args = process.argv.slice(2);
const folder = path.resolve(
  args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'demo-chatgpt',
);
const { orgSize, groups } = (() => {
  try {
    return parseDemoArgs(args.filter((a) => a.startsWith('--') || /^\d+$/.test(a)));
  } catch (e) {
    if (!(e instanceof DemoArgsError)) throw e;
    console.error(e.message);
    process.exit(2);
  }
})();

const org = createDemoOrg({ members: orgSize, groups });
const latest = dayString(latestDayAt(Date.now()));
mkdirSync(folder, { recursive: true });
for (const file of demoChatgptExports(org, latest)) {
  writeFileSync(path.join(folder, file.name), file.text);
  console.log(`${path.join(folder, file.name)}  (${(file.text.length / 1024).toFixed(0)} KB)`);
}
console.log(`ChatGPT exports of the demo organisation (${orgSize} members) before ${latest}.`);
