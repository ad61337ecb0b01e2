import { useState } from 'preact/hooks';
import {
  FieldError,
  LockBadge,
  Section,
  StatusNote,
  messageOf,
  type Note,
} from '@/components/options/parts';
import { take, wholeNumber } from '@/components/options/validate';

export interface SyncValues {
  historyDepthDays: 'all' | number;
  rateLimitPerMinute: number;
  scheduleHours: number;
  /** Days of per-person history kept; null keeps everything (lib/store/retention.ts). */
  retentionDays: number | null;
}

type Field = 'scheduleHours' | 'historyDepthDays' | 'rateLimitPerMinute' | 'retentionDays';

/**
 * Checks the sync form. History depth: "all" (since 2026-01-01) or 7–366
 * days. Retention: empty keeps everything, else 30–3660 days.
 */
export function syncValuesFrom(form: {
  scheduleHours: string;
  depthMode: 'all' | 'days';
  depthDays: string;
  rateLimitPerMinute: string;
  retentionDays: string;
}): { values: SyncValues } | { errors: Partial<Record<Field, string>> } {
  const errors: Partial<Record<Field, string>> = {};
  const scheduleHours = take(wholeNumber(form.scheduleHours, 1, 168), 'scheduleHours', errors);
  const days =
    form.depthMode === 'all'
      ? 'all'
      : take(wholeNumber(form.depthDays, 7, 366), 'historyDepthDays', errors);
  const rate = take(wholeNumber(form.rateLimitPerMinute, 1, 6000), 'rateLimitPerMinute', errors);
  const retention =
    form.retentionDays.trim() === ''
      ? null
      : take(wholeNumber(form.retentionDays, 30, 3660), 'retentionDays', errors);
  if (Object.keys(errors).length) return { errors };
  return {
    values: {
      scheduleHours: scheduleHours!,
      historyDepthDays: days!,
      rateLimitPerMinute: rate!,
      retentionDays: retention ?? null,
    },
  };
}

/** Sync schedule, history depth and the organisation's API rate limit. */
export function SyncSection({
  values,
  retentionLocked = false,
  onSave,
}: {
  values: SyncValues;
  /** A managed policy sets the retention period (lib/store/managed.ts). */
  retentionLocked?: boolean;
  onSave: (values: SyncValues) => Promise<void>;
}) {
  const [form, setForm] = useState({
    scheduleHours: String(values.scheduleHours),
    depthMode: values.historyDepthDays === 'all' ? ('all' as const) : ('days' as const),
    depthDays: values.historyDepthDays === 'all' ? '90' : String(values.historyDepthDays),
    rateLimitPerMinute: String(values.rateLimitPerMinute),
    retentionDays: values.retentionDays === null ? '' : String(values.retentionDays),
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [note, setNote] = useState<Note>(null);
  const attrs = (k: Field) => ({
    'aria-invalid': errors[k] ? true : undefined,
    'aria-describedby': errors[k] ? `sync-${k}-error` : undefined,
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = syncValuesFrom(form);
    if ('errors' in result) {
      setErrors(result.errors);
      setNote({ tone: 'bad', text: 'Not saved: fix the fields marked below.' });
      return;
    }
    setErrors({});
    try {
      await onSave(result.values);
      setNote({ tone: 'ok', text: 'Sync settings saved.' });
    } catch (e) {
      setNote({ tone: 'bad', text: messageOf(e) });
    }
  };
  return (
    <Section
      id="sync"
      title="Sync"
      intro="Uptake reads the Analytics API on a schedule and keeps the history on this device. The API publishes a day at about 13:00–13:30 UTC."
    >
      <form onSubmit={submit} noValidate aria-label="Sync">
        <div class="form-grid">
          <div>
            <label for="sync-scheduleHours">Sync every (hours)</label>
            <input
              id="sync-scheduleHours"
              type="text"
              inputMode="numeric"
              value={form.scheduleHours}
              onInput={(e) => setForm({ ...form, scheduleHours: e.currentTarget.value })}
              {...attrs('scheduleHours')}
            />
            <p class="hint">1–168 hours (6 catches each day the day it is published).</p>
            <FieldError id="sync-scheduleHours-error" message={errors.scheduleHours} />
          </div>
          <div>
            <label for="sync-depth-mode">History depth</label>
            <select
              id="sync-depth-mode"
              value={form.depthMode}
              onChange={(e) =>
                setForm({ ...form, depthMode: e.currentTarget.value as 'all' | 'days' })
              }
            >
              <option value="all">Everything since 2026-01-01</option>
              <option value="days">The last N days</option>
            </select>
            {form.depthMode === 'days' && (
              <>
                <label for="sync-historyDepthDays">Days of per-member history</label>
                <input
                  id="sync-historyDepthDays"
                  type="text"
                  inputMode="numeric"
                  value={form.depthDays}
                  onInput={(e) => setForm({ ...form, depthDays: e.currentTarget.value })}
                  {...attrs('historyDepthDays')}
                />
                <p class="hint">7–366 days.</p>
                <FieldError id="sync-historyDepthDays-error" message={errors.historyDepthDays} />
              </>
            )}
          </div>
          <div>
            <label for="sync-rateLimitPerMinute">API rate limit (requests a minute)</label>
            <input
              id="sync-rateLimitPerMinute"
              type="text"
              inputMode="numeric"
              value={form.rateLimitPerMinute}
              onInput={(e) => setForm({ ...form, rateLimitPerMinute: e.currentTarget.value })}
              {...attrs('rateLimitPerMinute')}
            />
            <p class="hint">60 unless Anthropic raised your organisation's limit.</p>
            <FieldError id="sync-rateLimitPerMinute-error" message={errors.rateLimitPerMinute} />
          </div>
          <div>
            <label for="sync-retentionDays">
              Keep per-person history for (days)
              <LockBadge locked={retentionLocked} />
            </label>
            <input
              id="sync-retentionDays"
              type="text"
              inputMode="numeric"
              value={form.retentionDays}
              disabled={retentionLocked}
              onInput={(e) => setForm({ ...form, retentionDays: e.currentTarget.value })}
              {...attrs('retentionDays')}
            />
            <p class="hint">
              30–3660 days, or empty to keep everything. Older member days, rollups, group
              memberships and people not seen since are deleted after each sync.
            </p>
            <FieldError id="sync-retentionDays-error" message={errors.retentionDays} />
          </div>
        </div>
        <div class="actions">
          <button class="primary" type="submit">
            Save sync settings
          </button>
        </div>
      </form>
      <StatusNote note={note} testId="sync-status" />
    </Section>
  );
}
