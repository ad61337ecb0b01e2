/**
 * The store reads its active history from `browser.storage.local` (lib/store/active-history.ts);
 * under vitest WXT provides `browser`, under `tsx` nothing does. Node benchmarks that run the real
 * store import this first: WXT's in-memory fake browser as the global `browser`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { browser?: unknown }).browser ??= fakeBrowser;
