import { turningPointRows } from "../analysis/uncertainty/turning-point-rows.js";
import { assumptionLabels } from "../assumptions/labels.js";
import type { AssumptionName } from "../assumptions/specs.js";
import { moneyText } from "../format/text.js";
import type { TurningPoints, TurningTarget } from "../assumptions/turning-points.js";
import { fail } from "./messages.js";
import { seriesNames } from "../format/series.js";
import { colorScale } from "./palette.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";
import type { VegaLiteSpec } from "./vega-lite-spec.js";
import { knownKeys } from "../validate/known-keys.js";
import { resultOf } from "../validate/result-of.js";

/**
 * Options of {@link turningPointsChart}: which target (the reported cost or renting) and the width.
 *
 * @category Charts
 */
export interface TurningPointsChartOptions extends ChartSize {
  /** Against the reported figure (the default) or renting the same GPU-hours. */
  readonly target?: TurningTarget;
}

/** How far beyond its range a turning value is drawn before it is pinned to the edge. */
const EDGE = 0.35;

/**
 * The turning points of `turningPoints()` against one target: one row per quantitative
 * assumption that has one, its plausible range as a grey bar from its low end (0) to its high end
 * (1), its central value as a black tick, and the value at which the view reaches the target as a
 * diamond in the view's colour, inside the bar when it is plausible, beyond it when not (pinned at the edge, with its
 * value written, when it lies far out).
 *
 * `turningPointsChart(turningPoints(assumptions()), { target: "reported" })`
 *
 * @category Charts
 */
export function turningPointsChart(t: TurningPoints, options: TurningPointsChartOptions = {}): ChartSpec {
  resultOf(t, ["view", "central", "rows", "currency"], "t", "turningPoints()");
  knownKeys(options, ["target", "width"], "options");
  const { target = "reported", width } = options;
  if (target !== "reported" && target !== "rental")
    fail("notOneOf", { name: "target", value: target, choices: ["reported", "rental"] });
  const rows = turningPointRows(t, target)
    .filter((r) => r.kind === "range" && r.valueAt !== null)
    .map((r) => ({
      ...r,
      label: assumptionLabels[r.assumption as AssumptionName] ?? r.assumption,
      shownAt: Math.max(-EDGE, Math.min(1 + EDGE, r.valueAt!)),
      pinned: r.valueAt! < -EDGE || r.valueAt! > 1 + EDGE,
    }));
  const c = t.currency;
  const goal = target === "reported" ? (t.central.reported ?? fail("noClaimTarget", {})) : t.central.rental;
  const goalText = moneyText(goal, goal, c);
  // rows in a reader's words (assumptionLabels); the tooltip keeps the name for code
  const names = rows.map((r) => r.label);
  const y = { field: "label", type: "nominal", sort: names, axis: { title: null, labelLimit: 280 } } as const;
  const x = {
    type: "quantitative" as const,
    scale: { domain: [-EDGE - 0.05, 1 + EDGE + 0.05], nice: false },
    axis: null,
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text:
        target === "reported"
          ? `Where the ${t.view} cost meets the reported ${goalText}, one assumption at a time`
          : `Where owning (the ${t.view} cost) meets renting the same GPU-hours, one assumption at a time`,
      subtitle: [
        "Grey: the plausible range, low end left, high end right. Tick: the central value (alone: held).",
        rows.length === 0
          ? "No single assumption brings the view to the target at any value it can take."
          : `Diamond: where the view meets ${target === "reported" ? "the reported figure" : "renting"}; outside the grey, beyond what is plausible.`,
      ],
    },
    width: chartWidth(width, 440),
    height: { step: 36 },
    data: { values: rows },
    layer: [
      {
        transform: [{ filter: "datum.hasRange" }],
        mark: { type: "rule", strokeWidth: 8, color: "#cfcfcf" },
        encoding: { y, x: { datum: 0, ...x }, x2: { datum: 1 } },
      },
      {
        mark: { type: "tick", color: "#222", thickness: 2, size: 16 },
        encoding: {
          y,
          x: { field: "centralAt", ...x },
          tooltip: [
            { field: "assumption", title: "Assumption" },
            { field: "centralText", title: "Central value" },
            { field: "rangeText", title: "Plausible range" },
          ],
        },
      },
      {
        mark: { type: "point", shape: "diamond", filled: true, size: 110, opacity: 1 },
        encoding: {
          y,
          color: { datum: seriesNames[t.view], type: "nominal", scale: colorScale([t.view]), legend: null },
          x: { field: "shownAt", ...x },
          tooltip: [
            { field: "assumption", title: "Assumption" },
            { field: "valueText", title: "Turning value" },
            { field: "where", title: "Where" },
            { field: "sentence", title: "Reads" },
          ],
        },
      },
      {
        mark: { type: "text", align: "left", dy: -12, fontSize: 11 },
        encoding: { y, x: { field: "shownAt", ...x }, text: { field: "valueText" } },
      },
      {
        transform: [{ filter: "datum.hasRange" }],
        mark: { type: "text", align: "center", dy: 14, fontSize: 11, color: "#666" },
        encoding: { y, x: { datum: 0, ...x }, text: { field: "lowText" } },
      },
      {
        transform: [{ filter: "datum.hasRange" }],
        mark: { type: "text", align: "center", dy: 14, fontSize: 11, color: "#666" },
        encoding: { y, x: { datum: 1, ...x }, text: { field: "highText" } },
      },
      {
        transform: [{ filter: "!datum.hasRange" }],
        mark: { type: "text", align: "center", dy: 14, fontSize: 11, color: "#666" },
        encoding: { y, x: { datum: 0.5, ...x }, text: { field: "centralText" } },
      },
    ],
    config: chartConfig,
  } satisfies VegaLiteSpec;
}
