import type { ComponentChildren } from 'preact';

export type Note = { tone: 'ok' | 'bad' | 'muted'; text: string } | null;

/** A card section of the options page with its heading and anchor. */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section class="card" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p class="muted">{intro}</p>}
      {children}
    </section>
  );
}

/** Shown beside a value the organisation's policy sets (it cannot be edited here). */
export function LockBadge({ locked }: { locked: boolean }) {
  if (!locked) return null;
  return (
    <span class="lock" title="Set by your organisation's browser policy" data-testid="locked">
      🔒 Set by your organisation
    </span>
  );
}

/** The inline error of one field; `id` is what the input's aria-describedby names. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p class="field-error" id={id} role="alert">
      {message}
    </p>
  );
}

/** The outcome of a section's last action. */
export function StatusNote({ note, testId }: { note: Note; testId: string }) {
  if (!note) return null;
  return (
    <p role="status" class={`note ${note.tone}`} data-testid={testId}>
      {note.text}
    </p>
  );
}

/** The message of whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
