import { asRange, type QuantityInput } from "../input/as-range.js";
import { rangeOf } from "../range/range-of.js";
import { fraction, nonNegative, positive } from "../input/rules.js";
import type { Range } from "../range/range.js";
import { asMoneyRange, type MoneyInput } from "../input/as-money-range.js";
import { moneyRange, sameCurrencyRanges, type MoneyRange } from "../money/money-range.js";
import { HOURS_PER_YEAR } from "./epoch-method.js";
import { knownKeys } from "../validate/known-keys.js";

/**
 * Options of {@link breakEven}: what owning one GPU costs up front and per hour, what renting costs per hour, and how busy it is.
 *
 * @category Cost views
 */
export interface BreakEvenOptions {
  /** What owning one GPU costs up front: the card, or the all-in hardware value per GPU. */
  capexPerGpu: MoneyInput;
  /** What renting one GPU-hour costs. */
  ratePerGpuHour: MoneyInput;
  /** What running an owned GPU costs per hour (energy), same currency. Defaults to 0 in the capex's currency. */
  runningPerGpuHour?: MoneyInput;
  /** Share of the year the owned GPU is busy, for converting hours to years. Defaults to 1 (24/7). */
  utilization?: QuantityInput;
}

/** Hours or years that may be unbounded: `high: null` when owning never catches up at that end. */
export interface OpenRange {
  readonly low: number | null;
  readonly high: number | null;
}

/**
 * Buy or rent one GPU: the GPU-hours and years of use at which owning costs what renting does (`null` where owning never catches up), with the inputs that gave them.
 *
 * @category Cost views
 */
export interface BreakEvenView {
  readonly view: "breakEven";
  readonly label: string;
  readonly basis: string;
  readonly currency: MoneyRange["currency"];
  readonly capexPerGpu: MoneyRange;
  readonly ratePerGpuHour: MoneyRange;
  readonly runningPerGpuHour: MoneyRange;
  readonly utilization: Range;
  /** GPU-hours of use after which owning costs the same as renting. */
  readonly hours: OpenRange;
  /** The same in years of use at `utilization`. */
  readonly years: OpenRange;
  /** Why an end is `null`, when one is. */
  readonly note?: string;
}

/**
 * Buy or rent: owning costs capex + running × h, renting costs rate × h, so they meet at
 * h = capex ÷ (rate − running). Example (card only, no energy): JPY 4,000,000 ÷ 151.65 = $26,377;
 * ÷ $2 per hour = 13,189 GPU-hours ≈ 1.5 years of 24/7 use. Where rate ≤ running, owning
 * never catches up: that end is `null` and `note` says so.
 *
 * @example
 * breakEven({ capexPerGpu: moneyRange(26_377, 26_377, "USD"), ratePerGpuHour: 2 }).hours; // { low: 13_189, high: 13_189 }
 *
 * @category Cost views
 */
export function breakEven(options: BreakEvenOptions): BreakEvenView {
  knownKeys(options, ["capexPerGpu", "ratePerGpuHour", "runningPerGpuHour", "utilization"], "options");
  const { capexPerGpu, ratePerGpuHour, runningPerGpuHour, utilization = 1 } = options;
  const capex = asMoneyRange(capexPerGpu, "capexPerGpu", positive);
  const rate = asMoneyRange(ratePerGpuHour, "ratePerGpuHour", positive);
  // A bare 0 would be read as US dollars; no running cost is no cost in any currency.
  const running =
    runningPerGpuHour === undefined
      ? moneyRange(0, 0, capex.currency)
      : asMoneyRange(runningPerGpuHour, "runningPerGpuHour", nonNegative);
  sameCurrencyRanges(capex, rate, "compare");
  sameCurrencyRanges(capex, running, "compare");
  return computeBreakEven(capex, rate, running, asRange(utilization, "utilization", fraction));
}

/**
 * The core of {@link breakEven}: the same view from prices in one currency and a utilization
 * already checked and normalised, with no checks of its own. `estimate()` calls it.
 */
export function computeBreakEven(
  capex: MoneyRange,
  rate: MoneyRange,
  running: MoneyRange,
  utilization: Range,
): BreakEvenView {
  // The margin renting costs over running an owned GPU, per hour: best and worst cases.
  const marginHigh = rate.high - running.low;
  const marginLow = rate.low - running.high;
  const hoursLow = marginHigh > 0 ? capex.low / marginHigh : null;
  const hoursHigh = marginLow > 0 ? capex.high / marginLow : null;
  const toYears = (h: number | null, u: number) => (h === null ? null : h / (HOURS_PER_YEAR * u));
  const hours = { low: hoursLow, high: hoursHigh };
  const years = { low: toYears(hoursLow, utilization.high), high: toYears(hoursHigh, utilization.low) };
  const base: BreakEvenView = {
    view: "breakEven",
    label: "Buy versus rent: break-even",
    basis: "hours at which capex + running cost per hour equals the rental price per hour",
    currency: capex.currency,
    capexPerGpu: capex,
    ratePerGpuHour: rate,
    runningPerGpuHour: running,
    utilization,
    hours,
    years,
  };
  if (hoursHigh !== null) return base;
  return {
    ...base,
    note:
      hoursLow === null
        ? "renting costs no more per hour than running an owned GPU: owning never breaks even"
        : "at the lowest rental price and highest running cost, owning never breaks even",
  };
}

/** Cumulative cost of owning and of renting one GPU after `hours`: the break-even chart's lines. */
export function ownVersusRent(view: BreakEvenView, hours: number): { own: Range; rent: Range } {
  const own = rangeOf(({ c, r }) => c + r * hours, { c: view.capexPerGpu, r: view.runningPerGpuHour });
  const rent = rangeOf(({ r }) => r * hours, { r: view.ratePerGpuHour });
  return { own, rent };
}
