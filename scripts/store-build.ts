/**
 * What a store package needs beyond the code, added to every build by WXT
 * hooks (wxt.config.ts): the icon PNGs rendered from `public/icon*.svg`
 * (scripts/icons.ts), the manifest's `icons` and toolbar `default_icon`, and
 * Firefox's `browser_specific_settings.gecko` (add-on id, minimum version,
 * data-collection declaration). See docs/store.md for why each value is what
 * it is.
 */
import path from 'node:path';
import type { Wxt, WxtHooks } from 'wxt';
import { iconFiles, iconSources, renderIcons } from './icons';

/**
 * Uptake's Firefox add-on id. Fixed forever: Firefox keys updates, storage and
 * enterprise policies (ExtensionSettings, managed storage under `3rdparty`) by
 * it. A GUID, since Uptake has no domain of its own for an email-style id.
 */
export const geckoId = '{acbbb871-df3d-4fcd-9887-f823eca6241e}';

/**
 * Firefox's built-in data consent. Uptake sends one thing outside the browser:
 * the admin's Analytics API key, to api.anthropic.com, to authenticate its
 * reads. It sends no analytics, telemetry or page content anywhere.
 */
export const dataCollectionPermissions = { required: ['authenticationInfo'] };

/**
 * The oldest Firefox that understands `data_collection_permissions` (older
 * versions refuse a manifest carrying it): 140 on desktop, 142 on Android.
 */
export const firefoxMinVersion = { desktop: '140.0', android: '142.0' };

type Manifest = Record<string, any>;

/** Adds the icons, and Firefox's settings when building for Firefox. */
export function completeManifest(manifest: Manifest, browser: string): void {
  manifest.icons = { ...iconFiles };
  // MV3 has `action`; WXT turns it into `browser_action` for Firefox's MV2.
  for (const key of ['action', 'browser_action'])
    if (manifest[key]) manifest[key].default_icon = { ...iconFiles };
  if (browser === 'firefox') {
    manifest.browser_specific_settings = {
      gecko: {
        id: geckoId,
        strict_min_version: firefoxMinVersion.desktop,
        data_collection_permissions: dataCollectionPermissions,
      },
      gecko_android: { strict_min_version: firefoxMinVersion.android },
    };
  }
}

/** The WXT hooks: render the icons into the build, complete the manifest. */
export const storeHooks: Partial<WxtHooks> = {
  'build:publicAssets': (wxt: Wxt, files) => {
    // The SVG sources stay in the repo; the package carries the PNGs.
    for (let i = files.length - 1; i >= 0; i -= 1)
      if ((iconSources as readonly string[]).includes(files[i]!.relativeDest)) files.splice(i, 1);
    files.push(...renderIcons(wxt.config.publicDir, path.join(wxt.config.wxtDir, 'icons')));
  },
  'build:manifestGenerated': (wxt: Wxt, manifest) => {
    completeManifest(manifest as Manifest, wxt.config.browser);
  },
};

/**
 * The source archive addons.mozilla.org asks for (`wxt zip -b firefox`): the
 * repository as committed, without what runs leave behind locally.
 */
export const sourceArchiveExcludes = [
  'demo-screenshots/**',
  'test-results/**',
  'playwright-report/**',
  '.tmp/**',
  '.reports/**',
  'bench-results.json',
  '**/*.log',
];
