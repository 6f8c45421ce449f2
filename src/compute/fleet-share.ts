import { knownKeys } from "../validate/known-keys.js";
import { HOURS_PER_YEAR } from "../cost/epoch-method.js";
import { positiveNumber } from "./check.js";

/**
 * Options of {@link fleetShare}: the run's GPU-hours and the fleet it is measured against.
 *
 * @category Compute
 */
export interface FleetShareOptions {
  /** GPU-hours of the run (DeepSeek-V3: 2,788,000). */
  readonly gpuHours: number;
  /** GPUs in the fleet. */
  readonly fleetGpus: number;
  /** The period the fleet is counted over, years. Defaults to 1 (8,766 hours, 365.25 days). */
  readonly years?: number;
}

/**
 * The share of a fleet's GPU-time a run used: gpuHours ÷ (fleetGpus × years × 8,766 h).
 * `fleetShare({ gpuHours: 2_788_000, fleetGpus: 2_000 })` → 0.159 (2.788M ÷ 17.532M GPU-hours a year).
 *
 * @category Compute
 */
export function fleetShare(options: FleetShareOptions): number {
  knownKeys(options, ["gpuHours", "fleetGpus", "years"], "options");
  const { gpuHours, fleetGpus, years = 1 } = options;
  const hours = positiveNumber(gpuHours, "gpuHours");
  return hours / (positiveNumber(fleetGpus, "fleetGpus") * positiveNumber(years, "years") * HOURS_PER_YEAR);
}

/**
 * Wall-clock days a run took on `gpuCount` GPUs all busy: gpuHours ÷ gpuCount ÷ 24.
 * `runDays({ gpuHours: 2_788_000, gpuCount: 2_048 })` → 56.7 days.
 */
export function runDays(options: { readonly gpuHours: number; readonly gpuCount: number }): number {
  knownKeys(options, ["gpuHours", "gpuCount"], "options");
  const { gpuHours, gpuCount } = options;
  return positiveNumber(gpuHours, "gpuHours") / positiveNumber(gpuCount, "gpuCount") / 24;
}
