import { asRange, type QuantityInput } from "../input/as-range.js";
import { rangeOf } from "../range/range-of.js";
import { positive } from "../input/rules.js";
import type { Range } from "../range/range.js";
import { asMoneyRange, type MoneyInput } from "../input/as-money-range.js";
import { moneyRange, type MoneyRange } from "../money/money-range.js";
import { knownKeys } from "../validate/known-keys.js";

/**
 * Options of {@link effectiveCompute}: GPU-hours, the speed ratio to an H100, and the cost of one GPU-hour.
 *
 * @category Cost views
 */
export interface EffectiveComputeOptions {
  /** GPU-hours on the GPU in question (H800 hours for DeepSeek-V3). */
  gpuHours: QuantityInput;
  /** Its speed over an H100: 1.0 per the datasheets (same BF16/FP8 TFLOPS), 0.5 per the article. */
  speedRatio: QuantityInput;
  /** Cost of one of its GPU-hours (a rental price, or amortized cost per hour). */
  costPerGpuHour: MoneyInput;
}

/**
 * What the GPU-hours are worth in H100-hours at the speed ratio, and what one H100-hour of work then costs.
 *
 * @category Cost views
 */
export interface EffectiveComputeView {
  readonly view: "effectiveCompute";
  readonly label: string;
  readonly basis: string;
  readonly speedRatio: Range;
  /** GPU-hours × speed ratio: the H100-hours doing the same work. */
  readonly h100EquivalentHours: Range;
  /** Cost per GPU-hour ÷ speed ratio: what one H100-hour of work costs on this GPU. */
  readonly costPerH100Hour: MoneyRange;
}

/**
 * Cost per H100-equivalent GPU-hour at a speed ratio. At the article's 0.5, DeepSeek's $2 per
 * H800-hour buys half an H100-hour: $2 ÷ 0.5 = $4 per H100-hour, and 2,788,000 H800-hours
 * are 1,394,000 H100-hours of work. At the datasheet's 1.0 nothing changes.
 *
 * @example
 * effectiveCompute({ gpuHours: 2_788_000, speedRatio: 0.5, costPerGpuHour: 2 }).costPerH100Hour; // $4 per H100-hour
 *
 * @category Cost views
 */
export function effectiveCompute(options: EffectiveComputeOptions): EffectiveComputeView {
  knownKeys(options, ["gpuHours", "speedRatio", "costPerGpuHour"], "options");
  const { gpuHours, speedRatio, costPerGpuHour } = options;
  return computeEffectiveCompute(
    asRange(gpuHours, "gpuHours", positive, "hour"),
    asRange(speedRatio, "speedRatio", positive),
    asMoneyRange(costPerGpuHour, "costPerGpuHour", positive),
  );
}

/**
 * The core of {@link effectiveCompute}: the same view from GPU-hours, a speed ratio and a cost per
 * GPU-hour already checked and normalised, with no checks of its own. `estimate()` calls it.
 */
export function computeEffectiveCompute(hours: Range, speed: Range, cost: MoneyRange): EffectiveComputeView {
  const perH100 = rangeOf(({ c, s }) => c / s, { c: cost, s: speed });
  return {
    view: "effectiveCompute",
    label: "Effective compute: cost per H100-equivalent hour",
    basis: "cost per GPU-hour ÷ speed ratio to the H100; GPU-hours × speed ratio",
    speedRatio: speed,
    h100EquivalentHours: rangeOf(({ h, s }) => h * s, { h: hours, s: speed }),
    costPerH100Hour: moneyRange(perH100.low, perH100.high, cost.currency),
  };
}
