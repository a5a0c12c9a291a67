/** Seconds since `iso` (a running node or attempt has no duration yet: flyteadmin sets it with the final event). */
export function elapsedSeconds(iso: string, now: number): number | null {
  if (!iso) return null;
  const start = Date.parse(iso);
  return Number.isNaN(start) ? null : Math.max(0, (now - start) / 1000);
}
