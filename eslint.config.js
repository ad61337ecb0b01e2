// One linter, run by `npm test`. Beyond the recommended rules it guards the
// boundaries of the design (see STYLE.md): what may import what, and where
// the network may be touched.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noStorageOrApi = {
  patterns: [
    { group: ['@/lib/api', '@/lib/api/*'], message: 'Only the background talks to the API.' },
    {
      group: ['@/lib/store', '@/lib/store/*'],
      message: 'Only the background and extension pages open the store.',
    },
    { group: ['@/lib/sync', '@/lib/sync/*'], message: 'Only the background runs the sync engine.' },
    { group: ['idb'], message: 'IndexedDB lives behind lib/store.' },
  ],
};

// Extension pages' settings writes go through the background (to-background:write-settings).
const settingsWriteMessage =
  'Send to-background:write-settings: the background checks every write.';
const settingsWrites = [
  { name: '@/lib/store/settings', importNames: ['writeSettings'], message: settingsWriteMessage },
  {
    name: '@/lib/store/managed',
    importNames: ['writeSettingsUnderPolicy', 'enforcePolicy'],
    message: settingsWriteMessage,
  },
  { name: '@/lib/store/settings-patch', message: settingsWriteMessage },
];

// The companion page reads no history itself (issue 11, the gate).
const companionHistoryReads = {
  group: [
    '@/lib/store/history',
    '@/lib/store/user-days',
    '@/lib/store/activity',
    '@/lib/store/summaries',
    '@/lib/insights/companion-reads',
  ],
  message:
    'The companion asks the background (to-background:get-companion-digest, get-companion-spend, get-org-summary-series).',
};

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      '.tmp/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'demo-screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JS runs in Node (scripts, configs).
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
      },
    },
  },
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // `fetch(` only in lib/api (and the demo transport that stands in for it).
    files: ['lib/**/*.ts', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.tsx'],
    ignores: ['lib/api/**', 'lib/demo/**'],
    rules: { 'no-restricted-globals': ['error', 'fetch'] },
  },
  {
    // No HTML from strings in shipped code: Preact renders every node. Firefox's
    // reviewers flag innerHTML (docs/store.md); the one in Preact's bundle runs only
    // for dangerouslySetInnerHTML, which this keeps out of Uptake.
    files: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render nodes with Preact; no HTML strings (docs/store.md).',
        },
        {
          selector:
            "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/], CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render nodes with Preact; no HTML strings (docs/store.md).',
        },
      ],
    },
  },
  {
    // Pure metrics: no browser, storage, network or clock.
    files: ['lib/metrics/**/*.ts'],
    ignores: ['lib/metrics/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // lib/chatgpt/records.ts holds types only (the ChatGPT export's records, issue 13).
              group: [
                '@/lib/*',
                '!@/lib/metrics',
                '!@/lib/metrics/*',
                '!@/lib/chatgpt',
                '@/lib/chatgpt/*',
                '!@/lib/chatgpt/records',
              ],
              message: 'lib/metrics is pure.',
            },
            { group: ['idb', 'wxt/*', 'webextension-polyfill'], message: 'lib/metrics is pure.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'fetch',
        'indexedDB',
        'browser',
        'chrome',
        'document',
        'window',
        'localStorage',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass time in; lib/metrics has no clock.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass time in; lib/metrics has no clock.',
        },
      ],
    },
  },
  {
    // Extension pages never write settings themselves: they send to-background:write-settings,
    // and the background checks every patch (lib/store/settings-patch.ts, issue 11 item 7).
    files: ['entrypoints/{options,popup,companion}/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: settingsWrites }] },
  },
  {
    // Issue 11, the gate: the companion page reads no member days, spend rows or summaries
    // itself; the background builds them through the publication gate
    // (lib/insights/companion-reads.ts). tests/unit/companion-imports.test.ts follows the graph.
    // (One rule per file in flat config: the settings-write paths above are repeated here.)
    files: ['entrypoints/companion/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: settingsWrites, patterns: [companionHistoryReads] },
      ],
    },
  },
  {
    // Tests of the companion may write settings, never read history either.
    files: ['entrypoints/companion/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [companionHistoryReads] }] },
  },
  {
    // Content script, overlay features and presentational components never
    // touch the key, the API or the store.
    files: [
      'entrypoints/analytics.content/**/*.{ts,tsx}',
      'components/**/*.{ts,tsx}',
      'lib/overlay/**/*.ts',
      'lib/claude/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', noStorageOrApi],
      'no-restricted-globals': ['error', 'fetch', 'indexedDB'],
    },
  },
);
