import type { RunCost } from "../analysis/runs/run-costs.js";
import { seriesKeys, seriesNames } from "../format/series.js";
import { moneyText, quantityText } from "../format/text.js";
import { fail } from "./messages.js";
import { isList } from "../validate/is-list.js";
import { logMoneyAxis, moneyLabelExpr } from "./money-axis.js";
import { colorScale } from "./palette.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";
import type { VegaLiteSpec } from "./vega-lite-spec.js";
import { knownKeys } from "../validate/known-keys.js";
import { resultsOf } from "../validate/result-of.js";

/** Where the GPU-hours axis starts: below the smallest run compared (R1's 147K). */
const HOURS_AXIS_FROM = 100_000;

/**
 * Training runs side by side, from `runCosts()`: above, each run's GPU-hours (log scale, labelled
 * with the GPU type); below, each cost on its basis (log scale): the lab's reported figure, a
 * third party's rental or amortized estimate, and GPU-hours at the common rental rate, coloured
 * as the cost views are everywhere else. Ranges are bars, single figures points.
 *
 * `trainingRunsChart(runCosts(loadTrainingRuns(), { estimate: estimate() }))`
 *
 * @category Charts
 */
export function trainingRunsChart(costs: readonly RunCost[], options: ChartSize = {}): ChartSpec {
  resultsOf(costs, ["id", "model", "gpuHours", "key"], "costs", "runCosts()");
  knownKeys(options, ["width"], "options");
  const { width } = options;
  if (!isList(costs) || costs.length === 0) fail("notRunCosts", { name: "costs", value: costs });
  const w = chartWidth(width, 480);
  const models = [...new Set(costs.map((c) => c.model))];
  const hours = [...new Map(costs.filter((c) => c.gpuHours !== null).map((c) => [c.id, c])).values()].map((c) => ({
    model: c.model,
    gpuHours: c.gpuHours as number,
    hoursText: `${quantityText(c.gpuHours as number)} GPU-hours${c.gpu ? ` (${c.gpu})` : ""}`,
    gpu: c.gpu ?? "not reported",
    source: c.source,
  }));
  const points = costs.map((c) => ({
    model: c.model,
    series: seriesNames[c.key],
    low: c.costUsdLow,
    high: c.costUsdHigh,
    point: c.costUsdLow === c.costUsdHigh,
    costText: moneyText(c.costUsdLow, c.costUsdHigh, "USD"),
    basis: c.basis,
    source: c.source,
  }));
  const keys = seriesKeys.filter((k) => costs.some((c) => c.key === k));
  const y = { field: "model", type: "nominal", sort: models, axis: { title: null, labelLimit: 240 } } as const;
  // log axes ticked at powers of ten and ending near the data
  const costAxis = logMoneyAxis(Math.min(...points.map((p) => p.low)), Math.max(...points.map((p) => p.high)));
  const costX = {
    field: "low",
    type: "quantitative",
    scale: costAxis.scale,
    axis: { title: "Cost (USD, log scale)", labelExpr: moneyLabelExpr("USD"), grid: true, values: costAxis.values },
  } as const;
  const mostHours = Math.max(HOURS_AXIS_FROM * 10, ...hours.map((h) => h.gpuHours));
  const hoursAxis = logMoneyAxis(HOURS_AXIS_FROM * 1.25, mostHours);
  const color = {
    field: "series",
    type: "nominal",
    scale: colorScale(keys),
    legend: { title: "Basis of the cost", orient: "bottom", columns: 2 },
  } as const;
  // Costs of one run on several bases sit one above another within the run's row.
  const yOffset = { field: "series", type: "nominal", sort: keys.map((k) => seriesNames[k]) } as const;
  const tooltip = [
    { field: "model", title: "Run" },
    { field: "costText", title: "Cost" },
    { field: "basis", title: "Basis" },
    { field: "source", title: "Source" },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: "Training runs on one footing: GPU-hours, and cost by basis",
      subtitle: "GPU types differ: H800 and H100 have the same BF16/FP8 throughput; an A100 about a third of it.",
    },
    vconcat: [
      {
        width: w,
        height: { step: 22 },
        data: { values: hours },
        layer: [
          {
            mark: { type: "rule", color: "#bbb", strokeWidth: 2 },
            encoding: { y, x: { field: "gpuHours", type: "quantitative" }, x2: { datum: HOURS_AXIS_FROM } },
          },
          {
            mark: { type: "point", filled: true, color: "#555", size: 60 },
            encoding: {
              y,
              x: {
                field: "gpuHours",
                type: "quantitative",
                scale: { type: "log", domain: [HOURS_AXIS_FROM, hoursAxis.scale.domain[1]], nice: false },
                axis: { title: "GPU-hours (log scale)", format: "~s", grid: true, values: hoursAxis.values },
              },
              tooltip: [
                { field: "model", title: "Run" },
                { field: "hoursText", title: "GPU-hours" },
                { field: "source", title: "Source" },
              ],
            },
          },
          {
            mark: { type: "text", align: "left", dx: 7, fontSize: 11 },
            encoding: { y, x: { field: "gpuHours", type: "quantitative" }, text: { field: "hoursText" } },
          },
        ],
      },
      {
        width: w,
        height: { step: 8, for: "offset" },
        data: { values: points },
        layer: [
          {
            transform: [{ filter: "!datum.point" }],
            mark: { type: "bar", height: 6 },
            encoding: { y, yOffset, x: costX, x2: { field: "high" }, color, tooltip },
          },
          {
            transform: [{ filter: "datum.point" }],
            mark: { type: "point", filled: true, size: 60, opacity: 1 },
            encoding: { y, yOffset, x: costX, color, tooltip },
          },
        ],
      },
    ],
    config: chartConfig,
  } satisfies VegaLiteSpec;
}
