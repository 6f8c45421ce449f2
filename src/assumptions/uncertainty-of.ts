import type { Currency } from "../money/currency.js";
import { fail } from "./messages.js";
import { dayNumber } from "../cost/epoch-method.js";
import type { Distribution } from "../uncertainty/distribution.js";
import { lognormal90 } from "../uncertainty/lognormal.js";
import { point } from "../uncertainty/point.js";
import { triangular } from "../uncertainty/triangular.js";
import { uniform } from "../uncertainty/uniform.js";
import { defaultOf, type Assumptions } from "./assumptions.js";
import { assumptionSpecs } from "./specs.js";
import { assumptionUncertainties, type DocumentedUncertainty, type QuantitativeAssumption } from "./uncertainties.js";
import { CASE_UNCERTAIN, caseUncertainty } from "./case-uncertainty.js";
import { resultOf } from "../validate/result-of.js";
import { ASSUMPTION_FIELDS } from "./result-fields.js";

/** The quantitative assumptions, in their documented order. */
export const quantitativeAssumptions = Object.keys(assumptionUncertainties) as QuantitativeAssumption[];

/** Assumptions that are multiplicative unknowns: a range given for one is drawn log-normal, its ends as the 90% interval. */
const LOGNORMAL_WHEN_GIVEN: ReadonlySet<QuantitativeAssumption> = new Set(["experimentsMultiplier"]);

/**
 * What the analysis takes as known about one quantitative assumption of `a`, in numbers: dates as
 * day numbers (days since 1970-01-01), prices in their own `currency`.
 *
 * @category Assumptions
 */
export interface InputUncertainty {
  readonly name: QuantitativeAssumption;
  /**
   * Where it comes from: `documented` (the assumption holds its default, so its documented
   * uncertainty applies), `given range` (a range the user set, drawn across), `given value` (a
   * single value the user set, held).
   */
  readonly from: "documented" | "given range" | "given value";
  /**
   * Its value in the central case: the default point; a triangular's most likely value; a
   * uniform range's midpoint; a log-normal range's median (the geometric mean of its ends).
   */
  readonly central: number;
  /** The ends a sensitivity analysis tries (both equal to `central` when there is nothing to try). */
  readonly low: number;
  readonly high: number;
  /** What the Monte Carlo draws (a point when the input is held). */
  readonly distribution: Distribution;
  readonly currency?: Currency;
  /** Whether the numbers are day numbers of dates. */
  readonly date: boolean;
  /** The source or judgement behind the range, or why it is held. */
  readonly source: string;
}

/**
 * The uncertainty of assumption `name` as `a` holds it: documented while it holds its default
 * (`assumptionUncertainties`), the user's range when one is given, or held at a single value the
 * user gave. A default price stays in its own currency (the GPU price in yen).
 *
 * `uncertaintyOf(assumptions(), "pue")` → triangular 1.1–1.4, most likely 1.25, from Epoch AI's sources (energy.py at commit 1075758).
 *
 * @category Assumptions
 */
export function uncertaintyOf(a: Assumptions, name: QuantitativeAssumption): InputUncertainty {
  resultOf(a, ASSUMPTION_FIELDS, "a", "assumptions()");
  if (!(quantitativeAssumptions as readonly unknown[]).includes(name))
    fail("notOneOf", { name: "name", value: name, choices: quantitativeAssumptions });
  const isDate = assumptionSpecs[name].kind.kind === "date";
  const value = a[name];
  const currency = typeof value === "object" && "currency" in value ? value.currency : undefined;
  const common = { name, date: isDate, ...(currency ? { currency } : {}) };
  const num = (x: number | string) => (typeof x === "string" ? dayNumber(x) : x);
  const [low, high] = typeof value === "string" ? [num(value), num(value)] : [value.low, value.high];

  if (!sameValue(value, defaultOf(name, a as unknown as Readonly<Record<string, unknown>>))) {
    if (low === high)
      return {
        ...common,
        from: "given value",
        central: low,
        low,
        high,
        distribution: point(low),
        source: "held at the value given",
      };
    const logNormal = LOGNORMAL_WHEN_GIVEN.has(name);
    return {
      ...common,
      from: "given range",
      central: logNormal ? Math.sqrt(low * high) : (low + high) / 2,
      low,
      high,
      distribution: logNormal ? lognormal90({ low, high }) : uniform({ low, high }),
      source: logNormal
        ? "the range given, drawn log-normal with its ends as the 5th and 95th percentiles"
        : "the range given, drawn uniform",
    };
  }

  const doc = documented(a, name);
  const source = doc.source;
  if (doc.shape === "uniform") {
    const [l, h] = [num(doc.low!), num(doc.high!)];
    return {
      ...common,
      from: "documented",
      central: (l + h) / 2,
      low: l,
      high: h,
      distribution: uniform({ low: l, high: h }),
      source,
    };
  }
  const mode = doc.mode === undefined ? low : num(doc.mode);
  if (doc.shape === "fixed") {
    const [l, h] = doc.low === undefined ? [mode, mode] : [num(doc.low), num(doc.high!)];
    return { ...common, from: "documented", central: mode, low: l, high: h, distribution: point(mode), source };
  }
  // A default derived from another assumption (the electricity price of another year) may fall
  // outside the documented ends: the range then stretches to hold it.
  const l = Math.min(num(doc.low!), mode);
  const h = Math.max(num(doc.high!), mode);
  return {
    ...common,
    from: "documented",
    central: mode,
    low: l,
    high: h,
    distribution: triangular(l, mode, h),
    source,
  };
}

/**
 * Every quantitative assumption's uncertainty, in documented order.
 *
 * @example
 * showTable(uncertainties(assumptions()), { columns: ["name", "low", "high", "from", "source"] });
 */
export function uncertainties(a: Assumptions): InputUncertainty[] {
  resultOf(a, ASSUMPTION_FIELDS, "a", "assumptions()");
  return quantitativeAssumptions.map((name) => uncertaintyOf(a, name));
}

/**
 * The documented uncertainty of `name` for `a`'s case: the GPUs, GPU-hours and training start
 * follow the case; a case's GPU price that is the article's H100 price takes the H100 price's.
 */
function documented(a: Assumptions, name: QuantitativeAssumption): DocumentedUncertainty {
  if ((CASE_UNCERTAIN as readonly string[]).includes(name)) {
    const hours = a.case.gpuHours ?? a.gpuHours.low;
    return caseUncertainty(name as (typeof CASE_UNCERTAIN)[number], a.case, hours);
  }
  if (name === "gpuPrice" && sameValue(a.gpuPrice, defaultOf("h100Price", {})))
    return assumptionUncertainties.h100Price;
  return assumptionUncertainties[name];
}

function sameValue(x: unknown, y: unknown): boolean {
  if (typeof x === "string" || typeof y === "string") return x === y;
  type Bounds = { low: number; high: number; currency?: string };
  const [p, q] = [x as Bounds, y as Bounds];
  return p.low === q.low && p.high === q.high && p.currency === q.currency;
}
