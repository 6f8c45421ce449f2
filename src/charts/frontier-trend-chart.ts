import type { FrontierTrend } from "../analysis/frontier/frontier-trend.js";
import { seriesNames } from "../format/series.js";
import { moneyText, percentText, timesText } from "../format/text.js";
import type { TrendDistance } from "../analysis/frontier/trend-distance.js";
import { fail } from "./messages.js";
import { isList } from "../validate/is-list.js";
import { trendAt } from "../trend/log-linear-trend.js";
import { moneyLabelExpr } from "./money-axis.js";
import { colorScale, palette } from "./palette.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";
import { asChartSpec, type VegaLiteSpec } from "./vega-lite-spec.js";
import { knownKeys } from "../validate/known-keys.js";

/**
 * Options of {@link frontierTrendChart}: the width.
 *
 * @category Charts
 */
export interface FrontierTrendChartOptions extends ChartSize {
  /** Models to mark on the trend, from `trendDistance()` (DeepSeek-V3 on this project's amortized view). */
  readonly marked?: readonly TrendDistance[];
  /** A lab's reported figure to show beside it, on its own basis (DeepSeek-V3's $5.576M). */
  readonly reported?: { readonly model: string; readonly date: Date; readonly costUsd: number; readonly basis: string };
}

/** Axis ticks at each power of ten, $100 to $10B: a log axis's default ticks crowd at 2×, 4×, 7×. */
const DECADES = [1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/**
 * How far a marked model's range (left) and its lab's reported figure (right) stand either side of
 * their date, in pixels, so that two figures of one model never cover each other; their labels
 * stand to the right, past the latest models, the range's above and the reported figure's below.
 */
const SIDE = 8;

/** Points along the trend line and its band. */
const STEPS = 48;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The frontier: each model of the fit's selection Epoch AI costed (amortized hardware + energy of
 * the final run, in the selection's dollars, log scale) by publication date, the log-linear trend with the interval where
 * it puts a new model's cost, and the models in `marked` as ranges (DeepSeek-V3 on this project's
 * amortized view); `reported` adds the lab's own figure in black. Imputed hardware is drawn as triangles.
 *
 * `frontierTrendChart(frontierTrend(loadTable("frontier-selections")), { marked: [trendDistance(…)] })`
 *
 * @category Charts
 */
export function frontierTrendChart(fit: FrontierTrend, options: FrontierTrendChartOptions = {}): ChartSpec {
  knownKeys(options, ["width", "marked", "reported"], "options");
  const { width, marked = [], reported } = options;
  const given = fit as Partial<FrontierTrend> | null;
  const ok = typeof given === "object" && given !== null && isList(given.points) && typeof given.trend === "object";
  if (!ok) fail("notFrontierTrend", { name: "fit", value: fit });
  const w = chartWidth(width, 560);
  const t = fit.trend;
  const endMs = Math.max(t.last.getTime(), ...marked.map((m) => m.date.getTime()));
  const startMs = t.first.getTime();
  const line = Array.from({ length: STEPS + 1 }, (_, i) => {
    const date = new Date(startMs + ((endMs - startMs) * i) / STEPS);
    const at = trendAt(t, date);
    return { date: iso(date), trend: at.value, low: at.low, high: at.high };
  });
  const amortized = seriesNames.amortized;
  const models = fit.points.map((p) => ({
    model: p.model,
    organization: p.organization,
    date: iso(p.date),
    cost: p.costUsd,
    costText: moneyText(p.costUsd, p.costUsd, "USD"),
    series: amortized,
    hardware: p.imputed ? "imputed by Epoch" : "from Epoch's database",
    basis: fit.basis,
    source: p.source,
  }));
  const marks = marked.map((m) => ({
    model: m.model,
    date: iso(m.date),
    low: m.costUsdLow,
    high: m.costUsdHigh,
    mid: Math.sqrt(m.costUsdLow * m.costUsdHigh),
    series: amortized,
    costText: moneyText(m.costUsdLow, m.costUsdHigh, "USD"),
    trendText: `${timesText(m.ratioLow, m.ratioHigh, 2)} the trend (${moneyText(m.trendUsd, m.trendUsd, "USD")})`,
    label: `${m.model} (this project's amortized view)`,
    basis: m.basis,
  }));
  const lab =
    reported === undefined
      ? []
      : [
          {
            model: reported.model,
            date: iso(reported.date),
            cost: reported.costUsd,
            costText: moneyText(reported.costUsd, reported.costUsd, "USD"),
            series: seriesNames.reported,
            label: `${reported.model}, reported`,
            basis: reported.basis,
          },
        ];
  const x = {
    field: "date",
    type: "temporal",
    title: "Publication date",
    axis: { format: "%Y", grid: false },
  } as const;
  const y = {
    field: "cost",
    type: "quantitative",
    scale: { type: "log" },
    axis: {
      title: "Cost of the final run (USD, log scale)",
      labelExpr: moneyLabelExpr("USD"),
      grid: true,
      values: DECADES,
    },
  } as const;
  const color = {
    field: "series",
    type: "nominal",
    scale: colorScale(reported === undefined ? ["amortized"] : ["reported", "amortized"]),
    legend: { title: "Basis of the cost", orient: "bottom" },
  } as const;
  const level = percentText(t.level, t.level, 0);
  return asChartSpec({
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: "The frontier: amortized cost of the final training run against publication date",
      subtitle: [
        `Models Epoch AI costed, ${fit.excluded === 0 ? fit.selection.label : `${t.n} of ${fit.selection.label}`} (${fit.selection.dollars}); log-linear trend ${timesText(t.growthPerYear, t.growthPerYear, 2)} a year (${level} interval ${timesText(t.growthPerYearLow, t.growthPerYearHigh, 2)}), shaded: the ${level} interval for a new model.`,
        ...(marks.length > 0 ? [`Marked: ${marks.map((m) => m.label).join("; ")}.`] : []),
      ],
    },
    width: w,
    height: 340,
    layer: [
      {
        data: { values: line },
        mark: { type: "area", color: "#bbbbbb", opacity: 0.25 },
        encoding: { x, y: { ...y, field: "low" }, y2: { field: "high" } },
      },
      {
        data: { values: line },
        mark: { type: "line", color: "#444444", strokeDash: [6, 3], strokeWidth: 1.5 },
        encoding: {
          x,
          y: { ...y, field: "trend" },
          tooltip: [
            { field: "date", type: "temporal", title: "Date", format: "%Y-%m" },
            { field: "trend", type: "quantitative", title: "Trend (USD)", format: "$,.3s" },
          ],
        },
      },
      {
        data: { values: models },
        mark: { type: "point", filled: true, size: 45, opacity: 0.8 },
        encoding: {
          x,
          y,
          color,
          shape: {
            field: "hardware",
            type: "nominal",
            scale: { domain: ["from Epoch's database", "imputed by Epoch"], range: ["circle", "triangle-up"] },
            legend: { title: "Hardware", orient: "bottom" },
          },
          tooltip: [
            { field: "model", title: "Model" },
            { field: "organization", title: "Organization" },
            { field: "date", type: "temporal", title: "Published", format: "%Y-%m-%d" },
            { field: "costText", title: "Cost" },
            { field: "hardware", title: "Hardware" },
            { field: "basis", title: "Basis" },
            { field: "source", title: "Source" },
          ],
        },
      },
      ...(marks.length === 0
        ? []
        : [
            {
              data: { values: marks },
              mark: { type: "rule", strokeWidth: 5, color: palette.amortized, xOffset: -SIDE },
              encoding: { x, y: { ...y, field: "low" }, y2: { field: "high" } },
            },
            {
              data: { values: marks },
              mark: {
                type: "point",
                shape: "diamond",
                filled: true,
                size: 140,
                stroke: "#000000",
                strokeWidth: 1,
                xOffset: -SIDE,
              },
              encoding: {
                x,
                y: { ...y, field: "mid" },
                color,
                tooltip: [
                  { field: "label", title: "Model" },
                  { field: "costText", title: "Cost" },
                  { field: "trendText", title: "Against the trend" },
                  { field: "basis", title: "Basis" },
                ],
              },
            },
            {
              data: { values: marks },
              mark: { type: "text", align: "left", dx: SIDE + 8, dy: -9, fontSize: 11, fontWeight: "bold" },
              encoding: { x, y: { ...y, field: "mid" }, text: { field: "label" } },
            },
          ]),
      ...(lab.length === 0
        ? []
        : [
            {
              data: { values: lab },
              mark: { type: "point", shape: "square", filled: true, size: 70, opacity: 1, xOffset: SIDE },
              encoding: {
                x,
                y,
                color,
                tooltip: [
                  { field: "label", title: "Model" },
                  { field: "costText", title: "Cost" },
                  { field: "basis", title: "Basis" },
                ],
              },
            },
            {
              data: { values: lab },
              mark: { type: "text", align: "left", dx: SIDE + 8, dy: 9, fontSize: 11 },
              encoding: { x, y, text: { field: "label" } },
            },
          ]),
    ],
    resolve: { scale: { color: "shared" } },
    config: chartConfig,
  } as VegaLiteSpec);
}
