// The benchmark harness's contract (issue 8 grows it): a suite has a name and a run() that
// returns figures; run.ts prints each figure beside its budget and writes bench/results.json.

/** One measured figure. `median` and `p95` are over `samples`; for a rate, p95 is the slow end. */
export type Figure = {
  name: string;
  unit: string;
  samples: number;
  median: number;
  p95: number;
  /**
   * The most (or, for a rate, the least) this figure may be; absent when it has no budget. It
   * holds for the median unless `at` says the p95 (issue 8 states the field change's so).
   */
  budget?: ({ max: number } | { min: number }) & { at?: 'p95' };
};

export type Suite = { name: string; run: () => Figure[] | Promise<Figure[]> };

/** The value at quantile q (0..1) of the sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/**
 * Times `body` `samples` times, each sample running it `repeat` times, after `warmup` untimed
 * samples (so the JIT has compiled the code under test). Returns per-call times in ms, sorted.
 */
export function timeSamples(
  body: (i: number) => void,
  { samples, repeat, warmup }: { samples: number; repeat: number; warmup: number },
): number[] {
  const times: number[] = [];
  for (let s = -warmup; s < samples; s++) {
    const start = performance.now();
    for (let i = 0; i < repeat; i++) body(i);
    const perCall = (performance.now() - start) / repeat;
    if (s >= 0) times.push(perCall);
  }
  return times.sort((a, b) => a - b);
}

/** A figure from sorted samples, scaled (e.g. ms → µs by 1000). */
export function figure(
  name: string,
  unit: string,
  sortedMs: readonly number[],
  scale: number,
  budget?: Figure['budget'],
): Figure {
  return {
    name,
    unit,
    samples: sortedMs.length,
    median: quantile(sortedMs, 0.5) * scale,
    p95: quantile(sortedMs, 0.95) * scale,
    ...(budget ? { budget } : {}),
  };
}
