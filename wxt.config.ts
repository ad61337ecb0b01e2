import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { sourceArchiveExcludes, storeHooks } from './scripts/store-build';
import { privacyPagePlugin } from './scripts/privacy-page';
import { chartTreeShakingPlugin } from './scripts/chart-tree-shaking';

/**
 * Uptake's build.
 *
 * Production builds talk to https://api.anthropic.com only. Builds made with
 * UPTAKE_E2E=1 (end-to-end tests and the demo) may also reach a loopback mock
 * API, so only those builds get the loopback host permission.
 */
const allowLoopbackApi = process.env.UPTAKE_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // `wxt` (dev) must not try to launch a browser of its own.
  webExt: { disabled: true },
  // Icons rendered from public/icon*.svg, and Firefox's add-on id and data declaration
  // (scripts/store-build.ts, docs/store.md).
  hooks: storeHooks,
  // The hooks add both after WXT's own check of the manifest, which would warn otherwise.
  suppressWarnings: { firefoxDataCollection: true, firefoxId: true },
  zip: { excludeSources: sourceArchiveExcludes },
  vite: () => ({
    // privacyPagePlugin: docs/privacy.md rendered into privacy.html at build time.
    // chartTreeShakingPlugin: the lazy chart chunk keeps only the chart.js parts Uptake registers.
    plugins: [preact(), privacyPagePlugin(), chartTreeShakingPlugin()],
    // Every zod schema is created with zod's JIT off (no `new Function`): lib/zod-jitless.ts.
    resolve: { alias: [{ find: /^zod$/, replacement: path.resolve('lib/zod-jitless.ts') }] },
    define: { __UPTAKE_ALLOW_LOOPBACK_API__: JSON.stringify(allowLoopbackApi) },
  }),
  manifest: {
    name: 'Uptake',
    description:
      'Adoption targets, AI champions and enablement suggestions beside the native Claude Enterprise analytics pages.',
    permissions: [
      // Settings, the API key (session-only keys use storage.session) and sync state.
      'storage',
      // Scheduled syncs that survive the service worker being stopped.
      'alarms',
      // Review reminders the admin switches on (weekly, then monthly); a click opens the checklist.
      'notifications',
      // In-app navigation to Analytics (no page load): the background injects the overlay into
      // that claude.ai tab when the bootstrap asks (lib/overlay/inject.ts). No warning of its own.
      'scripting',
    ],
    host_permissions: [
      // The only network host Uptake reads: the Claude Enterprise Analytics API.
      'https://api.anthropic.com/*',
      ...(allowLoopbackApi ? ['http://127.0.0.1/*'] : []),
      // The same site the content scripts run on; scripting.executeScript needs it as a host
      // permission. Its warning ("Read and change your data on claude.ai") is the content scripts'.
      'https://claude.ai/*',
    ],
    // Issue 14 item 3: the organisation's own host of a shared history, asked for one host at a
    // time when the admin saves its URL in options (lib/shared-source); nothing is granted at install.
    optional_host_permissions: ['https://*/*'],
    action: { default_title: 'Uptake' },
    // The claude.ai bootstrap (entrypoints/claude-bootstrap.ts) on every claude.ai page, top frame:
    // brings the overlay in on in-app navigation. WXT adds the overlay's own entry after this one.
    content_scripts: [
      { matches: ['https://claude.ai/*'], js: ['claude-bootstrap.js'], run_at: 'document_idle' },
    ],
    // Enterprise policy (storage.managed): see public/managed_schema.json and docs/enterprise.md.
    storage: { managed_schema: 'managed_schema.json' },
  },
});
