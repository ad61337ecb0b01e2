/**
 * How old a snapshot's figures are, in words, at `now` (ms). Counted in
 * whole days from the instant it was made: "made today", "made yesterday",
 * "made 3 days ago"; a date in the future reads "made today".
 */
export function snapshotAge(createdAt: string, now: number): string {
  const days = Math.floor((now - Date.parse(createdAt)) / 86_400_000);
  if (days <= 0) return 'made today';
  if (days === 1) return 'made yesterday';
  return `made ${days} days ago`;
}
