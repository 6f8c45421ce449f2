import { seriesNames } from "../format/series.js";
import { moneyText } from "../format/text.js";
import { tornadoBars, unmovedRows } from "../analysis/uncertainty/tornado-bars.js";
import type { Sensitivity } from "../assumptions/sensitivity.js";
import { fail } from "./messages.js";
import { moneyLabelExpr } from "./money-axis.js";
import { colorScale } from "./palette.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";
import type { VegaLiteSpec } from "./vega-lite-spec.js";
import { knownKeys } from "../validate/known-keys.js";
import { resultOf } from "../validate/result-of.js";

/**
 * Options of {@link tornadoChart}: how many rows and the width.
 *
 * @category Charts
 */
export interface TornadoOptions extends ChartSize {
  /** The most rows to draw, largest swing first. Defaults to 12. */
  readonly limit?: number;
}

/**
 * The tornado of `sensitivity()`: one row per assumption that moves the view, largest swing
 * first, with a bar from the base (every input at its central value) to the view at the input's
 * low end (light) and at its high end (dark), or with a categorical choice swapped for the other
 * (mid), in the view's own colour. The tooltip gives the range's source; the subtitle names the
 * assumptions that do not move this view.
 *
 * `tornadoChart(sensitivity(a, { view: "amortized" }))`
 *
 * @category Charts
 */
export function tornadoChart(s: Sensitivity, options: TornadoOptions = {}): ChartSpec {
  resultOf(s, ["view", "base", "rows", "currency"], "s", "sensitivity()");
  knownKeys(options, ["limit", "width"], "options");
  const { limit = 12, width } = options;
  if (!Number.isInteger(limit) || limit < 1) fail("notPositiveWhole", { name: "limit", value: limit });
  const bars = tornadoBars(s, limit);
  const c = s.currency;
  const key = s.view;
  const labels = [...new Set(bars.map((b) => b.label))];
  const moving = s.rows.filter((r) => r.swing > 0).length;
  const omitted = moving - labels.length;
  const still = unmovedRows(s);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `What moves the ${key} cost most, one assumption at a time (${c})`,
      subtitle: [
        `Each bar: the view with one input at the low (light) or high (dark) end of its range, or a choice swapped (mid), the rest at their central values (base ${moneyText(s.base, s.base, c)}).`,
        ...(omitted > 0 ? [`${omitted} smaller rows left out (limit ${limit}).`] : []),
        ...(still.length > 0 ? [`${still.length} assumptions do not move this view: ${listed(still, 90)}.`] : []),
      ],
    },
    width: chartWidth(width, 440),
    height: { step: 26 },
    data: { values: bars },
    layer: [
      {
        mark: { type: "bar", height: 16 },
        encoding: {
          y: { field: "label", type: "nominal", sort: labels, axis: { title: null, labelLimit: 460 } },
          x: {
            field: "base",
            type: "quantitative",
            scale: { zero: false },
            axis: { title: `${seriesNames[key]} (${c})`, labelExpr: moneyLabelExpr(c) },
          },
          x2: { field: "value" },
          color: { datum: seriesNames[key], type: "nominal", scale: colorScale([key]), legend: null },
          opacity: {
            field: "end",
            type: "ordinal",
            sort: ["low input", "high input", "other choice"],
            scale: { domain: ["low input", "high input", "other choice"], range: [0.4, 1, 0.7] },
            legend: { title: "Input at its", orient: "bottom" },
          },
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
  } satisfies VegaLiteSpec;
}

/** Names joined with commas, cut to about `chars` characters with "…" and how many more. */
function listed(names: readonly string[], chars: number): string {
  let text = "";
  for (let i = 0; i < names.length; i++) {
    const next = text ? `${text}, ${names[i]}` : names[i]!;
    if (next.length > chars) return `${text} and ${names.length - i} more`;
    text = next;
  }
  return text;
}
