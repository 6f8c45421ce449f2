import type { Currency } from "../money/currency.js";
import type { CostViewName } from "../cost/cost-view.js";
import {
  amortizedCostOfHours,
  chargedShare,
  depreciationPerHour,
  type Depreciation,
  type Valuation,
} from "../cost/epoch-method.js";
import type { Assumptions } from "./assumptions.js";
import { fail } from "./messages.js";
import { pricesIn } from "./prices-in.js";
import type { QuantitativeAssumption } from "./uncertainties.js";
import { quantitativeAssumptions, uncertaintyOf } from "./uncertainty-of.js";

/**
 * One point of the assumptions: every quantitative assumption at one value (prices in `currency`,
 * dates as day numbers) with the categorical choices, from which each cost view is a number.
 * The sensitivity and the turning points move one value at a time from the central case.
 */
export interface CostCase {
  readonly currency: Currency;
  readonly rates: string;
  readonly depreciation: Depreciation;
  readonly valuation: Valuation;
  readonly values: Readonly<Record<QuantitativeAssumption, number>>;
  /** The case's claim in `currency` (DeepSeek-V3: $5.576M), or `null` for a case with none. */
  readonly claim: number | null;
  /** What one unit of each input's own currency is in `currency` (1 for quantities and dates). */
  readonly fx: Readonly<Record<QuantitativeAssumption, number>>;
}

const PRICES = ["gpuPrice", "h100Price", "rentalRate", "electricityPrice"] as const;

/**
 * Every quantitative assumption of `a` at its central value (`uncertaintyOf(a, name).central`),
 * converted to `a.currency` with the `a.rates` set.
 */
export function centralCase(a: Assumptions): CostCase {
  const prices = pricesIn(a);
  const fx = Object.fromEntries(quantitativeAssumptions.map((n) => [n, 1])) as Record<QuantitativeAssumption, number>;
  for (const p of PRICES) fx[p] = prices[p].low / a[p].low;
  const values = Object.fromEntries(
    quantitativeAssumptions.map((n) => [n, uncertaintyOf(a, n).central * fx[n]]),
  ) as Record<QuantitativeAssumption, number>;
  return {
    currency: a.currency,
    rates: a.rates,
    depreciation: a.depreciation,
    valuation: a.valuation,
    values,
    claim: prices.claim ? prices.claim.low : null,
    fx,
  };
}

/** The case with input `name` at `x`, in the input's own unit and currency (a date as a day number). */
export function withInput(c: CostCase, name: QuantitativeAssumption, x: number): CostCase {
  return { ...c, values: { ...c.values, [name]: x * c.fx[name] } };
}

/**
 * A cost view at one point, by the same formulas as `estimate()`: purchase = GPUs × price;
 * rental = GPU-hours × rental price; reported = the case's claim; amortized = Epoch's
 * method (cost/epoch-method.ts); programme = amortized × experiments multiplier.
 */
export function caseCost(c: CostCase, view: CostViewName): number {
  const v = c.values;
  switch (view) {
    case "purchase":
      return v.gpuCount * v.gpuPrice;
    case "rental":
      return v.gpuHours * v.rentalRate;
    case "reported":
      return c.claim ?? fail("noClaim", { view });
    case "amortized":
    case "programme": {
      const share = chargedShare(c.depreciation, c.valuation, v.purchaseDate, v.trainingStart, v.priceOomsPerYear);
      const cost = amortizedCostOfHours(
        v.gpuHours,
        v.gpuPrice * share,
        v.serverOverhead,
        v.interconnectFraction,
        depreciationPerHour(c.depreciation, v.priceOomsPerYear, v.lifetimeYears),
        v.tdpWatts,
        v.serverPowerRatio,
        v.powerFraction,
        v.pue,
        v.electricityPrice,
      );
      return view === "amortized" ? cost : cost * v.experimentsMultiplier;
    }
  }
}
