import { render } from 'preact';
import './style.css';
import { PageMark, type PageMarkProps } from '@/components/page-mark';
import { detectAnalyticsPage, isEnhancedPage } from '@/lib/claude/pages';
import { sendToBackground } from '@/lib/messages/send';

export default defineContentScript({
  matches: ['https://claude.ai/analytics/*', 'https://claude.ai/admin-settings/usage*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    let ui: Awaited<ReturnType<typeof createShadowRootUi>> | null = null;

    const evaluate = async () => {
      ui?.remove();
      ui = null;
      const page = detectAnalyticsPage(location.href);
      if (!isEnhancedPage(page)) return;

      let props: PageMarkProps = { pageKind: page.kind, orgName: null, mode: 'unavailable' };
      try {
        void sendToBackground({ type: 'to-background:page-recognised', pageKind: page.kind });
        const status = await sendToBackground({ type: 'to-background:get-status' });
        props = { pageKind: page.kind, orgName: status.orgName, mode: status.mode };
      } catch {
        // The background may be restarting; the mark still says the page was recognised.
      }
      if (ctx.isInvalid) return;

      ui = await createShadowRootUi(ctx, {
        name: 'uptake-page-mark',
        position: 'overlay',
        alignment: 'bottom-right',
        zIndex: 2147483000,
        anchor: 'body',
        onMount: (container, _shadow, host) => {
          host.dataset.uptake = 'page-mark';
          host.style.position = 'fixed';
          host.style.right = '16px';
          host.style.bottom = '16px';
          render(<PageMark {...props} />, container);
        },
        onRemove: (container) => container && render(null, container),
      });
      ui.mount();
    };

    ctx.addEventListener(window, 'wxt:locationchange', () => void evaluate());
    await evaluate();
  },
});
