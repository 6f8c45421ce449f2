/**
 * The type every chart builder checks its spec against: vega-lite's own `TopLevelSpec`
 * (`{ … } satisfies VegaLiteSpec`). Internal on purpose: the public `ChartSpec` (./spec.ts) is a
 * plain object type, so the declarations a notebook's kernel reads never import vega-lite's.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ChartSpec } from "./spec.js";

export type VegaLiteSpec = TopLevelSpec;

/** A spec checked as vega-lite's type, as the public one: the same object. */
export function asChartSpec(spec: VegaLiteSpec): ChartSpec {
  return spec as unknown as ChartSpec;
}

/** A library chart as vega-lite's type, for vega-lite's `compile`: the same object. */
export function asVegaLite(spec: ChartSpec): VegaLiteSpec {
  return spec as unknown as VegaLiteSpec;
}
