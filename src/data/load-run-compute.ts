import type { ColumnTable } from "arquero";
import { csvLoader } from "./csv-loader.js";
import { col, type FileSchema } from "./schema.js";

/** The number formats a reported MFU can be measured against: the GPU's dense BF16 or FP8 peak. */
export const peakPrecisions = ["bf16", "fp8"] as const;

/**
 * One of `peakPrecisions`.
 *
 * @category Compute
 */
export type PeakPrecision = (typeof peakPrecisions)[number];

/**
 * One row of `data/run-compute.csv`: what a training run computed, keyed by its id in
 * `data/training-runs.csv`: the parameters active per token, the tokens trained on, and the
 * compute and utilization its authors report (where they do).
 *
 * @category Data
 */
export interface RunComputeRow {
  /** The run's id in `data/training-runs.csv` (`deepseek-v3-pre-training`). */
  readonly id: string;
  /** Parameters active per token: all of them in a dense model; the routed experts' share in a mixture of experts (37B of DeepSeek-V3's 671B). */
  readonly active_params: number;
  readonly total_params: number;
  /** Tokens of the run. */
  readonly tokens: number;
  /** Training compute the authors state, FLOP; `null` when they state none. */
  readonly reported_flop: number | null;
  /** Model FLOP utilization reported for the run, as a fraction, low and high. */
  readonly reported_mfu_low: number | null;
  readonly reported_mfu_high: number | null;
  /** The peak that MFU is a fraction of. */
  readonly reported_mfu_precision: PeakPrecision | null;
  readonly source: string;
  readonly quote: string;
}

/** The columns of `data/run-compute.csv`; `id` unique, active ≤ total parameters, MFU low ≤ high. */
const runComputeSchema: FileSchema = {
  file: "run-compute.csv",
  columns: [
    col.string("id"),
    col.number("active_params", { sign: "positive" }),
    col.number("total_params", { sign: "positive" }),
    col.number("tokens", { sign: "positive" }),
    col.number("reported_flop", { sign: "positive", required: false }),
    col.number("reported_mfu_low", { sign: "positive", required: false }),
    col.number("reported_mfu_high", { sign: "positive", required: false }),
    col.enum("reported_mfu_precision", peakPrecisions, false),
    col.string("source"),
    col.string("quote"),
  ],
  key: ["id"],
  ranges: [
    ["active_params", "total_params"],
    ["reported_mfu_low", "reported_mfu_high"],
  ],
  checks: [
    (r) =>
      (r.reported_mfu_low === null) !== (r.reported_mfu_high === null) ||
      (r.reported_mfu_low === null) !== (r.reported_mfu_precision === null)
        ? { column: "reported_mfu_precision", expected: "an MFU low, high and precision together, or none of them" }
        : undefined,
    (r) =>
      r.reported_mfu_high !== null && (r.reported_mfu_high as number) > 1
        ? { column: "reported_mfu_high", expected: "a fraction in (0, 1]" }
        : undefined,
  ],
};

const read = csvLoader(runComputeSchema);

/**
 * Training compute of reported runs (active parameters, tokens, stated FLOP and MFU) as an Arquero
 * table of {@link RunComputeRow}s, keyed by `data/training-runs.csv` ids. Reads
 * `data/run-compute.csv` by default (read once, then cached); `path` reads another file, uncached.
 *
 * @example
 * loadRunCompute().objects().find((r) => r.id === "deepseek-v3-pre-training");
 */
export function loadRunCompute(path?: string): ColumnTable {
  return read(path);
}
