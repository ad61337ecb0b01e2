/**
 * Runs code where Uptake's content script runs: the isolated world named
 * "Uptake" of a claude.ai page (via CDP). Whatever this world can reach, a
 * compromised content script (or code that reads its DOM) can reach too.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Evaluates `expression` in the content script's isolated world of `page`; `{ thrown }` when it throws. */
export async function inContentScriptWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: any) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await expect
    .poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.name === 'Uptake'))
    .toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Uptake')!;
  const result: any = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  return result.exceptionDetails
    ? { thrown: result.exceptionDetails.exception?.description ?? result.exceptionDetails.text }
    : result.result.value;
}
