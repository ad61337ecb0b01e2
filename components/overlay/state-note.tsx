/**
 * The overlay's state in words, with the fix (lib/overlay/state.ts): no key
 * yet, first sync running, sync failed, nothing stored, background not
 * answering; for a ready model, a stale-data or last-sync-failed warning, and
 * what is held back or taken from the API's totals while member history syncs.
 */
import type { OverlayState } from '@/lib/overlay/state';
import { int, percent } from '@/lib/overlay/format';

export interface StateNoteProps {
  state: OverlayState;
  onOpenOptions: () => void;
}

function OptionsLink({ onOpenOptions, text }: { onOpenOptions: () => void; text: string }) {
  return (
    <button type="button" class="link" onClick={onOpenOptions}>
      {text}
    </button>
  );
}

function Progress({ done, planned }: { done: number; planned: number }) {
  const p = planned > 0 ? Math.min(1, done / planned) : 0;
  return (
    <span
      class="bar small-bar"
      role="progressbar"
      aria-label="Sync progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(p * 100)}
    >
      <span class="bar-fill" style={{ width: `${p * 100}%` }} />
    </span>
  );
}

/** One line (or none) describing the state; null when there is nothing to say. */
export function StateNote({ state, onOpenOptions }: StateNoteProps) {
  switch (state.kind) {
    case 'loading':
      return null;
    case 'unreachable':
      return (
        <p class="state error" role="alert" data-testid="uptake-state">
          {state.message}
        </p>
      );
    case 'no-key':
      return (
        <p class="state" data-testid="uptake-state">
          Add your Analytics API key to see targets, champions and suggestions here.{' '}
          <OptionsLink onOpenOptions={onOpenOptions} text="Open Uptake options" />
        </p>
      );
    case 'first-sync':
      return (
        <p class="state" data-testid="uptake-state" role="status">
          First sync running: {int(state.sync.done)} of {int(state.sync.planned)} steps
          {state.sync.planned > 0
            ? ` (${percent((state.sync.done / state.sync.planned) * 100, 0)})`
            : ''}
          . Figures appear here as soon as the first picture is in.{' '}
          <Progress done={state.sync.done} planned={state.sync.planned} />
        </p>
      );
    case 'sync-failed':
      return (
        <p class="state error" role="alert" data-testid="uptake-state">
          Sync failed: {state.message} {state.fix}{' '}
          <OptionsLink onOpenOptions={onOpenOptions} text="Open Uptake options" />
        </p>
      );
    case 'no-data':
      return (
        <p class="state" data-testid="uptake-state">
          Nothing synced yet.{' '}
          <OptionsLink
            onOpenOptions={onOpenOptions}
            text="Open Uptake options and press Sync now"
          />
        </p>
      );
    case 'ready':
      return (
        <>
          <ReadyNote state={state} onOpenOptions={onOpenOptions} />
          {state.partial && (
            <p class="state partial" data-testid="uptake-partial">
              {state.partial}
            </p>
          )}
        </>
      );
  }
}

/** The ready state's one line: last sync failed, stale data, or a refresh running. */
function ReadyNote({
  state,
  onOpenOptions,
}: {
  state: Extract<OverlayState, { kind: 'ready' }>;
  onOpenOptions: () => void;
}) {
  if (state.lastError)
    return (
      <p class="state warn" role="alert" data-testid="uptake-state">
        Last sync failed: {state.lastError.message} {state.lastError.fix} Figures below are from the
        last good sync. <OptionsLink onOpenOptions={onOpenOptions} text="Open Uptake options" />
      </p>
    );
  if (state.stale)
    return (
      <p class="state warn" data-testid="uptake-state">
        Data is {int(state.lagDays)} days old (the API normally lags 1–2 days). Uptake syncs every
        few hours while the browser is open.{' '}
        <OptionsLink onOpenOptions={onOpenOptions} text="Sync now in Uptake options" />
      </p>
    );
  if (state.syncing)
    return (
      <p class="state" role="status" data-testid="uptake-state">
        Syncing: {int(state.syncing.done)} of {int(state.syncing.planned)} steps{' '}
        <Progress done={state.syncing.done} planned={state.syncing.planned} />
      </p>
    );
  return null;
}
