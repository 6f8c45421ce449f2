import { ladderTags, type CostLadder } from "../analysis/findings/cost-ladder.js";
import { isList } from "../validate/is-list.js";
import { fail } from "./messages.js";
import { logMoneyAxis, moneyLabelExpr } from "./money-axis.js";
import { ladderPalette } from "./palette.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";
import type { VegaLiteSpec } from "./vega-lite-spec.js";
import { knownKeys } from "../validate/known-keys.js";

/** Chart words, in one place. */
const TEXTS = {
  title: (c: string) => `From the reported figure to the fleet: what each figure counts (${c}, log scale)`,
  subtitle:
    "Bars run from the low to the high end of each figure; a dot marks the Monte Carlo median. Under each bar, its source.",
  legend: "Figure",
} as const;

/**
 * The cost ladder of `costLadder()`: one row per step, from the reported figure up to the fleet
 * spending, as a bar from its low to its high end on a log axis ticked at powers of ten (a dot at
 * the Monte Carlo median where there is one), coloured by its tag (reported in black, estimate in
 * blue, scenario in orange, contested in purple), with its figure beside it and its source under
 * it, inside the chart. Steps left out for want of data are named in the subtitle.
 *
 * `costLadderChart(costLadder(e, claimOf(e), { figures: loadFleetAndStaff(), draws }))`
 *
 * @category Charts
 */
export function costLadderChart(ladder: CostLadder, options: ChartSize = {}): ChartSpec {
  knownKeys(options, ["width"], "options");
  const { width } = options;
  if (typeof ladder !== "object" || ladder === null || !isList(ladder.rows) || ladder.rows.length === 0)
    fail("notCostLadder", { name: "ladder", value: ladder });
  const rows = ladder.rows;
  const c = rows[0]!.currency;
  const axis = logMoneyAxis(Math.min(...rows.map((r) => r.low)), Math.max(...rows.map((r) => r.high)));
  const values = rows.map((r) => ({ ...r, point: r.low === r.high }));
  const y = {
    field: "label",
    type: "nominal",
    sort: rows.map((r) => r.label),
    axis: { title: null, labelLimit: 260 },
  } as const;
  const x = {
    field: "low",
    type: "quantitative",
    scale: axis.scale,
    axis: { title: null, labelExpr: moneyLabelExpr(c), values: axis.values, grid: true },
  } as const;
  const color = {
    field: "tag",
    type: "nominal",
    scale: { domain: [...ladderTags], range: ladderTags.map((t) => ladderPalette[t]) },
    legend: { title: TEXTS.legend, orient: "bottom" },
  } as const;
  const tooltip = [
    { field: "label", title: "Step" },
    { field: "costText", title: "Cost" },
    { field: "tag", title: "Figure" },
    { field: "source", title: "Source" },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: TEXTS.title(c), subtitle: [TEXTS.subtitle, ...(ladder.note ? [ladder.note] : [])] },
    width: chartWidth(width),
    height: { step: 46 },
    data: { values },
    encoding: { y },
    layer: [
      {
        transform: [{ filter: "!datum.point" }],
        mark: { type: "bar", height: 14, cornerRadius: 2, yOffset: -6 },
        encoding: { x, x2: { field: "high" }, color, tooltip },
      },
      {
        transform: [{ filter: "datum.point" }],
        mark: { type: "tick", thickness: 3, size: 20, yOffset: -6 },
        encoding: { x, color, tooltip },
      },
      {
        transform: [{ filter: "isValid(datum.median)" }],
        mark: {
          type: "point",
          filled: true,
          size: 40,
          color: "#ffffff",
          stroke: "#000000",
          strokeWidth: 1,
          yOffset: -6,
          opacity: 1,
        },
        encoding: { x: { field: "median", type: "quantitative" } },
      },
      {
        mark: { type: "text", align: "left", dx: 6, dy: -6, fontSize: 12, fontWeight: "bold" },
        encoding: { x: { field: "high", type: "quantitative" }, text: { field: "costText" } },
      },
      {
        mark: { type: "text", align: "left", dy: 11, fontSize: 11, color: "#555555" },
        encoding: { x: { field: "low", type: "quantitative" }, text: { field: "source" } },
      },
    ],
    config: { ...chartConfig, view: { stroke: null } },
  } satisfies VegaLiteSpec;
}
