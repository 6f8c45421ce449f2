import type { Estimate } from "../assumptions/estimate.js";
import type { CostView } from "../cost/cost-view.js";
import { fail } from "../errors/error.js";
import { colorScale, seriesKeys, seriesNames, type SeriesKey } from "./palette.js";
import { moneyLabelExpr, moneyText, timesText } from "./money-axis.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";

export interface CostComparisonOptions extends ChartSize {
  /** The series to draw, in this order. Defaults to all six: purchase, allIn, rental, reported, amortized, programme. */
  readonly views?: readonly SeriesKey[];
  /**
   * `"log"`, `"linear"`, or `"auto"`: log when the largest value is more than 20× the smallest
   * (the axis title then says "log scale"). Defaults to `"auto"`.
   */
  readonly scale?: "auto" | "log" | "linear";
}

/** One row of the comparison chart's data. */
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

/** The spread above which `scale: "auto"` draws a log axis. */
export const LOG_SCALE_SPREAD = 20;

/**
 * The central comparison: each cost view of `estimate` as an interval from its low to its high
 * end (a bar; a tick where low = high), in the estimate's currency, with the formula and basis in
 * the tooltip and the multiple of the reported figure beside each bar.
 *
 * `costComparisonChart(estimate())`; `costComparisonChart(e, { views: ["purchase", "rental", "reported"] })`
 */
export function costComparisonChart(estimate: Estimate, { views = seriesKeys, scale = "auto", width }: CostComparisonOptions = {}): ChartSpec {
  if (!Array.isArray(views) || views.length === 0 || views.some((v) => !(seriesKeys as readonly string[]).includes(v))) {
    fail("notListOf", { name: "views", value: views, choices: seriesKeys });
  }
  if (!["auto", "log", "linear"].includes(scale)) fail("notOneOf", { name: "scale", value: scale, choices: ["auto", "log", "linear"] });
  const rows = comparisonRows(estimate, views);
  const lowest = Math.min(...rows.map((r) => r.low));
  const highest = Math.max(...rows.map((r) => r.high));
  const log = scale === "log" || (scale === "auto" && highest / lowest > LOG_SCALE_SPREAD);
  const c = estimate.currency;
  const x = {
    field: "low",
    type: "quantitative",
    scale: log ? { type: "log" as const } : { zero: true },
    axis: { title: `Cost (${c}${log ? ", log scale" : ""})`, labelExpr: moneyLabelExpr(c), grid: true },
  } as const;
  const y = { field: "label", type: "nominal", sort: rows.map((r) => r.label), axis: { title: null, labelLimit: 320 } } as const;
  const color = { field: "series", type: "nominal", scale: colorScale(views), legend: null } as const;
  const tooltip = [
    { field: "viewLabel", title: "View" },
    { field: "costText", title: "Cost" },
    { field: "timesReportedText", title: "Against reported" },
    { field: "formula", title: "Formula" },
    { field: "basis", title: "Basis" },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `What DeepSeek-V3's GPUs cost: buying, renting, reported and amortized (${c})`,
      subtitle: "Bars run from the low to the high end of each range; a tick is a single figure. Hover for the formula.",
    },
    width: chartWidth(width),
    height: { step: 34 },
    data: { values: rows },
    encoding: { y },
    layer: [
      { transform: [{ filter: "!datum.point" }], mark: { type: "bar", height: 16, cornerRadius: 2 }, encoding: { x, x2: { field: "high" }, color, tooltip } },
      { transform: [{ filter: "datum.point" }], mark: { type: "tick", thickness: 3, size: 22 }, encoding: { x, color, tooltip } },
      {
        mark: { type: "text", align: "left", dx: 6, fontSize: 11 },
        encoding: { x: { field: "high", type: "quantitative" }, text: { field: "annotation" } },
        transform: [{ calculate: "datum.costText + '  (' + datum.timesReportedText + ')'", as: "annotation" }],
      },
    ],
    config: { ...chartConfig, view: { stroke: null } },
  } satisfies ChartSpec;
}

/** The chart's rows: one per series, in the order asked. */
export function comparisonRows(e: Estimate, views: readonly SeriesKey[] = seriesKeys): CostComparisonRow[] {
  const reported = e.reported.low;
  return views.map((key) => {
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
      timesReportedText: key === "reported" ? "the reference" : `${timesText(low / reported, high / reported)} reported`,
      basis,
      formula,
    };
  });
}

function seriesOf(e: Estimate, key: SeriesKey): { low: number; high: number; label: string; basis: string; formula: string } {
  if (key === "allIn") {
    const line = e.purchase.breakdown.find((l) => l.label === "All-in cluster");
    return {
      ...e.purchase.allIn,
      label: "Purchase: all-in cluster (servers, interconnect)",
      basis: "Epoch AI's acquisition method: GPUs × server overhead ÷ (1 − interconnect fraction)",
      formula: line?.formula ?? "GPUs × server overhead ÷ (1 − interconnect fraction)",
    };
  }
  const view: CostView = e[key];
  return { low: view.low, high: view.high, label: view.label, basis: view.basis, formula: view.breakdown.map((l) => `${l.label}: ${l.formula}`).join("; ") };
}
