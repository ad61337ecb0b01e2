/**
 * zod, with its JIT switched off — what `import … from 'zod'` resolves to in
 * the extension build (wxt.config.ts aliases `zod` here).
 *
 * zod 4 compiles a fast parser for each object schema with `new Function`
 * unless `jitless` is set before the schema is created. Extension pages and
 * workers may not evaluate strings as code (Chromium's MV3 CSP refuses it, and
 * Firefox's reviewers flag it), so every schema in Uptake is created jitless:
 * this module's body runs before the body of any module that imports zod. The
 * `new Function` text stays in zod's bundled code, unreachable; docs/store.md
 * explains the linter warning it causes.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });

export * from 'zod/v4';
export { default } from 'zod/v4';
