import type { Estimate } from "../../assumptions/estimate.js";
import { moneyText, timesText } from "../../format/text.js";
import { resultOf } from "../../validate/result-of.js";
import { ESTIMATE_FIELDS } from "../../assumptions/result-fields.js";

/**
 * One line of the amortized view under each method and valuation.
 *
 * @category Methods
 */
export interface AlternativeRow {
  readonly method: string;
  readonly costText: string;
  readonly timesReportedText: string;
  /** `as chosen` for the assumptions' own choices. */
  readonly chosen: string;
}

/**
 * The amortized view under each depreciation method and valuation (`estimate().alternatives`) as table rows.
 *
 * @category Methods
 */
export function alternativeRows(e: Estimate): AlternativeRow[] {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  return e.alternatives.map((x) => ({
    method: x.method,
    costText: moneyText(x.low, x.high, x.currency),
    timesReportedText: x.timesReported ? `${timesText(x.timesReported.low, x.timesReported.high)} reported` : "",
    chosen: x.chosen ? "as chosen" : "",
  }));
}

/**
 * The amortized view under each method and valuation, in sentences a reader checks against the
 * table, ending with what the choice does to the verdict:
 * `Depreciated at the price-performance trend, valued at purchase (as chosen): $5.73M–$7.10M, 1.0–1.3× the reported $5.58M.`
 *
 * @example
 * print(alternativeSentences(estimate()));
 *
 * @category Methods
 */
export function alternativeSentences(e: Estimate): string[] {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  const c = e.currency;
  if (!e.reported)
    return e.alternatives.map(
      (x) => `Amortized, ${x.method}${x.chosen ? " (as chosen)" : ""}: ${moneyText(x.low, x.high, c)}.`,
    );
  const reported = moneyText(e.reported.low, e.reported.high, c);
  const lines = e.alternatives.map(
    (x) =>
      `Amortized, ${x.method}${x.chosen ? " (as chosen)" : ""}: ${moneyText(x.low, x.high, c)}, ${timesText(x.timesReported!.low, x.timesReported!.high)} the reported ${reported}.`,
  );
  const above = e.alternatives.filter((x) => x.timesReported!.low >= 1).map((x) => x.method);
  const below = e.alternatives.filter((x) => x.timesReported!.high < 1).map((x) => x.method);
  const verdict =
    above.length === e.alternatives.length
      ? "Under every method the final run's amortized cost is at least the reported figure."
      : below.length === e.alternatives.length
        ? "Under every method the final run's amortized cost is below the reported figure."
        : `The choice decides the verdict: at or above the reported figure ${above.length > 0 ? `with ${above.join("; ")}` : "with none"}; below it ${below.length > 0 ? `with ${below.join("; ")}` : "with none"}${above.length + below.length < e.alternatives.length ? "; straddling it otherwise" : ""}.`;
  return [...lines, verdict];
}
