/** Uptake's mark and name, with a "Demo data" tag when the figures are the demo organisation's. */
export function Brand({ demo = false, compact = false }: { demo?: boolean; compact?: boolean }) {
  return (
    <span class="brand">
      <svg class="logo" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <path d="M2 12.5 6 8l3 2.5L14 4" fill="none" stroke="currentColor" stroke-width="1.8" />
        <path d="M10.5 4H14v3.5" fill="none" stroke="currentColor" stroke-width="1.8" />
      </svg>
      {!compact && <span class="brand-name">Uptake</span>}
      {demo && (
        <span class="tag tag-demo" title="Figures of the built-in demo organisation, not yours">
          Demo data
        </span>
      )}
    </span>
  );
}
