import { from, type ColumnTable } from "arquero";
import { isAssumptions, type Assumptions } from "../../assumptions/assumptions.js";
import { assumptionNames, assumptionSpecs } from "../../assumptions/specs.js";
import { uncertainties } from "../../assumptions/uncertainty-of.js";
import { isoDate } from "../../cost/epoch-method.js";
import { fail } from "../messages.js";
import type { MoneyRange } from "../../money/money-range.js";
import type { Range } from "../../range/range.js";
import { moneyText, quantityText } from "../../format/text.js";

/**
 * One row of {@link assumptionsTable}.
 *
 * @category Assumptions and uncertainty
 */
export interface AssumptionRow {
  readonly name: string;
  /** The value in use, as written in charts: `2,000–3,000`, `JPY 4.0M–5.0M`, `H800`. */
  readonly value: string;
  readonly meaning: string;
  readonly source: string;
}

/**
 * The assumptions in use as an Arquero table, one row per assumption in the documented order,
 * with what each means and where its default comes from: the notebooks show it beside their
 * parameters cell so that every figure can be traced to a source.
 *
 * `showTable(assumptionsTable(assumptions({ gpuCount: 2048 })))`
 *
 * @category Assumptions and uncertainty
 */
export function assumptionsTable(a: Assumptions): ColumnTable {
  if (!isAssumptions(a)) fail("notAssumptions", { name: "assumptions", value: a });
  const rows: AssumptionRow[] = assumptionNames.map((name) => ({
    name,
    value: valueText(a[name]),
    meaning: assumptionSpecs[name].meaning,
    source: assumptionSpecs[name].source,
  }));
  return from(rows);
}

function valueText(v: string | Range | MoneyRange): string {
  if (typeof v === "string") return v;
  return "currency" in v ? moneyText(v.low, v.high, v.currency) : quantityText(v.low, v.high);
}

/**
 * One row of {@link uncertaintyTable}.
 *
 * @category Assumptions and uncertainty
 */
export interface UncertaintyRow {
  readonly name: string;
  /** The central value, as written: `JPY 4.5M`, `1.25`, `2024-09-01`. */
  readonly central: string;
  /** The range tried and drawn: `1.1–1.4`; the value alone when held. */
  readonly range: string;
  /** `triangular`, `uniform`, `log-normal` or `held`. */
  readonly distribution: string;
  /** `documented`, `given range` or `given value`. */
  readonly from: string;
  readonly source: string;
}

/**
 * What is believed about each quantitative assumption of `a`, one row each: its central value,
 * its range, the distribution the Monte Carlo draws it from, and the source or judgement behind it.
 *
 * `showTable(uncertaintyTable(assumptions()))`
 *
 * @category Assumptions and uncertainty
 */
export function uncertaintyTable(a: Assumptions): ColumnTable {
  if (!isAssumptions(a)) fail("notAssumptions", { name: "assumptions", value: a });
  const rows: UncertaintyRow[] = uncertainties(a).map((u) => {
    const text = (x: number) => (u.date ? isoDate(x) : u.currency ? moneyText(x, x, u.currency) : quantityText(x));
    const kind = u.distribution.kind;
    return {
      name: u.name,
      central: text(u.central),
      range:
        u.low === u.high
          ? text(u.low)
          : u.currency && !u.date
            ? moneyText(u.low, u.high, u.currency)
            : `${text(u.low)}–${text(u.high)}`,
      distribution: kind === "point" ? "held" : kind === "lognormal" ? "log-normal" : kind,
      from: u.from,
      source: u.source,
    };
  });
  return from(rows);
}
