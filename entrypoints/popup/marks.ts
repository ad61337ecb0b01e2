/**
 * Performance marks along the popup's first paint, in order, so a trace (or
 * tests/bench/popup.ts, which prints their medians) shows where the time goes:
 * the page's script running, the saved state read, the full app loaded, the
 * picture asked of the background and its answer, the numbers painted.
 * Each is set once per page (the first time it happens).
 */
export const popupMarks = {
  script: 'uptake:popup-script',
  stateRead: 'uptake:popup-state-read',
  appLoaded: 'uptake:popup-app-loaded',
  pictureAsked: 'uptake:popup-picture-asked',
  pictureAnswered: 'uptake:popup-picture-answered',
  /** The frame the first numbers are painted on (set in a requestAnimationFrame after rendering). */
  numbersShown: 'uptake:numbers-shown',
} as const;

export type PopupMark = (typeof popupMarks)[keyof typeof popupMarks];

const set = new Set<PopupMark>();

/** Sets the mark `name` unless it is already set on this page. */
export function markOnce(name: PopupMark): void {
  if (set.has(name)) return;
  set.add(name);
  performance.mark(name);
}
