const S = 1_000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

/** Tick steps from a second to a week: a run of seconds and a run of days both get 4-10 readable ticks. */
const STEPS = [
  S,
  2 * S,
  5 * S,
  10 * S,
  15 * S,
  30 * S,
  M,
  2 * M,
  5 * M,
  10 * M,
  15 * M,
  30 * M,
  H,
  2 * H,
  3 * H,
  6 * H,
  12 * H,
  D,
  2 * D,
  7 * D,
];

export function tickStep(spanMs: number, maxTicks = 10): number {
  return STEPS.find((step) => spanMs / step <= maxTicks) ?? Math.ceil(spanMs / maxTicks / (7 * D)) * 7 * D;
}

/** "+45s", "+2m", "+1h 30m", "+2d 6h": offsets from the run's start. */
export function formatOffset(ms: number): string {
  const parts: string[] = [];
  let rest = Math.round(ms / S);
  const units: Array<[number, string]> = [
    [86_400, 'd'],
    [3_600, 'h'],
    [60, 'm'],
    [1, 's'],
  ];
  for (const [size, unit] of units) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${unit}`);
    rest -= count * size;
  }
  return `+${parts.slice(0, 2).join(' ') || '0s'}`;
}

export function ticks(spanMs: number): number[] {
  const step = tickStep(spanMs);
  const result: number[] = [];
  for (let t = 0; t <= spanMs; t += step) result.push(t);
  return result;
}
