/**
 * What the admin does that changes the data source, as the background runs
 * it: each stops the running sync first (no write may land in the history
 * being left), changes the source (lib/store/source-switch.ts), and starts a
 * sync of the source now shown.
 */
import { readApiKey, saveApiKey, type KeyPersistence } from '@/lib/store/secrets';
import { writeSettings } from '@/lib/store/settings';
import { answerQuestion, matchSourceToMode, onNewKey } from '@/lib/store/source-switch';
import type { SyncController } from './controller';

/**
 * Saves `key` and syncs it. A key other than the saved one (or the first)
 * gets a history of its own until its organisation is identified: a rotated
 * key of a kept organisation finds that history again (place-key.ts).
 */
export async function saveKeyAndSync(
  controller: SyncController,
  key: string,
  persistence: KeyPersistence,
): Promise<void> {
  await controller.switchSource(async () => {
    const before = await readApiKey();
    await saveApiKey(key, persistence);
    if (before?.key !== key.trim()) await onNewKey();
    await writeSettings({ demo: false });
  });
  void controller.start();
}

/** Demo mode on or off: the demo's own history, or the organisation's again; then a sync. */
export async function setDemoAndSync(controller: SyncController, enabled: boolean): Promise<void> {
  await controller.switchSource(async () => {
    await writeSettings({ demo: enabled });
    await matchSourceToMode(enabled);
  });
  void controller.start();
}

/** The admin said which organisation the key is for (a kept history's id, or 'new'); then a sync. */
export async function answerAndSync(controller: SyncController, answer: string): Promise<void> {
  await controller.switchSource(() => answerQuestion(answer).then(() => undefined));
  void controller.start();
}
