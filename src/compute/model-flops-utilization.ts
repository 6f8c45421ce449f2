import { positiveNumber } from "./check.js";
import { knownKeys } from "../validate/known-keys.js";

const SECONDS_PER_HOUR = 3_600;

/**
 * Options of {@link modelFlopsUtilization}: the run's FLOP, its GPU-hours and the peak FLOP/s of one GPU.
 *
 * @category Compute
 */
export interface ModelFlopsUtilizationOptions {
  /** The model's training FLOP (e.g. `trainingFlop()`, or the authors' own figure). */
  readonly flop: number;
  /** GPU-hours the FLOP took. */
  readonly gpuHours: number;
  /** One GPU's peak, FLOP per second, dense (no 2:4 sparsity): 989.5e12 for an H800 in BF16. */
  readonly peakFlopsPerGpu: number;
}

/**
 * Model FLOP utilization: the share of the GPUs' peak that went into the model's own arithmetic,
 * flop ÷ (gpuHours × 3,600 s × peak FLOP/s). From published hours it is an average over
 * everything the hours include (restarts, evaluation, idle GPUs), so it sits below the MFU a lab
 * measures while training. A result above 1 means the hours cannot have done the FLOP claimed.
 *
 * `modelFlopsUtilization({ flop: 3.2856e24, gpuHours: 2.664e6, peakFlopsPerGpu: 989.5e12 })` → 0.346
 * (3.2856e24 ÷ (2.664e6 × 3,600 × 989.5e12) = 3.2856e24 ÷ 9.4898e24).
 *
 * @category Compute
 */
export function modelFlopsUtilization(options: ModelFlopsUtilizationOptions): number {
  knownKeys(options, ["flop", "gpuHours", "peakFlopsPerGpu"], "options");
  const { flop, gpuHours, peakFlopsPerGpu } = options;
  const f = positiveNumber(flop, "flop");
  const h = positiveNumber(gpuHours, "gpuHours");
  const p = positiveNumber(peakFlopsPerGpu, "peakFlopsPerGpu");
  return f / (h * SECONDS_PER_HOUR * p);
}
