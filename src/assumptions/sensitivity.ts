import { fail } from "../errors/error.js";
import type { Currency } from "../money/currency.js";
import { costViewNames, type CostViewName } from "../cost/cost-view.js";
import {
  assumptions as checkAssumptions,
  isAssumptions,
  type Assumptions,
  type AssumptionOverrides,
} from "./assumptions.js";
import { estimate } from "./estimate.js";
import { assumptionNames, assumptionSpecs, type AssumptionName, type AssumptionSpec } from "./specs.js";

/** One bar of a tornado chart: the view with one assumption at its low and at its high end. */
export interface SensitivityRow {
  readonly assumption: AssumptionName;
  /** The input's ends, in its own unit (prices in `inputCurrency`). */
  readonly inputLow: number;
  readonly inputHigh: number;
  readonly inputCurrency?: Currency;
  /** Where the ends come from: the assumption's own range, or its documented plausible range. */
  readonly rangeFrom: "assumption" | "plausible";
  /** The view's value with this input at its low end and at its high end, the rest at their midpoints. */
  readonly atLow: number;
  readonly atHigh: number;
  /** |atHigh − atLow| */
  readonly swing: number;
}

/** A one-at-a-time sensitivity of one view: the view at the base case, and one row per assumption with the view at its low and high ends. */
export interface Sensitivity {
  readonly view: CostViewName;
  readonly currency: Currency;
  /** The view with every input at its midpoint. */
  readonly base: number;
  /** Largest swing first; inputs that do not move the view are left out. */
  readonly rows: readonly SensitivityRow[];
}

/**
 * One-at-a-time sensitivity (a tornado): every numeric assumption at its midpoint, then each in
 * turn at its low and high end. An assumption given as a range uses its range; one given as a
 * point uses its documented plausible range (`assumptionSpecs[name].plausible`), if it has one.
 * Defaults to the programme view.
 *
 * @example
 * tornadoChart(sensitivity(assumptions(), { view: "amortized" }));
 */
export function sensitivity(
  input: Assumptions | AssumptionOverrides = {},
  { view = "programme" }: { view?: CostViewName } = {},
): Sensitivity {
  if (!(costViewNames as readonly string[]).includes(view))
    fail("notOneOf", { name: "view", value: view, choices: costViewNames });
  const a = isAssumptions(input) ? input : checkAssumptions(input);
  const numeric = assumptionNames.filter((n) => assumptionSpecs[n].kind.kind !== "choice");
  const mid: Record<string, unknown> = { ...a };
  for (const n of numeric) mid[n] = at(n, a, midpoint(n, a));
  const valueOf = (overrides: Record<string, unknown>) => {
    const v = estimate(overrides)[view];
    return (v.low + v.high) / 2;
  };
  const rows: SensitivityRow[] = [];
  for (const n of numeric) {
    const ends = endsOf(n, a);
    if (!ends) continue;
    const atLow = valueOf({ ...mid, [n]: at(n, a, ends.low, ends.currency) });
    const atHigh = valueOf({ ...mid, [n]: at(n, a, ends.high, ends.currency) });
    const swing = Math.abs(atHigh - atLow);
    if (swing === 0) continue;
    rows.push({
      assumption: n,
      inputLow: ends.low,
      inputHigh: ends.high,
      ...(ends.currency ? { inputCurrency: ends.currency } : {}),
      rangeFrom: ends.from,
      atLow,
      atHigh,
      swing,
    });
  }
  rows.sort((x, y) => y.swing - x.swing);
  return { view, currency: a.currency, base: valueOf(mid), rows };
}

type Ends = { low: number; high: number; currency?: Currency; from: "assumption" | "plausible" };

function endsOf(n: AssumptionName, a: Assumptions): Ends | undefined {
  const r = a[n] as { low: number; high: number; currency?: Currency };
  if (r.low < r.high)
    return { low: r.low, high: r.high, ...(r.currency ? { currency: r.currency } : {}), from: "assumption" };
  const spec: AssumptionSpec = assumptionSpecs[n];
  if (!spec.plausible) return undefined;
  const currency = (spec.default as { currency?: Currency } | undefined)?.currency;
  return { low: spec.plausible.low, high: spec.plausible.high, ...(currency ? { currency } : {}), from: "plausible" };
}

function midpoint(n: AssumptionName, a: Assumptions): number {
  const r = a[n] as { low: number; high: number };
  const m = (r.low + r.high) / 2;
  return n === "gpuCount" ? Math.round(m) : m;
}

function at(n: AssumptionName, a: Assumptions, x: number, currency?: Currency): unknown {
  const own = (a[n] as { currency?: Currency }).currency;
  const c = currency ?? own;
  return c ? { low: x, high: x, currency: c } : { low: x, high: x };
}
