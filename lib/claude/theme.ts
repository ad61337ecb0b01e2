/**
 * Host knowledge: is claude.ai showing its light or its dark theme?
 *
 * claude.ai lets a member pick light, dark or "match system", so the page's
 * own choice wins over the browser's preference. Signals, first that answers:
 * 1. an explicit marker on `<html>`: `data-theme` / `data-mode` = light|dark,
 *    or a `dark` / `light` class;
 * 2. a single `color-scheme` (`dark` or `light`) computed on `<html>`;
 * 3. the lightness of the first opaque background of `<body>` or `<html>`;
 * 4. the browser's `prefers-color-scheme`.
 */
export type HostTheme = 'light' | 'dark';

/** Attributes on `<html>` whose change may mean a theme switch. */
export const THEME_ATTRIBUTES = ['class', 'data-theme', 'data-mode', 'style'];

function asTheme(value: string | null | undefined): HostTheme | null {
  const v = value?.trim().toLowerCase();
  return v === 'dark' || v === 'light' ? v : null;
}

/**
 * Relative luminance (0 black … 1 white) of a CSS `rgb()`/`rgba()` colour;
 * null when it is transparent or not in that form.
 *
 * @example luminanceOf('rgb(38, 38, 36)') // ≈ 0.019
 */
export function luminanceOf(color: string): number | null {
  const m = /^rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    color.trim(),
  );
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : +m[4];
  if (alpha < 0.5) return null;
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(+m[1]!) + 0.7152 * lin(+m[2]!) + 0.0722 * lin(+m[3]!);
}

/** The theme the host page shows now. */
export function detectTheme(doc: Document): HostTheme {
  const html = doc.documentElement;
  const marked =
    asTheme(html.getAttribute('data-theme')) ??
    asTheme(html.getAttribute('data-mode')) ??
    (html.classList.contains('dark') ? 'dark' : html.classList.contains('light') ? 'light' : null);
  if (marked) return marked;
  const view = doc.defaultView;
  if (view) {
    const scheme = asTheme(view.getComputedStyle(html).colorScheme);
    if (scheme) return scheme;
    for (const el of [doc.body, html]) {
      if (!el) continue;
      const lum = luminanceOf(view.getComputedStyle(el).backgroundColor);
      if (lum !== null) return lum < 0.2 ? 'dark' : 'light';
    }
    if (view.matchMedia?.('(prefers-color-scheme: dark)').matches) return 'dark';
  }
  return 'light';
}
