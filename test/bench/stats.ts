export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return {
    median: Math.round(median * 10) / 10,
    min: Math.round((sorted[0] ?? 0) * 10) / 10,
    max: Math.round((sorted.at(-1) ?? 0) * 10) / 10,
    runs: values.length,
  };
}

export function kb(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}
