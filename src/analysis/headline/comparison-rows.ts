import type { Estimate } from "../../assumptions/estimate.js";
import type { CostView } from "../../cost/cost-view.js";
import { seriesKeys, seriesNames, type SeriesKey } from "../../format/series.js";
import { moneyText, timesText } from "../../format/text.js";
import { shownProgramme } from "./shown-programme.js";
import { fail } from "../messages.js";
import { isList } from "../../validate/is-list.js";
import { resultOf } from "../../validate/result-of.js";
import { ESTIMATE_FIELDS } from "../../assumptions/result-fields.js";

/**
 * One row of the comparison chart's data.
 *
 * @category Headline
 */
export interface CostComparisonRow {
  readonly key: SeriesKey;
  /** The legend name (`seriesNames[key]`). */
  readonly series: string;
  /** The row's label: `Rental: the final run`. */
  readonly label: string;
  /** The view's own label, for the tooltip: `Programme: final run and the experiments before it`. */
  readonly viewLabel: string;
  readonly low: number;
  readonly high: number;
  /** Whether low = high: drawn as a tick rather than a bar. */
  readonly point: boolean;
  /** `$5.58M–$13.7M` */
  readonly costText: string;
  /** This row ÷ the reported figure: `9.5–17.7× reported`. */
  readonly timesReportedText: string;
  readonly basis: string;
  readonly formula: string;
}

/** Row labels short enough for a static copy of the chart, whose text widths are estimated generously. */
const ROW_LABELS: Readonly<Record<SeriesKey, string>> = {
  purchase: "Purchase: the GPUs",
  allIn: "Purchase: all-in cluster",
  rental: "Rental: the final run",
  reported: "Reported: the lab's figure",
  amortized: "Amortized hardware + energy",
  programme: "Programme: run × experiments",
};

/**
 * The chart's rows: one per series, in the order asked.
 *
 * @example
 * showTable(comparisonRows(estimate()), { columns: ["label", "costText", "timesReportedText"] });
 *
 * @category Headline
 */
export function comparisonRows(e: Estimate, views: readonly SeriesKey[] = seriesKeys): CostComparisonRow[] {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  if (!isList(views) || views.some((k) => !(seriesKeys as readonly unknown[]).includes(k)))
    fail("notListOf", { name: "views", value: views, choices: seriesKeys });
  const reported = e.reported?.low;
  // a case that claims no figure has no reported series
  return views
    .filter((key) => key !== "reported" || e.reported)
    .map((key) => {
      const { low, high, label, basis, formula } = seriesOf(e, key);
      return {
        key,
        series: seriesNames[key],
        label: ROW_LABELS[key],
        viewLabel: label,
        low,
        high,
        point: low === high,
        costText: moneyText(low, high, e.currency),
        timesReportedText:
          key === "reported"
            ? "the reference"
            : reported === undefined
              ? ""
              : `${timesText(low / reported, high / reported)} reported`,
        basis,
        formula,
      };
    });
}

function seriesOf(
  e: Estimate,
  key: SeriesKey,
): { low: number; high: number; label: string; basis: string; formula: string } {
  if (key === "allIn") {
    const line = e.purchase.breakdown.find((l) => l.label === "All-in cluster");
    return {
      ...e.purchase.allIn,
      label: "Purchase: all-in cluster (servers, interconnect)",
      basis: "Epoch AI's acquisition method: GPUs × server overhead ÷ (1 − interconnect fraction)",
      formula: line?.formula ?? "GPUs × server overhead ÷ (1 − interconnect fraction)",
    };
  }
  // the programme never repeats the final run: at a multiplier of 1 it counts Lambert's 2–4
  const view: CostView = key === "programme" ? shownProgramme(e) : e[key]!;
  return {
    low: view.low,
    high: view.high,
    label: view.label,
    basis: view.basis,
    formula: view.breakdown.map((l) => `${l.label}: ${l.formula}`).join("; "),
  };
}
