import { fail } from "./messages.js";
import type { Currency } from "../money/currency.js";
import { depreciationMethods, isoDate, valuations } from "../cost/epoch-method.js";
import { rateSetNames } from "../fx/convert.js";
import type { RangeRule } from "../input/rules.js";
import {
  assumptions as checkAssumptions,
  isAssumptions,
  withChoice,
  type Assumptions,
  type AssumptionOverrides,
} from "./assumptions.js";
import { caseCost, centralCase, withInput, type CostCase } from "./central-case.js";
import { assumptionSpecs, type AssumptionName } from "./specs.js";
import type { QuantitativeAssumption } from "./uncertainties.js";
import { quantitativeAssumptions, uncertaintyOf, type InputUncertainty } from "./uncertainty-of.js";
import { knownKeys } from "../validate/known-keys.js";

/** What a view is set against: the lab's reported figure, or renting the same GPU-hours. */
const turningTargets = ["reported", "rental"] as const;
export type TurningTarget = (typeof turningTargets)[number];

/**
 * Options of {@link turningPoints}: which view (amortized or programme).
 *
 * @category Uncertainty
 */
export interface TurningPointOptions {
  /** The view tested: `"amortized"` (the final run; the default) or `"programme"` (with the experiments). */
  readonly view?: "amortized" | "programme";
}

/**
 * Where one assumption, moved alone, makes the view equal its target.
 *
 * @category Uncertainty
 */
export interface TurningPoint {
  readonly assumption: AssumptionName;
  readonly target: TurningTarget;
  /** `range`: a quantitative assumption searched along its values; `swap`: a choice tried against the other. */
  readonly kind: "range" | "swap";
  /** The input in the central case, and its range (a swap: the choice and the other one). Prices in `inputCurrency`, dates ISO. */
  readonly central: number | string;
  readonly low: number | string;
  readonly high: number | string;
  readonly inputCurrency?: Currency;
  /** What one unit of `inputCurrency` is in the result `currency`, at the estimate's rates (1 when they are the same). */
  readonly inputFx?: number;
  /**
   * The value at which the view equals the target (a swap: the other choice, if it crosses), or
   * `null` when no value the assumption can take does.
   */
  readonly value: number | string | null;
  /** Whether `value` lies within the input's range (the other choice, for a swap). */
  readonly inRange: boolean;
  /** `below` when the view is under the target for inputs below `value`, `above` when for inputs above it. */
  readonly cheaperWhen: "below" | "above" | null;
  /** Why there is no value, when there is none. */
  readonly note?: string;
}

/**
 * The turning points of one view: for each assumption alone, the value at which the view meets the reported cost and at which owning meets renting, or none in reach.
 *
 * @category Uncertainty
 */
export interface TurningPoints {
  readonly view: "amortized" | "programme";
  readonly currency: Currency;
  /** The view and both targets in the central case. */
  /** The view and its targets at the central case; `reported` is `null` for a case that claims no figure. */
  readonly central: { readonly view: number; readonly reported: number | null; readonly rental: number };
  /** For each target, every quantitative assumption and each choice, in documented order. */
  readonly rows: readonly TurningPoint[];
}

/**
 * For each assumption alone (every other at its central value), the value at which the amortized
 * (or programme) cost equals the reported cost, and the value at which it equals renting the same
 * GPU-hours, below which owning is cheaper: "what would you have to believe for $5.576M to be
 * the whole cost?". Each quantitative assumption is searched first within its range, then beyond
 * it as far as the values it may take (a price above 0, a fraction up to 1, dates 30 years either
 * way); each choice (depreciation, valuation, FX rate set) is tried against the other.
 *
 * `turningPoints(assumptions()).rows.find((r) => r.assumption === "gpuPrice" && r.target === "reported")?.value`
 *
 * @category Uncertainty
 */
export function turningPoints(
  input: Assumptions | AssumptionOverrides = {},
  options: TurningPointOptions = {},
): TurningPoints {
  knownKeys(options, ["view"], "options");
  const { view = "amortized" } = options;
  if (view !== "amortized" && view !== "programme")
    fail("notOneOf", { name: "view", value: view, choices: ["amortized", "programme"] });
  const a = isAssumptions(input) ? input : checkAssumptions(input);
  const c = centralCase(a);
  const rows: TurningPoint[] = [];
  // a case that claims no figure has nothing to meet: only renting is a target
  for (const target of turningTargets.filter((t) => t !== "reported" || c.claim !== null)) {
    for (const name of quantitativeAssumptions) rows.push(searchInput(c, uncertaintyOf(a, name), view, target));
    for (const name of ["depreciation", "valuation", "rates"] as const) rows.push(trySwap(a, c, name, view, target));
  }
  return {
    view,
    currency: a.currency,
    central: {
      view: caseCost(c, view),
      reported: c.claim === null ? null : caseCost(c, "reported"),
      rental: caseCost(c, "rental"),
    },
    rows,
  };
}

/** view − target at one point. */
function gap(c: CostCase, view: "amortized" | "programme", target: TurningTarget): number {
  return caseCost(c, view) - caseCost(c, target);
}

function searchInput(
  c: CostCase,
  u: InputUncertainty,
  view: "amortized" | "programme",
  target: TurningTarget,
): TurningPoint {
  const name = u.name;
  const show = (x: number) => (u.date ? isoDate(x) : x);
  const base = {
    assumption: name,
    target,
    kind: "range" as const,
    central: show(u.central),
    low: show(u.low),
    high: show(u.high),
    ...(u.currency ? { inputCurrency: u.currency, inputFx: c.fx[name] } : {}),
  };
  const f = (x: number) => gap(withInput(c, name, x), view, target);
  const none = (note: string): TurningPoint => ({ ...base, value: null, inRange: false, cheaperWhen: null, note });
  // Probe the slope around the centre over the range (or a tenth of the value, for a held input).
  const width = u.high > u.low ? u.high - u.low : Math.abs(u.central) * 0.1 || 1;
  const [x0, x1] = u.high > u.low ? [u.low, u.high] : [u.central - width / 2, u.central + width / 2];
  const [f0, f1] = [f(clampTo(name, x0)), f(clampTo(name, x1))];
  if (f0 === f1)
    return none(
      `it does not enter the ${view} view${u.date ? " as the choices stand (valued at training start on the price-performance trend, it would)" : ""}`,
    );
  const rising = f1 > f0;
  const cheaperWhen = rising ? "below" : "above";
  const root = findRoot(f, name, u, rising);
  if (root === null)
    return none(
      `no value it can take makes the ${view} cost equal the ${target} cost: it stays ${f0 > 0 ? "above" : "below"}`,
    );
  const inRange = u.high > u.low ? root >= u.low && root <= u.high : root === u.central;
  return { ...base, value: show(root), inRange, cheaperWhen };
}

/** Where f = 0, searched within the input's range, then beyond it up to the values it may take. */
function findRoot(
  f: (x: number) => number,
  name: QuantitativeAssumption,
  u: InputUncertainty,
  rising: boolean,
): number | null {
  const [lowest, highest] = domainOf(name, u);
  let [a, b] = u.high > u.low ? [u.low, u.high] : [u.central, u.central];
  // f rises (or falls) with x: go down when f is above zero and rising, up otherwise
  const fa = f(a);
  const goDown = fa > 0 === rising;
  let step = Math.max(u.high - u.low, Math.abs(u.central) * 0.1, u.date ? 30 : 1e-9);
  for (let i = 0; i < 80; i++) {
    const [fx, fy] = [f(a), f(b)];
    if (fx === 0) return a;
    if (fy === 0) return b;
    if (fx > 0 !== fy > 0) return bisect(f, a, b);
    if (goDown) {
      if (a <= lowest) return null;
      [b, a] = [a, Math.max(lowest, a - step)];
    } else {
      if (b >= highest) return null;
      [a, b] = [b, Math.min(highest, b + step)];
    }
    step *= 2;
  }
  return null;
}

function bisect(f: (x: number) => number, a: number, b: number): number {
  let [lo, hi] = [a, b];
  const up = f(hi) > f(lo);
  for (let i = 0; i < 200 && hi - lo > Math.abs(hi) * 1e-13; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0 === up) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/** The values an input may take, as the search goes beyond its range: its validation rule, and dates 30 years either way. */
function domainOf(name: QuantitativeAssumption, u: InputUncertainty): [number, number] {
  if (u.date) return [u.central - 30 * 365.25, u.central + 30 * 365.25];
  const kind = assumptionSpecs[name].kind;
  const rule: RangeRule = "rule" in kind ? kind.rule : {};
  const tiny = Math.abs(u.central) * 1e-9;
  const lowest = rule.min === undefined ? -Infinity : rule.min + (rule.minExclusive ? tiny : 0);
  const highest = rule.max === undefined ? Math.abs(u.central) * 1e9 : rule.max - (rule.maxExclusive ? 1e-9 : 0);
  return [lowest, highest];
}

function clampTo(name: QuantitativeAssumption, x: number): number {
  const kind = assumptionSpecs[name].kind;
  const rule: RangeRule = "rule" in kind ? kind.rule : {};
  let y = x;
  if (rule.min !== undefined && y < rule.min) y = rule.min;
  if (rule.max !== undefined && y > rule.max) y = rule.max;
  return y;
}

function trySwap(
  a: Assumptions,
  c: CostCase,
  name: "depreciation" | "valuation" | "rates",
  view: "amortized" | "programme",
  target: TurningTarget,
): TurningPoint {
  const choices: readonly string[] =
    name === "depreciation" ? depreciationMethods : name === "valuation" ? valuations : rateSetNames();
  const other = choices.find((x) => x !== a[name]) ?? a[name];
  const swapped: CostCase = name === "rates" ? centralCase(withChoice(a, "rates", other)) : { ...c, [name]: other };
  const [g0, g1] = [gap(c, view, target), gap(swapped, view, target)];
  const crosses = g0 > 0 !== g1 > 0;
  const base = { assumption: name, target, kind: "swap" as const, central: a[name], low: a[name], high: other };
  if (crosses) return { ...base, value: other, inRange: true, cheaperWhen: null };
  return {
    ...base,
    value: null,
    inRange: false,
    cheaperWhen: null,
    note: `${other} leaves the ${view} cost ${g1 > 0 ? "above" : "below"} the ${target} cost`,
  };
}
