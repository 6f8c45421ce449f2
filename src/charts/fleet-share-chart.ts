import type { FleetRow } from "../analysis/frontier/fleet-rows.js";
import { fail } from "./messages.js";
import { isList } from "../validate/is-list.js";
import { statusPalette } from "./palette.js";
import { chartConfig, chartWidth, VEGA_LITE_SCHEMA, type ChartSize, type ChartSpec } from "./spec.js";
import type { VegaLiteSpec } from "./vega-lite-spec.js";
import { knownKeys } from "../validate/known-keys.js";

/**
 * The final run against the fleets that could have run it, from `fleetRows()`: for each fleet, the
 * share of a year of its GPU-time the run used (bars to the larger share, ticks at the smaller
 * where the fleet is a range), coloured by the status of the fleet figure (contested in purple).
 *
 * `fleetShareChart(fleetRows(loadFleetAndStaff(), { gpuHours: 2_788_000, gpuCount: 2_048 }))`
 *
 * @category Charts
 */
export function fleetShareChart(rows: readonly FleetRow[], options: ChartSize = {}): ChartSpec {
  knownKeys(options, ["width"], "options");
  const { width } = options;
  if (!isList(rows) || rows.length === 0) fail("notFleetRows", { name: "rows", value: rows });
  const w = chartWidth(width, 480);
  const values = rows.map((r) => ({
    fleet: r.status === "contested" ? `${r.shortLabel} (contested)` : r.shortLabel,
    label: r.label,
    status: r.status,
    low: r.shareLow,
    high: r.shareHigh,
    shareText: r.shareText,
    gpus:
      r.gpusLow === r.gpusHigh
        ? r.gpusLow.toLocaleString("en-US")
        : `${r.gpusLow.toLocaleString("en-US")}–${r.gpusHigh.toLocaleString("en-US")}`,
    source: r.source,
  }));
  const statuses = (["reported", "estimate", "contested"] as const).filter((s) => rows.some((r) => r.status === s));
  const y = { field: "fleet", type: "nominal", sort: null, axis: { title: null, labelLimit: 400 } } as const;
  const x = {
    field: "high",
    type: "quantitative",
    axis: { title: "Share of the fleet's GPU-hours in a year used by the final run", format: "~%", grid: true },
  } as const;
  const tooltip = [
    { field: "label", title: "Fleet" },
    { field: "gpus", title: "GPUs" },
    { field: "shareText", title: "Share of a year" },
    { field: "status", title: "Status" },
    { field: "source", title: "Source" },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: "The final run as a share of a year of each fleet",
      subtitle:
        "GPU-hours of the run ÷ (fleet GPUs × 8,766 hours); a fleet figure in purple is contested (see the table of evidence).",
    },
    width: w,
    height: { step: 34 },
    data: { values },
    layer: [
      {
        mark: { type: "bar", height: 18 },
        encoding: {
          y,
          x,
          color: {
            field: "status",
            type: "nominal",
            scale: { domain: [...statuses], range: statuses.map((s) => statusPalette[s]) },
            legend: { title: "Fleet figure", orient: "bottom" },
          },
          tooltip,
        },
      },
      {
        transform: [{ filter: "datum.low < datum.high" }],
        mark: { type: "tick", color: "#000000", thickness: 2, size: 22 },
        encoding: { y, x: { field: "low", type: "quantitative" }, tooltip },
      },
      {
        mark: { type: "text", align: "left", dx: 5, fontSize: 11 },
        encoding: { y, x, text: { field: "shareText" } },
      },
    ],
    config: chartConfig,
  } satisfies VegaLiteSpec;
}
