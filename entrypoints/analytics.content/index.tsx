export default defineContentScript({
  matches: ['https://claude.ai/analytics/*', 'https://claude.ai/admin-settings/usage*'],
  main() {
    document.documentElement.dataset.uptakeRan = 'true';
  },
});
