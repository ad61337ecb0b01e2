/**
 * Logging a failing feature without leaking anything: the feature id and
 * the error's name and message, with anything shaped like an API key or an
 * email address replaced, cut to 200 characters. Each distinct message is
 * logged once per page load.
 */
const seen = new Set<string>();

/**
 * The loggable text of an error.
 *
 * @example safeErrorText(new Error('bad key sk-ant-api01-abc')) // "Error: bad key [key]"
 */
export function safeErrorText(error: unknown): string {
  const raw =
    error instanceof Error ? `${error.name}: ${error.message}` : `Thrown: ${String(error)}`;
  return raw
    .replace(/sk-ant-[A-Za-z0-9_-]+/g, '[key]')
    .replace(/[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]')
    .slice(0, 200);
}

/** Log a feature's failure once (console.warn); never throws. */
export function logFeatureError(featureId: string, error: unknown): void {
  try {
    const text = `[Uptake] ${featureId} failed: ${safeErrorText(error)}`;
    if (seen.has(text)) return;
    seen.add(text);
    console.warn(text);
  } catch {
    // Logging must never break the page.
  }
}
