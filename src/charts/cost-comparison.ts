import { comparisonRows } from "../analysis/headline/comparison-rows.js";
import { seriesKeys, type SeriesKey } from "../format/series.js";
import type { Estimate } from "../assumptions/estimate.js";
import { fail } from "./messages.js";
import { isList } from "../validate/is-list.js";
import { logMoneyAxis, moneyLabelExpr } from "./money-axis.js";
import { colorScale } from "./palette.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";
import type { VegaLiteSpec } from "./vega-lite-spec.js";
import { knownKeys } from "../validate/known-keys.js";
import { resultOf } from "../validate/result-of.js";
import { ESTIMATE_FIELDS } from "../assumptions/result-fields.js";

/**
 * Options of {@link costComparisonChart}: which views to draw, the scale and the width.
 *
 * @category Charts
 */
export interface CostComparisonOptions extends ChartSize {
  /** The series to draw, in this order. Defaults to all six: purchase, allIn, rental, reported, amortized, programme. */
  readonly views?: readonly SeriesKey[];
  /**
   * `"log"`, `"linear"`, or `"auto"`: log when the largest value is more than 20× the smallest
   * (the axis title then says "log scale"). Defaults to `"auto"`.
   */
  readonly scale?: "auto" | "log" | "linear";
}

/** The spread above which `scale: "auto"` draws a log axis. */
export const LOG_SCALE_SPREAD = 20;

/**
 * The central comparison: each cost view of `estimate` as an interval from its low to its high
 * end (a bar; a tick where low = high), in the estimate's currency, with the formula and basis in
 * the tooltip and the multiple of the reported figure beside each bar.
 *
 * `costComparisonChart(estimate())`; `costComparisonChart(e, { views: ["purchase", "rental", "reported"] })`
 *
 * @category Charts
 */
export function costComparisonChart(estimate: Estimate, options: CostComparisonOptions = {}): ChartSpec {
  resultOf(estimate, ESTIMATE_FIELDS, "estimate", "estimate()");
  knownKeys(options, ["views", "scale", "width"], "options");
  const { views = seriesKeys, scale = "auto", width } = options;
  if (!isList(views) || views.length === 0 || views.some((v) => !(seriesKeys as readonly string[]).includes(v))) {
    fail("notListOf", { name: "views", value: views, choices: seriesKeys });
  }
  if (!["auto", "log", "linear"].includes(scale))
    fail("notOneOf", { name: "scale", value: scale, choices: ["auto", "log", "linear"] });
  const rows = comparisonRows(estimate, views);
  const lowest = Math.min(...rows.map((r) => r.low));
  const highest = Math.max(...rows.map((r) => r.high));
  const log = scale === "log" || (scale === "auto" && highest / lowest > LOG_SCALE_SPREAD);
  const c = estimate.currency;
  // a log axis ends near the data and is ticked at powers of ten ($1M, $10M, $100M)
  const logAxis = logMoneyAxis(lowest, highest);
  const x = {
    field: "low",
    type: "quantitative",
    scale: log ? logAxis.scale : { zero: true },
    axis: {
      title: `Cost (${c}${log ? ", log scale" : ""})`,
      labelExpr: moneyLabelExpr(c),
      grid: true,
      ...(log ? { values: logAxis.values } : {}),
    },
  } as const;
  const y = {
    field: "label",
    type: "nominal",
    sort: rows.map((r) => r.label),
    axis: { title: null, labelLimit: 320 },
  } as const;
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
      text: `The views side by side: buying, renting, reported and amortized (${c})`,
      subtitle:
        "Bars run from the low to the high end of each range; a tick is a single figure. Hover for the formula.",
    },
    width: chartWidth(width),
    height: { step: 34 },
    data: { values: rows },
    encoding: { y },
    layer: [
      {
        transform: [{ filter: "!datum.point" }],
        mark: { type: "bar", height: 16, cornerRadius: 2 },
        encoding: { x, x2: { field: "high" }, color, tooltip },
      },
      {
        transform: [{ filter: "datum.point" }],
        mark: { type: "tick", thickness: 3, size: 22 },
        encoding: { x, color, tooltip },
      },
      {
        mark: { type: "text", align: "left", dx: 6, fontSize: 11 },
        encoding: { x: { field: "high", type: "quantitative" }, text: { field: "annotation" } },
        transform: [{ calculate: "datum.costText + '  (' + datum.timesReportedText + ')'", as: "annotation" }],
      },
    ],
    config: { ...chartConfig, view: { stroke: null } },
  } satisfies VegaLiteSpec;
}
