import { fail } from "./messages.js";
import type { Currency } from "../money/currency.js";
import { costViewNames, type CostViewName } from "../cost/cost-view.js";
import { depreciationMethods, isoDate, valuations } from "../cost/epoch-method.js";
import { rateSetNames } from "../fx/convert.js";
import { electricityYears } from "../cost/electricity.js";
import {
  assumptions as checkAssumptions,
  defaultOf,
  isAssumptions,
  withChoice,
  type Assumptions,
  type AssumptionOverrides,
} from "./assumptions.js";
import { caseCost, centralCase, withInput, type CostCase } from "./central-case.js";
import { assumptionNames, type AssumptionName } from "./specs.js";
import type { QuantitativeAssumption } from "./uncertainties.js";
import { uncertaintyOf } from "./uncertainty-of.js";
import { knownKeys } from "../validate/known-keys.js";

/**
 * One row of a tornado: the view with one assumption moved, every other at its central value.
 *
 * @category Uncertainty
 */
export interface SensitivityRow {
  readonly assumption: AssumptionName;
  /**
   * `range`: a quantitative assumption at the low and the high end of its range; `swap`: a
   * categorical choice replaced by its alternative; `none`: not varied (the GPU, the currency).
   */
  readonly kind: "range" | "swap" | "none";
  /** The input in the central case, and the values tried: numbers in the input's unit (prices in `inputCurrency`); dates and choices as text. */
  readonly central: number | string;
  readonly inputLow: number | string;
  readonly inputHigh: number | string;
  readonly inputCurrency?: Currency;
  /** What one unit of `inputCurrency` is in the view's currency, at the estimate's rates (1 when they are the same). */
  readonly inputFx?: number;
  /**
   * Where the values tried come from: the assumption's documented uncertainty, a range the user
   * gave, a single value the user gave (held), or the other choice.
   */
  readonly rangeFrom: "documented" | "given range" | "given value" | "choice" | "none";
  /** The source or judgement behind the values tried. */
  readonly source: string;
  /** The view with the input at `inputLow` and at `inputHigh` (a swap: at the chosen value, which is the base, and at the alternative). */
  readonly atLow: number;
  readonly atHigh: number;
  /** |atHigh − atLow| */
  readonly swing: number;
  /** Why the row does not move the view, when it does not. */
  readonly note?: string;
}

/**
 * A one-at-a-time sensitivity of one view: the view at the base case, and one row per assumption with the view at its low and high ends.
 *
 * @category Uncertainty
 */
export interface Sensitivity {
  readonly view: CostViewName;
  readonly currency: Currency;
  /** The view in the central case: every quantitative assumption at its central value, the choices as made. */
  readonly base: number;
  /** Every assumption, largest swing first; rows that do not move the view last, each with its note. */
  readonly rows: readonly SensitivityRow[];
}

const SWAPS = ["depreciation", "valuation", "rates"] as const;
const DATES: ReadonlySet<AssumptionName> = new Set(["purchaseDate", "trainingStart"]);

/**
 * One-at-a-time sensitivity (a tornado) of one cost view around one central case: every
 * quantitative assumption at its central value (`uncertaintyOf(a, name).central`: the default,
 * a triangular's most likely value, a range's midpoint), then each in turn at the low and the high
 * end of its range (two-sided), and each categorical choice swapped for its alternative
 * (depreciation method, valuation, FX rate set). Defaults to the programme view.
 *
 * `sensitivity(assumptions(), { view: "amortized" }).rows[0]` → the assumption with the largest swing.
 *
 * @category Uncertainty
 */
export function sensitivity(
  input: Assumptions | AssumptionOverrides = {},
  options: { view?: CostViewName } = {},
): Sensitivity {
  knownKeys(options, ["view"], "options");
  const { view = "programme" } = options;
  if (!(costViewNames as readonly string[]).includes(view))
    fail("notOneOf", { name: "view", value: view, choices: costViewNames });
  const a = isAssumptions(input) ? input : checkAssumptions(input);
  const central = centralCase(a);
  const base = caseCost(central, view);
  const rows: SensitivityRow[] = assumptionNames.map((name) => row(a, central, base, view, name));
  const order = new Map(assumptionNames.map((n, i) => [n, i]));
  rows.sort((x, y) => y.swing - x.swing || order.get(x.assumption)! - order.get(y.assumption)!);
  return { view, currency: a.currency, base, rows };
}

function row(
  a: Assumptions,
  central: CostCase,
  base: number,
  view: CostViewName,
  name: AssumptionName,
): SensitivityRow {
  if (name === "gpu" || name === "currency") {
    const note =
      name === "gpu"
        ? "not varied: another GPU is another question (its own price, hours and speed)"
        : "not varied: the currency of the results changes their unit, not their value";
    return {
      assumption: name,
      kind: "none",
      central: a[name],
      inputLow: a[name],
      inputHigh: a[name],
      rangeFrom: "none",
      source: "",
      atLow: base,
      atHigh: base,
      swing: 0,
      note,
    };
  }
  if ((SWAPS as readonly string[]).includes(name)) return swap(a, central, base, view, name as (typeof SWAPS)[number]);
  if (name === "electricityYear") return swapElectricityYear(a, central, base, view);
  const u = uncertaintyOf(a, name as QuantitativeAssumption);
  const atLow = caseCost(withInput(central, u.name, u.low), view);
  const atHigh = caseCost(withInput(central, u.name, u.high), view);
  const swing = Math.abs(atHigh - atLow);
  const show = (x: number) => (u.date ? isoDate(x) : x);
  const note =
    swing > 0
      ? undefined
      : u.low === u.high
        ? u.from === "given value"
          ? "held at the value given"
          : `held: ${u.source}`
        : `does not enter the ${view} view${DATES.has(name) && (view === "amortized" || view === "programme") ? " as the choices stand (valued at training start on the price-performance trend, it would)" : ""}`;
  return {
    assumption: name,
    kind: "range",
    central: show(u.central),
    inputLow: show(u.low),
    inputHigh: show(u.high),
    ...(u.currency ? { inputCurrency: u.currency, inputFx: central.fx[u.name] } : {}),
    rangeFrom: u.from,
    source: u.source,
    atLow,
    atHigh,
    swing,
    ...(note ? { note } : {}),
  };
}

function swap(
  a: Assumptions,
  central: CostCase,
  base: number,
  view: CostViewName,
  name: (typeof SWAPS)[number],
): SensitivityRow {
  const choices: readonly string[] =
    name === "depreciation" ? depreciationMethods : name === "valuation" ? valuations : rateSetNames();
  const other = choices.find((c) => c !== a[name]) ?? a[name];
  const swapped: CostCase =
    name === "rates" ? centralCase(withChoice(a, "rates", other)) : { ...central, [name]: other };
  const atHigh = caseCost(swapped, view);
  const swing = Math.abs(atHigh - base);
  const note =
    swing > 0
      ? undefined
      : name === "valuation" && a.depreciation === "straight-line"
        ? "straight-line depreciation charges the same whichever value is taken"
        : name === "rates"
          ? "both rate sets convert this view's inputs alike"
          : `does not enter the ${view} view`;
  return {
    assumption: name,
    kind: "swap",
    central: a[name],
    inputLow: a[name],
    inputHigh: other,
    rangeFrom: "choice",
    source: `the ${name === "rates" ? "other FX rate set" : `other ${name === "depreciation" ? "depreciation method" : "valuation"}`}`,
    atLow: base,
    atHigh,
    swing,
    ...(note ? { note } : {}),
  };
}

/**
 * The other year for the electricity price (training start or publication): it changes the view
 * only where the price is the default and the two years differ (a run trained in one year and
 * published in the next).
 */
function swapElectricityYear(a: Assumptions, central: CostCase, base: number, view: CostViewName): SensitivityRow {
  const other = electricityYears.find((c) => c !== a.electricityYear) ?? a.electricityYear;
  const documented = uncertaintyOf(a, "electricityPrice").from === "documented";
  const price = defaultOf("electricityPrice", { ...a, electricityYear: other }).low;
  const atHigh = documented ? caseCost(withInput(central, "electricityPrice", price), view) : base;
  const swing = Math.abs(atHigh - base);
  const note =
    swing > 0
      ? undefined
      : !documented
        ? "electricityPrice is given, so no year chooses it"
        : price === a.electricityPrice.low
          ? "the training start and the publication fall in years of the same price"
          : `does not enter the ${view} view`;
  return {
    assumption: "electricityYear",
    kind: "swap",
    central: a.electricityYear,
    inputLow: a.electricityYear,
    inputHigh: other,
    rangeFrom: "choice",
    source: "the other year for the electricity price",
    atLow: base,
    atHigh,
    swing,
    ...(note ? { note } : {}),
  };
}
