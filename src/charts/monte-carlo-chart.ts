import { binDraws } from "../analysis/uncertainty/bin-draws.js";
import { monteCarloLines, monteCarloMarkers } from "../analysis/uncertainty/monte-carlo-markers.js";
import { seriesNames } from "../format/series.js";
import { moneyText } from "../format/text.js";
import type { Simulation } from "../assumptions/simulate.js";
import { fail } from "./messages.js";
import { moneyLabelExpr } from "./money-axis.js";
import { colorScale } from "./palette.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";
import type { VegaLiteSpec } from "./vega-lite-spec.js";
import { knownKeys } from "../validate/known-keys.js";
import { resultOf } from "../validate/result-of.js";

/**
 * Options of {@link monteCarloChart}: which simulated view, the bins and the width.
 *
 * @category Charts
 */
export interface MonteCarloOptions extends ChartSize {
  /** Which simulated view: `"amortized"` (the final run), `"programme"` or `"rental"`. Defaults to `"amortized"`. */
  readonly view?: "amortized" | "programme" | "rental";
  /** A figure to set the draws against (the reported cost, in the simulation's currency): a black rule, and the share of draws below it. */
  readonly reference?: number;
  /** Equal-width bins. Defaults to 40. */
  readonly bins?: number;
}

/**
 * The distribution of a simulated view: a histogram of the draws (binned here, so the spec holds
 * `bins` counts rather than every draw) with the 90% interval (R-7 quantiles 5% and 95%,
 * `interval90()`) as dashed rules and the median as a solid one. When every draw is the same
 * value (all inputs fixed) the chart says so in its subtitle.
 *
 * `monteCarloChart(simulate(a, { n: 100_000, seed: 1 }), { view: "programme" })`
 *
 * @category Charts
 */
export function monteCarloChart(sim: Simulation, options: MonteCarloOptions = {}): ChartSpec {
  resultOf(sim, ["currency", "n", "amortized", "programme", "rental"], "sim", "simulate()");
  knownKeys(options, ["view", "bins", "reference", "width"], "options");
  const { view = "amortized", bins = 40, reference, width } = options;
  if (view !== "amortized" && view !== "programme" && view !== "rental")
    fail("notOneOf", { name: "view", value: view, choices: ["amortized", "programme", "rental"] });
  if (reference !== undefined && !(typeof reference === "number" && Number.isFinite(reference) && reference > 0))
    fail("notPositive", { name: "reference", value: reference });
  const draws = sim[view];
  if (!(draws instanceof Float64Array) || draws.length === 0)
    fail("noDraws", { name: `simulation.${view}`, value: draws });
  const histogram = binDraws(draws, { bins });
  const markers = monteCarloMarkers(draws, sim.currency);
  const c = sim.currency;
  const degenerate = histogram.length === 1;
  const [p05, , p95] = markers;
  const m = sim.distributions.experimentsMultiplier;
  const finalRunOnly = view === "programme" && m.kind === "point" && m.value === 1;
  const lines = monteCarloLines(sim, view, reference);
  const refs =
    reference === undefined ? [] : [{ value: reference, text: `reported ${moneyText(reference, reference, c)}` }];
  // the reference's label on the side with room: right of a rule in the left third of the draws
  // (left of it, it would run into the axis labels), else left of it
  const from = histogram[0]?.x0 ?? 0;
  const to = histogram.at(-1)?.x1 ?? 1;
  const labelRight = reference !== undefined && reference < from + (to - from) / 3;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `Monte Carlo: the ${view} cost (${c}), ${sim.n.toLocaleString("en-US")} draws`,
      subtitle: degenerate
        ? `Every draw is ${markers[1].text}: every input of this view is a single value, so there is nothing to spread.`
        : [
            `90% interval ${moneyText(p05.value, p95.value, c)} (dashed), median ${markers[1].text} (solid); seed ${sim.seed}.`,
            ...lines,
            ...(finalRunOnly
              ? ["experimentsMultiplier is 1, so the programme is the final run alone; 2–4 (Lambert) widens it."]
              : []),
          ],
    },
    width: chartWidth(width),
    height: 220,
    layer: [
      {
        data: { values: histogram },
        mark: { type: "bar", binSpacing: 0, opacity: 0.85 },
        encoding: {
          x: {
            field: "x0",
            type: "quantitative",
            bin: { binned: true },
            scale: { zero: false },
            axis: { title: `${seriesNames[view]} (${c})`, labelExpr: moneyLabelExpr(c) },
          },
          x2: { field: "x1" },
          y: { field: "count", type: "quantitative", axis: { title: "Draws" } },
          color: { datum: seriesNames[view], type: "nominal", scale: colorScale([view]), legend: null },
          tooltip: [
            { field: "x0", title: "From", format: ",.4~s" },
            { field: "x1", title: "To", format: ",.4~s" },
            { field: "count", title: "Draws", format: "," },
            { field: "share", title: "Share", format: ".1%" },
          ],
        },
      },
      {
        data: { values: markers },
        mark: { type: "rule", color: "#222" },
        encoding: {
          x: { field: "value", type: "quantitative" },
          strokeDash: {
            field: "name",
            type: "nominal",
            scale: {
              domain: ["5th percentile", "median", "95th percentile"],
              range: [
                [4, 3],
                [1, 0],
                [4, 3],
              ],
            },
            legend: null,
          },
          tooltip: [
            { field: "name", title: "Marker" },
            { field: "text", title: "Value" },
          ],
        },
      },
      {
        data: { values: markers },
        mark: { type: "text", align: "left", dx: 3, dy: -4, baseline: "bottom", fontSize: 11, angle: 0 },
        encoding: {
          x: { field: "value", type: "quantitative" },
          y: { value: 0 },
          text: { field: "label" },
        },
        transform: [
          {
            calculate:
              "datum.name === 'median' ? '' : (datum.name === '5th percentile' ? '5%: ' : '95%: ') + datum.text",
            as: "label",
          },
        ],
      },
      {
        data: { values: refs },
        mark: { type: "rule", color: "#000", strokeWidth: 2 },
        encoding: { x: { field: "value", type: "quantitative" }, tooltip: [{ field: "text", title: "Reference" }] },
      },
      {
        data: { values: refs },
        mark: {
          type: "text",
          align: labelRight ? "left" : "right",
          dx: labelRight ? 3 : -3,
          dy: 4,
          baseline: "top",
          fontSize: 11,
        },
        encoding: { x: { field: "value", type: "quantitative" }, y: { value: 0 }, text: { field: "text" } },
      },
    ],
    resolve: { scale: { x: "shared" } },
    config: chartConfig,
  } satisfies VegaLiteSpec;
}
