/**
 * Which addons-linter warnings the Firefox package may carry, and why.
 *
 * A warning is **known** when it is one of the two that third-party code in
 * the bundle causes and docs/store.md explains: the linter flags the text, but
 * the code never runs in Uptake. Anything else is **unexpected** and fails
 * `npm run lint:firefox`. A known warning is recognised by the code the linter
 * points at, not by the file name (bundle chunk names change from build to
 * build): the source around the reported column must match.
 */

export interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface KnownWarning {
  id: 'preact-inner-html' | 'zod-eval-probe';
  code: string;
  /** What the code around the reported column must look like. */
  pattern: RegExp;
  /** One sentence for the report; docs/store.md has the full explanation. */
  why: string;
}

export const knownWarnings: readonly KnownWarning[] = [
  {
    id: 'preact-inner-html',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact's diff: `e.innerHTML = props.dangerouslySetInnerHTML.__html`, minified.
    pattern: /\.innerHTML=[\w$]+\.__html/,
    why: "Preact's dangerouslySetInnerHTML path; Uptake never passes that prop (eslint forbids it), so it never runs.",
  },
  {
    id: 'zod-eval-probe',
    code: 'DANGEROUS_EVAL',
    // zod's `allowsEval` probe: `…includes("Cloudflare")) return false; try { Function(""); …`.
    pattern: /Cloudflare[^]{0,80}Function\(``\)/,
    why: "zod's probe for eval support; skipped because Uptake sets zod's jitless mode (lib/zod-jitless.ts).",
  },
];

/** Characters either side of the reported column that the pattern is matched in. */
const window = 120;

/**
 * The code around a message's position (`line` and `column` are 1-based), or
 * '' when the message has no position.
 */
export function codeAround(source: string, line?: number, column?: number): string {
  if (!line || column === undefined) return '';
  const text = source.split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - window), column + window);
}

/** The known warning `message` is, given the source of its file; null when it is unexpected. */
export function knownWarningFor(message: LinterMessage, source: string): KnownWarning | null {
  const around = codeAround(source, message.line, message.column);
  return (
    knownWarnings.find((k) => k.code === message.code && around !== '' && k.pattern.test(around)) ??
    null
  );
}
