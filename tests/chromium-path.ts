import { existsSync } from 'node:fs';

/**
 * Which Chromium to drive: `CHROMIUM_PATH` when set, else Debian's
 * `/usr/bin/chromium`, else undefined (Playwright's own download, if any).
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
