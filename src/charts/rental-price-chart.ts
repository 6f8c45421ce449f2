import type { RentalPriceRow, RentalRateRange } from "../analysis/prices/rental-prices.js";
import { moneyText } from "../format/text.js";
import { fail } from "./messages.js";
import { isList } from "../validate/is-list.js";
import { moneyLabelExpr } from "./money-axis.js";
import { seriesNames } from "../format/series.js";
import { colorScale, palette } from "./palette.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";
import type { VegaLiteSpec } from "./vega-lite-spec.js";
import { knownKeys } from "../validate/known-keys.js";

/**
 * Options of {@link rentalPriceChart}: the derived range, the run's window, the report's date and the width.
 *
 * @category Charts
 */
export interface RentalPriceChartOptions extends ChartSize {
  /** The range derived from the rows (`rentalRateRange()`), drawn as a band over its year. */
  readonly range?: RentalRateRange & { readonly year?: number };
  /** The final run's dates, `YYYY-MM-DD`: shaded. */
  readonly run?: { readonly start: string; readonly end: string };
  /** The report's date, `YYYY-MM-DD`: a rule. */
  readonly published?: string;
}

/**
 * Rental prices per GPU-hour over time, from `rentalPriceRows()`: each price a point (orange, the
 * rental colour; the shape says the GPU; hollow when it does not count towards the range), the
 * derived `rentalRate` range as a band over its year with its median, the final run shaded and
 * the report's date ruled. DeepSeek's own $2 is the black point, the colour of the lab's figure.
 *
 * `rentalPriceChart(rentalPriceRows(), { range: rentalRateRange(), run: { start: "2024-09-01", end: "2024-10-28" }, published: "2024-12-27" })`
 *
 * @category Charts
 */
export function rentalPriceChart(rows: readonly RentalPriceRow[], options: RentalPriceChartOptions = {}): ChartSpec {
  knownKeys(options, ["range", "run", "published", "width"], "options");
  const { range, run, published, width } = options;
  if (!isList(rows) || rows.length === 0) fail("noDraws", { name: "rows", value: rows });
  const year = range?.year ?? 2024;
  const band = range
    ? [
        {
          from: `${year}-01-01`,
          to: `${year}-12-31`,
          low: range.low,
          high: range.high,
          median: range.median,
          text: `rentalRate: ${moneyText(range.low, range.high, "USD")}, median ${moneyText(range.median, range.median, "USD")} (${range.n} prices of ${year})`,
        },
      ]
    : [];
  const points = rows.map((r) => ({
    ...r,
    series: r.basis === "assumed-rental" ? seriesNames.reported : seriesNames.rental,
    counted: r.inRange ? "counted in the range" : "not counted",
  }));
  const x = { field: "date", type: "temporal", axis: { title: null, format: "%Y", tickCount: "year" } } as const;
  const y = {
    field: "priceUsd",
    type: "quantitative",
    axis: { title: "USD per GPU-hour", labelExpr: moneyLabelExpr("USD") },
    scale: { zero: true },
  } as const;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: "Renting an H100 or H800: dated prices per GPU-hour",
      subtitle: [
        ...(range
          ? [
              `Band: the rentalRate range from the ${year} prices (${moneyText(range.low, range.high, "USD")}), line: its median.`,
            ]
          : []),
        ...(run
          ? [
              `Shaded: the final run (${run.start} to ${run.end})${published ? `; rule: the report, ${published}` : ""}.`,
            ]
          : []),
        "Hollow points do not count towards the range (another year, a PCIe or NVL card, the lab's own assumption).",
      ],
    },
    width: chartWidth(width),
    height: 260,
    layer: [
      {
        data: { values: band },
        mark: { type: "rect", color: palette.rental, opacity: 0.12 },
        encoding: {
          x: { field: "from", type: "temporal" },
          x2: { field: "to" },
          y: { field: "low", type: "quantitative" },
          y2: { field: "high" },
          tooltip: [{ field: "text", title: "Range" }],
        },
      },
      {
        data: { values: band },
        mark: { type: "rule", color: palette.rental, strokeDash: [4, 3] },
        encoding: {
          x: { field: "from", type: "temporal" },
          x2: { field: "to" },
          y: { field: "median", type: "quantitative" },
        },
      },
      {
        data: { values: run ? [run] : [] },
        mark: { type: "rect", color: "#888", opacity: 0.2 },
        encoding: { x: { field: "start", type: "temporal" }, x2: { field: "end" } },
      },
      {
        data: { values: published ? [{ date: published }] : [] },
        mark: { type: "rule", color: "#333", strokeDash: [2, 2] },
        encoding: { x: { field: "date", type: "temporal" } },
      },
      ...[true, false].map((filled) => ({
        data: { values: points },
        transform: [{ filter: `${filled ? "" : "!"}(datum.inRange || datum.basis === 'assumed-rental')` }],
        mark: { type: "point" as const, size: 55, strokeWidth: 1.5, filled, opacity: filled ? 0.9 : 0.7 },
        encoding: {
          x,
          y,
          shape: { field: "hardware", type: "nominal" as const, legend: { title: "GPU", orient: "bottom" as const } },
          color: {
            field: "series",
            type: "nominal" as const,
            scale: colorScale(["rental", "reported"]),
            legend: { title: null, orient: "bottom" as const },
          },
          tooltip: [
            { field: "date", title: "Date" },
            { field: "datePrecision", title: "Known to the" },
            { field: "hardware", title: "GPU" },
            { field: "formFactor", title: "Form" },
            { field: "provider", title: "Provider" },
            { field: "basis", title: "Basis" },
            { field: "priceText", title: "Price per GPU-hour" },
            { field: "counted", title: "Range" },
            { field: "source", title: "Source" },
            { field: "note", title: "Note" },
          ],
        },
      })),
    ],
    config: chartConfig,
  } satisfies VegaLiteSpec;
}
