/**
 * Upgrade from 0.4.0 (the previous release) and 0.3.0 of what they stored and
 * 0.2.0 did not: a ChatGPT import (IndexedDB v3: a period record and columnar chunks,
 * lib/store/chatgpt-v3.ts) and the background's kept insight answers
 * (uptake-state `insightAnswers`, lib/insights/kept-answers.ts). The import
 * must still show; a kept answer is this build's only if this build made it:
 * an update may compute a figure differently (a fix, a new field), so an
 * answer 0.3.0 kept is rebuilt, never served as this build's (0.4.0 kept its answers under its own version,
 * so they are not served either).
 */
import { writeFileSync } from 'node:fs';
import type { MockApi } from '../../lib/demo/mock-api';
import { exportCsv, exportRows } from './chatgpt-exports';
import { expect, test } from './fixtures';
import { expectFiguresEverywhere, orgFigures } from './figures';
import { readStoredState, writeStoredState } from './stored-state';
import { createUpgradeProfile } from './upgrade-harness';
import {
  key,
  latestDay,
  release030,
  release040,
  saveKeyWithOldBuild,
  scenario,
} from './upgrade-scenario';

declare const chrome: any;

/** A whole Sunday–Saturday week inside the 14 kept days (2026-11-11 … 2026-11-24). */
const week = ['2026-11-15', '2026-11-21'] as const;

/** The organisation's member emails on the latest day, from the mock's /users. */
async function memberEmails(mock: MockApi): Promise<string[]> {
  const res = await mock.handle({
    method: 'GET',
    url: `https://api.anthropic.com/v1/organizations/analytics/users?date=${latestDay}&limit=1000`,
    headers: { 'x-api-key': key, 'anthropic-beta': 'analytics-usage-cost-2026-08-24' },
  });
  const body = JSON.parse(res.body) as { data: { user: { email_address: string } }[] };
  return body.data.map((r) => r.user.email_address.toLowerCase()).sort();
}

/** The org's kept answer's monthly actives (undefined while none is kept). */
async function keptMonthlyActives(target: Parameters<typeof readStoredState>[0]) {
  const kept = await readStoredState(target, 'insightAnswers');
  return kept?.answers?.['org|full']?.model?.adoption?.monthly?.actives as number | undefined;
}

for (const release of [release040, release030])
  test(`from ${release.name}: its ChatGPT import still shows, and an insight answer it kept is rebuilt, not served`, async () => {
    test.setTimeout(180_000);
    const { mock, pages } = await scenario();
    const figures = await orgFigures(mock, key);
    const rows = exportRows('Weekly', week[0], week[1], await memberEmails(mock));
    const chatgpt = {
      active: rows.filter((r) => r.active).length,
      seats: rows.filter((r) => r.status === 'enabled').length,
    };
    const profile = createUpgradeProfile();
    try {
      const old = await profile.launch(release.build, { api: mock, pages });
      await saveKeyWithOldBuild(old, 'device', release);
      const options = await old.context.newPage();
      await options.goto(`chrome-extension://${old.extensionId}/options.html`);
      const file = test.info().outputPath('weekly-user-engagement.csv');
      writeFileSync(file, exportCsv(rows));
      await options.getByLabel('Drop CSV files here, or choose them').setInputFiles(file);
      await options.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(options.getByTestId('chatgpt-note')).toHaveText(
        `Imported 1 period, ${rows.length} rows.`,
      );
      // The old build answers the org's model and keeps the answer on disk for a stopped worker.
      const asked = await options.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org' }),
      );
      expect(asked.model.adoption.monthly.actives).toBe(figures.monthlyActives);
      await expect
        .poll(() => keptMonthlyActives(old.serviceWorker), { timeout: 20_000 })
        .toBe(figures.monthlyActives);
      // As if this build computed the figure differently (a fix): the kept answer is marked
      // so that the test sees whether the old build's answer is served.
      const kept = await readStoredState(old.serviceWorker, 'insightAnswers');
      kept.answers['org|full'].model.adoption.monthly.actives = figures.monthlyActives + 1;
      await writeStoredState(old.serviceWorker, { insightAnswers: kept });
      await old.close({ keepProfile: true });

      const next = await profile.launch('current', { api: 'unreachable', pages });
      const view = await next.context.newPage();
      await view.goto(`chrome-extension://${next.extensionId}/options.html`);
      const answer = await view.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org' }),
      );
      expect(answer.model.adoption.monthly.actives).toBe(figures.monthlyActives);
      // What is kept now is this build's answer.
      await expect
        .poll(() => keptMonthlyActives(next.serviceWorker), { timeout: 20_000 })
        .toBe(figures.monthlyActives);
      await expectFiguresEverywhere(next.context, next.extensionId, figures);

      // The ChatGPT period the old build imported: listed in options, its figures in the Tools view.
      const listed = view.getByTestId('chatgpt-imported-period');
      await expect(listed).toHaveCount(1);
      await expect(listed).toContainText(`Week ${week[0]}`);
      await expect(listed).toContainText(`User Engagement${rows.length}`);
      const tools = await next.context.newPage();
      await tools.goto(`chrome-extension://${next.extensionId}/companion.html#view=tools`);
      await expect(tools.getByTestId('tools-view')).toBeVisible({ timeout: 60_000 });
      await tools.getByTestId('tools-period').selectOption(`weekly:${week[0]}:${week[1]}`);
      const cell = tools.getByTestId('tools-row-org').getByTestId('tools-chatgpt');
      await expect(cell).toHaveAttribute('data-active', String(chatgpt.active));
      await expect(cell).toHaveAttribute('data-seats', String(chatgpt.seats));
      await expect(cell).toContainText(`${chatgpt.active} of ${chatgpt.seats}`);
      await next.close();
    } finally {
      profile.dispose();
    }
  });
