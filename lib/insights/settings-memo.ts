/**
 * The settings as the background last read them, kept in memory (issue 12):
 * every insight ask needs them (the build's key holds the insight settings),
 * and reading them is an IndexedDB read and a zod parse each time. Forgotten
 * on every settings write, in this context or another (the background calls
 * `forget` on the settings change notice, state-db.ts, and after its own
 * writes), so a read after a write always reads again.
 */
import type { Settings } from '@/lib/store/settings';

export interface SettingsMemo {
  /**
   * The settings: the kept read while no write was noticed since it started,
   * else a new read (kept in turn). A failed read is not kept.
   */
  read(): Promise<Settings>;
  /** Drop the kept read: the next `read` reads the stored settings again. */
  forget(): void;
}

/** A memo over `read` (lib/store/settings.ts `readSettings`). */
export function createSettingsMemo(read: () => Promise<Settings>): SettingsMemo {
  let held: Promise<Settings> | null = null;
  return {
    read() {
      if (held) return held;
      const reading = read();
      held = reading;
      reading.catch(() => {
        if (held === reading) held = null;
      });
      return reading;
    },
    forget() {
      held = null;
    },
  };
}
