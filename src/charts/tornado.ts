import type { Sensitivity, SensitivityRow } from "../assumptions/sensitivity.js";
import { assumptionSpecs } from "../assumptions/specs.js";
import { fail } from "../errors/error.js";
import { colorScale, seriesNames } from "./palette.js";
import { moneyLabelExpr, moneyText, quantityText } from "./money-axis.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";

export interface TornadoOptions extends ChartSize {
  /** The most rows to draw, largest swing first. Defaults to 12. */
  readonly limit?: number;
}

/** One bar of the tornado: from the base value to the view with one input at one end. */
export interface TornadoBar {
  readonly assumption: string;
  /** `gpuPrice: ¥4.0M → ¥5.0M` */
  readonly label: string;
  readonly end: "low input" | "high input";
  readonly input: string;
  readonly base: number;
  readonly value: number;
  readonly valueText: string;
  readonly swingText: string;
  readonly meaning: string;
  readonly rangeFrom: string;
}

/**
 * The tornado of `sensitivity()`: one row per assumption, largest swing first, with a bar from
 * the base (every input at its midpoint) to the view at the input's low end (light) and at its
 * high end (dark), in the view's own colour. Inputs given as a single value swing over their
 * documented plausible range, which the tooltip says.
 *
 * `tornadoChart(sensitivity(a, { view: "amortized" }))`
 */
export function tornadoChart(s: Sensitivity, { limit = 12, width }: TornadoOptions = {}): ChartSpec {
  if (!Number.isInteger(limit) || limit < 1) fail("notPositiveWhole", { name: "limit", value: limit });
  const bars = tornadoBars(s, limit);
  const c = s.currency;
  const key = s.view;
  const labels = [...new Set(bars.map((b) => b.label))];
  const omitted = s.rows.length - labels.length;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `What moves the ${key} cost most, one assumption at a time (${c})`,
      subtitle: [
        `Each bar: the view with one input at its low (light) or high (dark) end, the rest at their midpoints (base ${moneyText(s.base, s.base, c)}).`,
        ...(omitted > 0 ? [`${omitted} smaller rows left out (limit ${limit}).`] : []),
      ],
    },
    width: chartWidth(width),
    height: { step: 26 },
    data: { values: bars },
    layer: [
      {
        mark: { type: "bar", height: 16 },
        encoding: {
          y: { field: "label", type: "nominal", sort: labels, axis: { title: null, labelLimit: 320 } },
          x: { field: "base", type: "quantitative", scale: { zero: false }, axis: { title: `${seriesNames[key]} (${c})`, labelExpr: moneyLabelExpr(c) } },
          x2: { field: "value" },
          color: { datum: seriesNames[key], type: "nominal", scale: colorScale([key]), legend: null },
          opacity: { field: "end", type: "ordinal", sort: ["low input", "high input"], scale: { domain: ["low input", "high input"], range: [0.45, 1] }, legend: { title: "Input at its" } },
          tooltip: [
            { field: "assumption", title: "Assumption" },
            { field: "meaning", title: "Meaning" },
            { field: "input", title: "Input" },
            { field: "valueText", title: "View" },
            { field: "swingText", title: "Swing" },
            { field: "rangeFrom", title: "Range from" },
          ],
        },
      },
      {
        data: { values: [{ base: s.base }] },
        mark: { type: "rule", color: "#333", strokeDash: [4, 3] },
        encoding: { x: { field: "base", type: "quantitative" } },
      },
    ],
    config: chartConfig,
  } satisfies ChartSpec;
}

/** Two bars per assumption (its low and its high end), for the `limit` largest swings. */
export function tornadoBars(s: Sensitivity, limit = Infinity): TornadoBar[] {
  return s.rows.slice(0, limit).flatMap((row) => {
    const label = `${row.assumption}: ${inputText(row, row.inputLow)} → ${inputText(row, row.inputHigh)}`;
    const common = {
      assumption: row.assumption,
      label,
      base: s.base,
      swingText: moneyText(row.swing, row.swing, s.currency),
      meaning: assumptionSpecs[row.assumption].meaning,
      rangeFrom: row.rangeFrom === "assumption" ? "the assumption's own range" : `its plausible range: ${plausibleSource(row)}`,
    };
    return [
      { ...common, end: "low input" as const, input: inputText(row, row.inputLow), value: row.atLow, valueText: moneyText(row.atLow, row.atLow, s.currency) },
      { ...common, end: "high input" as const, input: inputText(row, row.inputHigh), value: row.atHigh, valueText: moneyText(row.atHigh, row.atHigh, s.currency) },
    ];
  });
}

function inputText(row: SensitivityRow, x: number): string {
  return row.inputCurrency ? moneyText(x, x, row.inputCurrency) : quantityText(x);
}

function plausibleSource(row: SensitivityRow): string {
  const spec = assumptionSpecs[row.assumption] as { plausible?: { source: string } };
  return spec.plausible?.source ?? "";
}
