/**
 * Small statistics for the benchmark: median, nearest-rank percentiles and a
 * summary (median, min, max, samples) of a list of timings, rounded to 0.1 ms.
 */

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('No samples to summarise');
  return [...values].sort((a, b) => a - b);
}

export function median(values: readonly number[]): number {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0–100): the smallest sample with at least p% of samples at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1]!;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function spread(values: readonly number[]): Spread {
  const s = sorted(values);
  return { median: round(median(s)), min: round(s[0]!), max: round(s.at(-1)!), samples: values.map((v) => round(v)) };
}

export interface Distribution {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export function distribution(values: readonly number[]): Distribution {
  return {
    p50: round(percentile(values, 50), 2),
    p95: round(percentile(values, 95), 2),
    max: round(Math.max(...values), 2),
    n: values.length,
  };
}
