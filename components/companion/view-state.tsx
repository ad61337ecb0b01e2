import type { ComponentChildren } from 'preact';

export type StateKind = 'loading' | 'empty' | 'stale' | 'error' | 'info';

/**
 * A state said in words: loading, empty, stale or error, with what to do
 * next in `children` (buttons, links). Errors are announced (role=alert),
 * the rest are polite status messages.
 */
export function StateNote(props: {
  kind: StateKind;
  title: string;
  children?: ComponentChildren;
  testId?: string;
}) {
  return (
    <div
      class={`state state-${props.kind}`}
      role={props.kind === 'error' ? 'alert' : 'status'}
      data-testid={props.testId ?? `state-${props.kind}`}
    >
      <strong>{props.title}</strong>
      {props.children && <div class="state-body">{props.children}</div>}
    </div>
  );
}

/** A labelled figure: big number, label, and a small line under it. */
export function Figure(props: {
  label: string;
  value: string;
  note?: ComponentChildren;
  testId?: string;
}) {
  return (
    <div class="figure">
      <div class="figure-value" data-testid={props.testId}>
        {props.value}
      </div>
      <div class="figure-label">{props.label}</div>
      {props.note && <div class="figure-note muted">{props.note}</div>}
    </div>
  );
}
