import { asRange, type QuantityInput } from "../input/as-range.js";
import { rangeOf } from "../range/range-of.js";
import { positive } from "../input/rules.js";
import type { Range } from "../range/range.js";
import { asMoneyRange, type MoneyInput } from "../input/as-money-range.js";
import { moneyRange, type MoneyRange } from "../money/money-range.js";
import type { CostView } from "./cost-view.js";
import { writeMoney, writeRange } from "./formula.js";
import { knownKeys } from "../validate/known-keys.js";

/**
 * Options of {@link rentalCost}: the GPU-hours and the price of one.
 *
 * @category Cost views
 */
export interface RentalOptions {
  /** GPU-hours rented: `2_788_000` (DeepSeek-V3's final run) or `"278.8万小时"`. */
  gpuHours: QuantityInput;
  /** Price per GPU-hour: `2` (US dollars), `{ low: 2, high: 4.916, currency: "USD" }`, `"2美元"`. */
  ratePerGpuHour: MoneyInput;
}

/**
 * What renting the GPU-hours costs: GPU-hours × hourly rate (2,788,000 h × $2 = $5,576,000).
 *
 * @example
 * rentalCost({ gpuHours: 2_788_000, ratePerGpuHour: 2 }); // $5,576,000
 *
 * @category Cost views
 */
export function rentalCost(options: RentalOptions): CostView {
  knownKeys(options, ["gpuHours", "ratePerGpuHour"], "options");
  const { gpuHours, ratePerGpuHour } = options;
  return computeRental(
    asRange(gpuHours, "gpuHours", positive, "hour"),
    asMoneyRange(ratePerGpuHour, "ratePerGpuHour", positive),
  );
}

/**
 * The core of {@link rentalCost}: the same view from GPU-hours and a price already checked and
 * normalised, with no checks of its own. `estimate()` calls it with the validated assumptions.
 */
export function computeRental(hours: Range, rate: MoneyRange): CostView {
  const cost = rangeOf(({ h, r }) => h * r, { h: hours, r: rate });
  const line = moneyRange(cost.low, cost.high, rate.currency);
  return {
    view: "rental",
    label: "Rental: the final run",
    basis: "GPU-hours × rental price per GPU-hour",
    ...line,
    breakdown: [
      {
        label: "GPU-hours rented",
        ...line,
        formula: `${writeRange(hours)} GPU-hours × ${writeMoney(rate)} per GPU-hour`,
      },
    ],
  };
}
