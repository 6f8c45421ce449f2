import type { TopLevelSpec } from "vega-lite";
import { fail } from "../errors/error.js";

/** The Vega-Lite 5 schema every chart declares (JupyterLab renders `application/vnd.vegalite.v5+json`). */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** A chart: a Vega-Lite 5 specification with its data inline. */
export type ChartSpec = TopLevelSpec;

/** Sizes every builder accepts. */
export interface ChartSize {
  /** Plot width in pixels. Defaults to 560. */
  readonly width?: number;
}

/** The width option, checked: a positive whole number of pixels. */
export function chartWidth(width: unknown, fallback = 560): number {
  if (width === undefined) return fallback;
  if (typeof width !== "number" || !Number.isInteger(width) || width <= 0) {
    fail("notPositiveWhole", { name: "width", value: width, unit: "pixels" });
  }
  return width;
}

/** Settings shared by every chart: a plain font size, left-aligned titles, no chart border. */
export const chartConfig = {
  view: { stroke: null },
  title: { anchor: "start", fontSize: 14, subtitleFontSize: 11, subtitleColor: "#555" },
  axis: { labelFontSize: 11, titleFontSize: 12 },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
} as const;
