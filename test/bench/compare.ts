/**
 * Side-by-side timing for benchmarks: a baseline and a candidate run alternately in the same
 * process (or launching the same commands), so that machine noise hits both alike, and the
 * result is quoted as the ratio of medians. Never used by unit tests: these machines are noisy.
 */
import { performance } from "node:perf_hooks";

export interface Timed {
  readonly label: string;
  run(): unknown;
}

export interface Comparison {
  readonly baseline: string;
  readonly candidate: string;
  readonly runs: number;
  readonly baselineMs: readonly number[];
  readonly candidateMs: readonly number[];
  readonly baselineMedianMs: number;
  readonly candidateMedianMs: number;
  /** candidate median ÷ baseline median: below 1 means the candidate is faster. */
  readonly ratio: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) throw new Error("median of no values");
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `warmup` untimed rounds, then `runs` timed rounds, alternating baseline and candidate
 * (which goes first alternates too). Defaults: 5 runs, 1 warm-up round.
 */
export async function compare(
  baseline: Timed,
  candidate: Timed,
  { runs = 5, warmup = 1 }: { runs?: number; warmup?: number } = {},
): Promise<Comparison> {
  for (let i = 0; i < warmup; i++) {
    await baseline.run();
    await candidate.run();
  }
  const baselineMs: number[] = [];
  const candidateMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? [baseline, candidate] : [candidate, baseline];
    for (const t of order) {
      const start = performance.now();
      await t.run();
      (t === baseline ? baselineMs : candidateMs).push(performance.now() - start);
    }
  }
  const baselineMedianMs = median(baselineMs);
  const candidateMedianMs = median(candidateMs);
  return {
    baseline: baseline.label,
    candidate: candidate.label,
    runs,
    baselineMs,
    candidateMs,
    baselineMedianMs,
    candidateMedianMs,
    ratio: candidateMedianMs / baselineMedianMs,
  };
}

/** One line a comparison: `label: candidate 812 ms vs baseline 640 ms → 1.27× (goal ≤ 1.5×, median of 5)`. */
export function describe(c: Comparison, goal?: number): string {
  const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
  const verdict = goal === undefined ? "" : ` (goal ≤ ${goal}×: ${c.ratio <= goal ? "met" : "NOT met"})`;
  return `${c.candidate} ${ms(c.candidateMedianMs)} vs ${c.baseline} ${ms(c.baselineMedianMs)} → ${c.ratio.toFixed(2)}×${verdict}, median of ${c.runs}`;
}
