import { createRouter } from '@/lib/messages/router';
import { readSettings } from '@/lib/store/settings';

export default defineBackground(() => {
  const router = createRouter(
    {
      'to-background:get-status': async () => {
        const settings = await readSettings();
        return {
          orgName: settings.orgName,
          mode: settings.demo ? 'demo' : 'no-key',
          latestDay: null,
          lastSync: null,
        };
      },
      'to-background:page-recognised': async () => ({ acknowledged: true }),
    },
    browser.runtime.id,
  );
  browser.runtime.onMessage.addListener(router);
});
