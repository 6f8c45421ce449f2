import { effectiveComputeRows, speedEnds } from "../analysis/effective-compute/effective-compute-rows.js";
import { seriesNames } from "../format/series.js";
import type { Estimate } from "../assumptions/estimate.js";
import { fail } from "./messages.js";
import { moneyLabelExpr } from "./money-axis.js";
import { colorScale } from "./palette.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";
import type { VegaLiteSpec } from "./vega-lite-spec.js";
import { knownKeys } from "../validate/known-keys.js";
import { resultOf } from "../validate/result-of.js";
import { ESTIMATE_FIELDS } from "../assumptions/result-fields.js";

/**
 * Options of {@link effectiveComputeChart}: its size, and the speed ratios compared.
 *
 * @category Charts
 */
export interface EffectiveComputeChartOptions extends ChartSize {
  /**
   * Speed ratios to the H100 to compare. Defaults to the ends of the estimate's `speedRatio`
   * assumption, high first: [1, 0.5] by default, the datasheets' and the article's.
   */
  readonly speedRatios?: readonly number[];
}

/**
 * What one H100's worth of compute costs to buy: the GPU's price ÷ its speed ratio to the H100,
 * at each ratio, beside the H100's own price. At the datasheets' 1.0 the H800 is the cheaper way
 * to buy compute; at the article's 0.5 it is the dearer one.
 *
 * `effectiveComputeChart(estimate())`
 *
 * @category Charts
 */
export function effectiveComputeChart(e: Estimate, options: EffectiveComputeChartOptions = {}): ChartSpec {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  knownKeys(options, ["speedRatios", "width"], "options");
  const { speedRatios = speedEnds(e), width } = options;
  if (
    !Array.isArray(speedRatios) ||
    speedRatios.length === 0 ||
    speedRatios.some((s) => !(typeof s === "number" && Number.isFinite(s) && s > 0))
  ) {
    fail("notPositiveList", { name: "speedRatios", value: speedRatios });
  }
  const rows = effectiveComputeRows(e, speedRatios);
  const c = e.currency;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `What one H100's worth of compute costs to buy (${c})`,
      subtitle: [
        `${e.assumptions.gpu} price ÷ its speed ratio to the H100, beside the H100's own price.`,
        "1.0×: the datasheets give the H800 the H100's BF16/FP8 TFLOPS; 0.5×: the article's claim that it computes at half speed.",
      ],
    },
    width: chartWidth(width),
    height: { step: 34 },
    data: { values: rows },
    encoding: {
      y: { field: "label", type: "nominal", sort: rows.map((r) => r.label), axis: { title: null, labelLimit: 340 } },
    },
    layer: [
      {
        transform: [{ filter: "!datum.point" }],
        mark: { type: "bar", height: 16 },
        encoding: {
          x: {
            field: "low",
            type: "quantitative",
            scale: { zero: true },
            axis: { title: `Price per H100-equivalent GPU (${c})`, labelExpr: moneyLabelExpr(c) },
          },
          x2: { field: "high" },
          color: { datum: seriesNames.purchase, type: "nominal", scale: colorScale(["purchase"]), legend: null },
          tooltip: [
            { field: "label" },
            { field: "costText", title: "Price" },
            { field: "againstH100", title: "Against the H100" },
          ],
        },
      },
      {
        transform: [{ filter: "datum.point" }],
        mark: { type: "tick", thickness: 3, size: 22 },
        encoding: {
          x: { field: "low", type: "quantitative" },
          color: { datum: seriesNames.purchase, type: "nominal", scale: colorScale(["purchase"]), legend: null },
          tooltip: [
            { field: "label" },
            { field: "costText", title: "Price" },
            { field: "againstH100", title: "Against the H100" },
          ],
        },
      },
      {
        mark: { type: "text", align: "left", dx: 6, fontSize: 11 },
        encoding: { x: { field: "high", type: "quantitative" }, text: { field: "annotation" } },
        transform: [{ calculate: "datum.costText + '  (' + datum.againstH100 + ')'", as: "annotation" }],
      },
    ],
    config: chartConfig,
  } satisfies VegaLiteSpec;
}
