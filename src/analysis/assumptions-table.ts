import { from, type ColumnTable } from "arquero";
import { isAssumptions, type Assumptions } from "../assumptions/assumptions.js";
import { assumptionNames, assumptionSpecs } from "../assumptions/specs.js";
import { fail } from "../errors/error.js";
import type { MoneyRange } from "../money/money-range.js";
import type { Range } from "../range/range.js";
import { moneyText, quantityText } from "./text.js";

/** One row of {@link assumptionsTable}. */
export interface AssumptionRow {
  readonly name: string;
  /** The value in use, as written in charts: `2,000–3,000`, `¥4.0M–¥5.0M`, `H800`. */
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
