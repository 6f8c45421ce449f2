import type { Currency } from "../money/currency.js";
import type { FxQuote } from "../fx/fx-rate.js";
import { moneyRange, type MoneyRange } from "../money/money-range.js";
import { rangeOf } from "../range/range-of.js";
import type { Range } from "../range/range.js";
import { computeAmortized } from "../cost/amortized.js";
import { computeBreakEven, type BreakEvenView } from "../cost/break-even.js";
import type { CostView } from "../cost/cost-view.js";
import { computeEffectiveCompute, type EffectiveComputeView } from "../cost/effective-compute.js";
import { clusterValue, energyKwh, type Depreciation, type Valuation } from "../cost/epoch-method.js";
import { computeProgramme } from "../cost/programme.js";
import { computePurchase, type PurchaseView } from "../cost/purchase.js";
import { computeRental } from "../cost/rental.js";
import type { Case } from "../cases/case.js";
import { reportedView } from "./reported-view.js";
import { ESTIMATE_FX_DATE, pricesIn } from "./prices-in.js";
import {
  assumptions as checkAssumptions,
  isAssumptions,
  type Assumptions,
  type AssumptionOverrides,
} from "./assumptions.js";

/**
 * The amortized view under one depreciation method and valuation: the choices that decide how the
 * final run compares with the reported figure, each one shown, none hidden.
 *
 * @category Assumptions
 */
export interface AmortizedAlternative {
  readonly depreciation: Depreciation;
  /** `null` for straight-line, which charges the same whichever value is taken. */
  readonly valuation: Valuation | null;
  /** `price-performance, valued at purchase`, `straight-line over 5 years`. */
  readonly method: string;
  /** `Amortized hardware + energy: straight-line over 5 years`, as a headline table names it. */
  readonly label: string;
  readonly low: number;
  readonly high: number;
  readonly currency: Currency;
  /** This view ÷ the reported figure; `undefined` for a case that claims none. */
  readonly timesReported: Range | undefined;
  /** Whether these are the choices the assumptions make (the estimate's own amortized view). */
  readonly chosen: boolean;
}

/**
 * Every cost view for one set of assumptions, in one currency: a plain object that serialises to
 * JSON as it is. The headline fields: `purchase` (buying the fleet's GPUs; `purchase.allIn` with
 * servers and interconnect), `rental` (renting the final run), `reported` (the lab's figure),
 * `amortized` (the final run's share of the hardware and its energy, Epoch AI's method under the
 * chosen depreciation and valuation), `alternatives` (the amortized view under every method and
 * valuation, side by side), `programme` (amortized × experiments), `timesReported` (each view ÷
 * the reported figure). Ranges come from the assumptions given as ranges, every other input at its
 * value; `simulate()` gives the distribution over every input's documented uncertainty.
 *
 * @category Assumptions
 */
export interface Estimate {
  readonly assumptions: Assumptions;
  /** The headline case the estimate tests (`assumptions({ case })`; DeepSeek-V3 by default). */
  readonly case: Case;
  readonly currency: Currency;
  readonly rates: string;
  readonly fxDate: string;
  /** The conversions used, one per input currency other than the result's. */
  readonly fx: readonly FxQuote[];
  readonly purchase: PurchaseView;
  readonly rental: CostView;
  /** The case's claim; `undefined` for a case that claims none (Llama 3.1 405B): every other view stands. */
  readonly reported: CostView | undefined;
  readonly amortized: CostView;
  /** The amortized view under each depreciation method and valuation, the chosen one marked. */
  readonly alternatives: readonly AmortizedAlternative[];
  readonly programme: CostView;
  readonly breakEven: BreakEvenView;
  readonly effectiveCompute: EffectiveComputeView & {
    /** GPU price ÷ speed ratio: what one H100's worth of compute costs to buy in this GPU. */
    readonly pricePerH100Equivalent: MoneyRange;
    readonly h100Price: MoneyRange;
  };
  /** GPU price ÷ H100 price, and the discount 1 − ratio (the article's headline "1～3成"). */
  readonly priceRatio: { readonly gpuOverH100: Range; readonly discount: Range };
  /** Each view ÷ the reported figure; `undefined` for a case that claims none, never 0 or NaN. */
  readonly timesReported:
    | {
        readonly purchase: Range;
        readonly rental: Range;
        readonly amortized: Range;
        readonly programme: Range;
      }
    | undefined;
}

/**
 * Every view from one assumptions object: the single call the notebooks and the report use.
 * 1. convert every price to `currency` with the `rates` set on {@link ESTIMATE_FX_DATE};
 * 2. purchase, rental and the lab's reported figure;
 * 3. amortized hardware + energy under the chosen method and valuation and under the others,
 *    and the programme (amortized final run × experiments);
 * 4. break-even (all-in capex per GPU against the rental price, energy as running cost);
 * 5. effective compute at the speed ratio, price ratios, and each view against the reported one.
 * The assumptions are checked once, by `assumptions()`: each view is computed by its core
 * (`computePurchase`, `computeAmortized`, …) from the validated values, not through its door.
 *
 * `estimate(assumptions({ currency: "JPY" }))`; a plain overrides object is accepted too.
 *
 * @category Assumptions
 */
export function estimate(input: Assumptions | AssumptionOverrides = {}): Estimate {
  const a = isAssumptions(input) ? input : checkAssumptions(input);
  // 1. prices in the result currency
  const prices = pricesIn(a);
  const { gpuPrice, h100Price, rentalRate, electricityPrice, fx } = prices;

  // 2. purchase, rental, reported
  const purchase = computePurchase(a.gpuCount, gpuPrice, a.serverOverhead, a.interconnectFraction);
  const rental = computeRental(a.gpuHours, rentalRate);
  const reported = reportedView(a.case, prices);
  const times = (v: Range) => (reported ? rangeOf(({ x, r }) => x / r, { x: v, r: reported }) : undefined);

  // 3. amortized (under every method and valuation) and programme
  const amortizedUnder = (depreciation: Depreciation, valuation: Valuation) =>
    computeAmortized({
      hours: a.gpuHours,
      price: gpuPrice,
      power: electricityPrice,
      depreciation,
      dates: valuation === "training-start" ? { from: a.purchaseDate, to: a.trainingStart } : undefined,
      ooms: a.priceOomsPerYear,
      lifetime: a.lifetimeYears,
      overhead: a.serverOverhead,
      network: a.interconnectFraction,
      tdp: a.tdpWatts,
      serverPower: a.serverPowerRatio,
      load: a.powerFraction,
      pue: a.pue,
    });
  const amortized = amortizedUnder(a.depreciation, a.valuation);
  const alternatives = ALTERNATIVES.map(([depreciation, valuation]): AmortizedAlternative => {
    const view = amortizedUnder(depreciation, valuation ?? a.valuation);
    return {
      depreciation,
      valuation,
      method: alternativeLabel(depreciation, valuation, a.lifetimeYears),
      label: `${amortized.label}: ${alternativeLabel(depreciation, valuation, a.lifetimeYears)}`,
      low: view.low,
      high: view.high,
      currency: view.currency,
      timesReported: times(view),
      chosen: depreciation === a.depreciation && (valuation === null || valuation === a.valuation),
    };
  });
  const programme = computeProgramme(amortized, a.experimentsMultiplier);

  // 4. break-even: all-in hardware per GPU, energy per GPU-hour
  const capex = rangeOf(({ p, o, f }) => clusterValue(p, o, f), {
    p: gpuPrice,
    o: a.serverOverhead,
    f: a.interconnectFraction,
  });
  const running = rangeOf(({ w, s, l, u, e }) => energyKwh(1, w, s, l, u) * e, {
    w: a.tdpWatts,
    s: a.serverPowerRatio,
    l: a.powerFraction,
    u: a.pue,
    e: electricityPrice,
  });
  const c = a.currency;
  const buyOrRent = computeBreakEven(
    moneyRange(capex.low, capex.high, c),
    rentalRate,
    moneyRange(running.low, running.high, c),
    a.utilization,
  );

  // 5. effective compute, price ratio, times reported
  const perH100 = rangeOf(({ p, s }) => p / s, { p: gpuPrice, s: a.speedRatio });
  const gpuOverH100 = rangeOf(({ g, h }) => g / h, { g: gpuPrice, h: h100Price });
  return {
    assumptions: a,
    case: a.case,
    currency: c,
    rates: a.rates,
    fxDate: ESTIMATE_FX_DATE,
    fx,
    purchase,
    rental,
    reported,
    amortized,
    alternatives,
    programme,
    breakEven: buyOrRent,
    effectiveCompute: {
      ...computeEffectiveCompute(a.gpuHours, a.speedRatio, rentalRate),
      pricePerH100Equivalent: moneyRange(perH100.low, perH100.high, c),
      h100Price,
    },
    priceRatio: { gpuOverH100, discount: { low: 1 - gpuOverH100.high, high: 1 - gpuOverH100.low } },
    timesReported: reported
      ? {
          purchase: times(purchase)!,
          rental: times(rental)!,
          amortized: times(amortized)!,
          programme: times(programme)!,
        }
      : undefined,
  };
}

/** The amortized alternatives, in the order shown: Epoch's trend valued at purchase and at training start, then straight-line. */
const ALTERNATIVES: ReadonlyArray<readonly [Depreciation, Valuation | null]> = [
  ["price-performance", "purchase"],
  ["price-performance", "training-start"],
  ["straight-line", null],
];

function alternativeLabel(depreciation: Depreciation, valuation: Valuation | null, lifetime: Range): string {
  if (depreciation === "straight-line") {
    const years = lifetime.low === lifetime.high ? `${lifetime.low}` : `${lifetime.low}–${lifetime.high}`;
    return `straight-line over ${years} years`;
  }
  return `price-performance, valued at ${valuation === "training-start" ? "training start" : "purchase"}`;
}
