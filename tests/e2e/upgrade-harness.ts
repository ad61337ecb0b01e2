/**
 * Upgrade from the previous release, as a browser sees it: one profile, one
 * extension directory, the previous build first and the current build after.
 *
 * Unpacked extensions take their id (and so their IndexedDB, storage.local and
 * storage.session) from their directory's path, so both builds are installed
 * into the same directory in turn. The previous build is the archive named in
 * tests/fixtures/releases/previous.txt (no git history needed); the current
 * build is `.output/chrome-mv3` (run `npm run build` first).
 *
 * @example
 * const profile = createUpgradeProfile();
 * const old = await profile.launch('previous', { api: mock, pages });
 * // … the old build saves a key and syncs …
 * await old.close({ keepProfile: true });
 * const next = await profile.launch('current', { api: 'unreachable', pages });
 * // … assert what survived; then next.api.serve(mock) and sync again …
 * profile.dispose();
 */
import type { Route } from '@playwright/test';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionDir as currentBuildDir, launchExtension, type LaunchedExtension } from './launch';
import { servePages, type ApiTraffic, type HandlesApiRequests } from './serve';

/**
 * Which build to install: the previous release (previous.txt), an older
 * release kept beside it (`olderRelease('945495f')`: people who skipped a
 * release update straight to this one), or this build.
 */
export type Build = 'previous' | 'current' | OlderRelease;

/** A release older than the previous one, kept in tests/fixtures/releases. */
export interface OlderRelease {
  archive: string;
}

const releasesDir = path.resolve('tests/fixtures/releases');

/** The previous release named in previous.txt: its commit and archive path. */
export function previousRelease(): { commit: string; archive: string } {
  const text = readFileSync(path.join(releasesDir, 'previous.txt'), 'utf8');
  const field = (name: string) => {
    const value = new RegExp(`^${name}=(.+)$`, 'm').exec(text)?.[1]?.trim();
    if (!value) throw new Error(`tests/fixtures/releases/previous.txt has no ${name}= line.`);
    return value;
  };
  return { commit: field('commit'), archive: path.join(releasesDir, field('archive')) };
}

/**
 * The archive of an older release kept in tests/fixtures/releases (named in
 * its README), by its short commit.
 */
export function olderRelease(shortCommit: string): OlderRelease {
  return { archive: path.join(releasesDir, `uptake-${shortCommit}-chrome-mv3.tar.gz`) };
}

/** How api.anthropic.com answers: a mock, or not at all (connection refused). */
export interface ApiSwitch {
  /** Every request the browser sent (or tried to send while unreachable). */
  traffic: ApiTraffic;
  serve(api: HandlesApiRequests): void;
  unreachable(): void;
}

export interface UpgradeLaunch extends LaunchedExtension {
  api: ApiSwitch;
}

export interface LaunchOptions {
  /** The API at launch: a mock, or 'unreachable'. */
  api: HandlesApiRequests | 'unreachable';
  /** claude.ai pages by URL (replicas); null for a 404. */
  pages?: (url: URL) => string | null;
}

export interface UpgradeProfile {
  userDataDir: string;
  /** The one directory both builds are installed into, in turn. */
  extensionDir: string;
  /** Installs `build` into the extension directory and starts Chromium on the profile. */
  launch(build: Build, options: LaunchOptions): Promise<UpgradeLaunch>;
  /** Deletes the profile and the extension directory. */
  dispose(): void;
}

/** `a` > `b` for manifest versions (1–4 dot-separated integers). */
function isNewer(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
  }
  return false;
}

let previousVersion: string | null = null;

/**
 * Chrome treats an unpacked extension that starts with the same version as
 * the same install and may keep running its cached service worker script, so
 * the current build is installed with a version above the previous release's
 * (as a real update has): `0.1.0` after `0.1.0` becomes `0.1.0.1`.
 */
function stampNewerVersion(dir: string): void {
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
  if (previousVersion && !isNewer(manifest.version, previousVersion)) {
    manifest.version = `${previousVersion}.1`;
    writeFileSync(file, JSON.stringify(manifest));
  }
}

function install(build: Build, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (build !== 'current') {
    const { archive } = build === 'previous' ? previousRelease() : build;
    if (!existsSync(archive))
      throw new Error(`${archive} is missing: run bash scripts/build-release-fixture.sh.`);
    execFileSync('tar', ['-xzf', archive, '-C', dir]);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    previousVersion = (manifest as { version: string }).version;
  } else {
    if (!existsSync(path.join(currentBuildDir, 'manifest.json')))
      throw new Error('No current build in .output/chrome-mv3: run npm run build first.');
    cpSync(currentBuildDir, dir, { recursive: true });
    stampNewerVersion(dir);
  }
}

async function routeApi(launched: LaunchedExtension, initial: LaunchOptions['api']) {
  let target = initial;
  const traffic: ApiTraffic = { requests: [] };
  await launched.context.route('https://api.anthropic.com/**', async (route: Route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    traffic.requests.push({ url: request.url(), headers });
    if (target === 'unreachable') return route.abort('connectionrefused');
    const res = await target.handle({ method: request.method(), url: request.url(), headers });
    await route.fulfill({ status: res.status, headers: res.headers, body: res.body });
  });
  const api: ApiSwitch = {
    traffic,
    serve: (next) => void (target = next),
    unreachable: () => void (target = 'unreachable'),
  };
  return api;
}

declare const chrome: { runtime: { reload(): void } };

/**
 * Chrome keeps the service worker registered by the previous build when an
 * unpacked extension merely starts from changed files (seen on Chromium 156:
 * registration and script version 0, the old code answering), whereas a real
 * update re-registers it. Reloading the extension is that update: Chrome
 * reads the directory again and starts the new build's service worker on the
 * same profile data.
 */
async function applyUpdate(launched: LaunchedExtension): Promise<void> {
  const fresh = launched.context.waitForEvent('serviceworker', { timeout: 20_000 });
  // The old worker dies while answering; its evaluate may reject.
  await launched.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  launched.serviceWorker = await fresh;
}

/** A fresh profile and extension directory for one upgrade scenario. */
export function createUpgradeProfile(): UpgradeProfile {
  const root = mkdtempSync(path.join(tmpdir(), 'uptake-upgrade-'));
  const userDataDir = path.join(root, 'profile');
  const extensionDir = path.join(root, 'extension');
  mkdirSync(userDataDir);
  return {
    userDataDir,
    extensionDir,
    async launch(build, options) {
      install(build, extensionDir);
      const launched = await launchExtension({ userDataDir, extensionDir });
      if (build === 'current') await applyUpdate(launched);
      if (options.pages) await servePages(launched.context, options.pages);
      const api = await routeApi(launched, options.api);
      launched.traffic = api.traffic;
      return Object.assign(launched, { api });
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
