import type { HeadlineCaseRow } from "../analysis/cases/case-rows.js";
import { isList } from "../validate/is-list.js";
import { knownKeys } from "../validate/known-keys.js";
import { fail } from "./messages.js";
import { logMoneyAxis, moneyLabelExpr } from "./money-axis.js";
import { colorScale, palette } from "./palette.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";
import type { VegaLiteSpec } from "./vega-lite-spec.js";

/** Chart words, in one place. */
const TEXTS = {
  title: "Each headline against a fuller accounting of the same run (USD, log scale)",
  subtitle:
    "Black dot: the claim as written (a bound for 'under'). Bars: renting the run at the market range of the year it started, and Epoch AI's amortized hardware + energy of the run.",
  legend: "The same run",
  claim: "the claim",
} as const;

/** The two views as every chart names and colours them (src/charts/palette.ts). */
const VIEWS = colorScale(["rental", "amortized"]);
const [RENTAL, AMORTIZED] = VIEWS.domain as [string, string];

/**
 * The headlines side by side (`caseRows()`): one row per case, the claim as a black dot and the
 * rental and amortized views of the same run as bars from their low to their high end, on a log
 * axis of US dollars (a view with one value, a tick). A case with no claim has bars only; one with
 * no GPU-hours, its dot only.
 *
 * `headlinesChart(caseRows())`
 *
 * @category Charts
 */
export function headlinesChart(rows: readonly HeadlineCaseRow[], options: ChartSize = {}): ChartSpec {
  knownKeys(options, ["width"], "options");
  const { width } = options;
  if (!isList(rows) || rows.length === 0) fail("notCaseRows", { name: "rows", value: rows });
  const label = (r: HeadlineCaseRow) => `${r.model}${r.claim ? `: ${r.claim}` : ""}`;
  const values = rows.flatMap((r) => [
    ...(r.claimUsd === null
      ? []
      : [{ label: label(r), figure: TEXTS.claim, low: r.claimUsd, high: r.claimUsd, text: r.claim }]),
    ...(r.rentalLow === null
      ? []
      : [{ label: label(r), figure: RENTAL, low: r.rentalLow, high: r.rentalHigh, text: r.rentalText }]),
    ...(r.amortizedLow === null
      ? []
      : [
          {
            label: label(r),
            figure: AMORTIZED,
            low: r.amortizedLow,
            high: r.amortizedHigh,
            text: r.amortizedText,
          },
        ]),
  ]);
  const axis = logMoneyAxis(Math.min(...values.map((v) => v.low)), Math.max(...values.map((v) => v.high!)));
  const x = {
    field: "low",
    type: "quantitative",
    scale: axis.scale,
    axis: { title: null, labelExpr: moneyLabelExpr("USD"), values: axis.values, grid: true },
  } as const;
  const color = {
    field: "figure",
    type: "nominal",
    scale: VIEWS,
    legend: { title: TEXTS.legend, orient: "bottom", symbolType: "square" },
  } as const;
  const tooltip = [
    { field: "label", title: "Case" },
    { field: "figure", title: "Figure" },
    { field: "text", title: "Cost" },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: TEXTS.title, subtitle: TEXTS.subtitle },
    width: chartWidth(width),
    height: { step: 34 },
    data: { values },
    encoding: {
      y: { field: "label", type: "nominal", sort: rows.map(label), axis: { title: null, labelLimit: 280 } },
    },
    layer: [
      // a range as a bar; a single value (no range to draw) as a tick, so that it shows
      ...[RENTAL, AMORTIZED].flatMap((figure, k) => [
        {
          transform: [{ filter: `datum.figure === '${figure}' && datum.low < datum.high` }],
          mark: { type: "bar" as const, height: 7, cornerRadius: 2, yOffset: k === 0 ? -5 : 5 },
          encoding: { x, x2: { field: "high" }, color, tooltip },
        },
        {
          transform: [{ filter: `datum.figure === '${figure}' && datum.low === datum.high` }],
          mark: { type: "tick" as const, thickness: 3, size: 9, yOffset: k === 0 ? -5 : 5 },
          encoding: { x, color, tooltip },
        },
      ]),
      {
        transform: [{ filter: `datum.figure === '${TEXTS.claim}'` }],
        mark: { type: "point", filled: true, size: 70, opacity: 1, color: palette.reported },
        encoding: { x, tooltip },
      },
    ],
    config: { ...chartConfig, view: { stroke: null } },
  } satisfies VegaLiteSpec;
}
