import { breakEvenPoints } from "../analysis/break-even/break-even-points.js";
import { breakEvenText } from "../analysis/break-even/break-even-text.js";
import { seriesNames } from "../format/series.js";
import { moneyText, quantityText } from "../format/text.js";
import type { BreakEvenView } from "../cost/break-even.js";
import { fail } from "./messages.js";
import { moneyLabelExpr } from "./money-axis.js";
import { colorScale } from "./palette.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";
import type { VegaLiteSpec } from "./vega-lite-spec.js";
import { knownKeys } from "../validate/known-keys.js";
import { resultOf } from "../validate/result-of.js";

/**
 * Options of {@link breakEvenChart}: the years of use the axis spans and the width.
 *
 * @category Charts
 */
export interface BreakEvenChartOptions extends ChartSize {
  /**
   * How many years of use the x axis spans. Defaults to 1.5 × the later break-even (at least 2,
   * at most 10 years), or 5 years when owning never breaks even.
   */
  readonly years?: number;
}

const OWN = seriesNames.allIn;

/**
 * Buy or rent one GPU: the cumulative cost of owning it (all-in hardware up front, then energy
 * by the hour) and of renting it, against years of use, each a band from its low to its high
 * assumptions, with the break-even (`view.years`) shaded and labelled. An end at which owning
 * never catches up (`null`) is said in the subtitle and the shading runs to the axis end.
 *
 * `breakEvenChart(estimate().breakEven)`
 *
 * @category Charts
 */
export function breakEvenChart(view: BreakEvenView, options: BreakEvenChartOptions = {}): ChartSpec {
  resultOf(view, ["years", "hours", "currency"], "view", "breakEven()");
  knownKeys(options, ["years", "width"], "options");
  const { years, width } = options;
  if (years !== undefined && !(typeof years === "number" && Number.isFinite(years) && years > 0)) {
    fail("notPositive", { name: "years", value: years, unit: "years" });
  }
  const span = years ?? defaultSpan(view);
  const points = breakEvenPoints(view, span);
  const c = view.currency;
  const { low, high } = view.years;
  const band = low === null ? [] : [{ from: low, to: high ?? span, text: breakEvenText(view) }];
  const rules = [low, high].filter((y): y is number => y !== null && y <= span).map((y) => ({ years: y }));
  const u = view.utilization;
  const use = u.low === 1 && u.high === 1 ? "24/7" : `${quantityText(u.low * 100, u.high * 100)}% of the time`;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `Buy or rent one GPU: cumulative cost against years of use (${c})`,
      subtitle: [
        `Owning: ${moneyText(view.capexPerGpu.low, view.capexPerGpu.high, c)} all-in up front, then ${moneyText(view.runningPerGpuHour.low, view.runningPerGpuHour.high, c)} of energy per hour; renting: ${moneyText(view.ratePerGpuHour.low, view.ratePerGpuHour.high, c)} per hour.`,
        breakEvenText(view) + (view.note ? ` (${view.note})` : ""),
      ],
    },
    width: chartWidth(width),
    height: 260,
    layer: [
      {
        data: { values: band },
        mark: { type: "rect", color: "#888", opacity: 0.15 },
        encoding: {
          x: { field: "from", type: "quantitative" },
          x2: { field: "to" },
          tooltip: [{ field: "text", title: "Break-even" }],
        },
      },
      {
        data: { values: points },
        mark: { type: "area", opacity: 0.3 },
        encoding: {
          x: {
            field: "years",
            type: "quantitative",
            scale: { domain: [0, span], nice: false },
            axis: { title: `Years of use (${use})` },
          },
          y: {
            field: "low",
            type: "quantitative",
            axis: { title: `Cumulative cost of one GPU (${c})`, labelExpr: moneyLabelExpr(c) },
          },
          y2: { field: "high" },
          color: {
            field: "series",
            type: "nominal",
            scale: colorScale(["allIn", "rental"]),
            legend: {
              title: null,
              orient: "bottom",
              labelLimit: 320,
              labelExpr: `datum.label === ${JSON.stringify(OWN)} ? "Own one GPU (all-in, then energy)" : "Rent one GPU"`,
            },
          },
          tooltip: [
            { field: "series", title: "Cost of" },
            { field: "years", title: "Years", format: ".2f" },
            { field: "costText", title: "Cumulative cost" },
          ],
        },
      },
      {
        data: { values: points },
        transform: [{ fold: ["low", "high"], as: ["end", "cost"] }],
        mark: { type: "line", strokeWidth: 1.5 },
        encoding: {
          x: { field: "years", type: "quantitative" },
          y: { field: "cost", type: "quantitative" },
          color: { field: "series", type: "nominal" },
          detail: { field: "end", type: "nominal" },
        },
      },
      {
        data: { values: rules },
        mark: { type: "rule", color: "#333", strokeDash: [4, 3] },
        encoding: { x: { field: "years", type: "quantitative" } },
      },
    ],
    config: chartConfig,
  } satisfies VegaLiteSpec;
}

function defaultSpan(view: BreakEvenView): number {
  const { low, high } = view.years;
  if (high !== null) return Math.min(10, Math.max(2, Math.ceil(high * 1.5)));
  if (low !== null) return Math.min(10, Math.max(2, Math.ceil(low * 3)));
  return 5;
}
