import type { ComponentChildren } from 'preact';

/** A state in words when there is nothing to show, with what to do about it. */
export function EmptyState({
  title,
  children,
  tone = 'muted',
}: {
  title: string;
  children?: ComponentChildren;
  tone?: 'muted' | 'bad';
}) {
  return (
    <section class={`tile empty ${tone}`} data-testid="popup-empty" role="status">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
