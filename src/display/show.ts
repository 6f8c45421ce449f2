import { fail } from "./messages.js";
import type { ChartSpec } from "../charts/spec.js";

/** The MIME type JupyterLab renders as an interactive Vega-Lite 5 chart. */
export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";

/** The part of tslab's `display` the notebooks use: one output of one MIME type. */
export interface KernelDisplay {
  raw(mime: string, value: unknown): void;
}

/**
 * tslab's `display`, as the running kernel's cells see it, or undefined outside a kernel.
 *
 * Why not `import "tslab"`: outside a kernel, loading tslab pulls in its TypeScript compiler and
 * zeromq (slow, and pointless for tests and scripts), and its `display` throws "Not ready"; and
 * inside a kernel, a tslab resolved from this package could be another copy than the one running
 * the kernel (a kernel installed elsewhere), whose `display` would never be ready. tslab's
 * executor sets `globalThis.__tslab__.require`, the `require` its cells use, which answers
 * `require("tslab")` with the kernel's own module: asking it gives the display the cells have.
 */
export function kernelDisplay(): KernelDisplay | undefined {
  const hook = (globalThis as { __tslab__?: { require?: unknown } }).__tslab__;
  if (typeof hook?.require !== "function") return undefined;
  const tslab = (hook.require as (id: string) => { display?: KernelDisplay } | undefined)("tslab");
  return typeof tslab?.display?.raw === "function" ? tslab.display : undefined;
}

/**
 * Shows a chart in the notebook, once and interactive: one `display_data` output carrying the
 * spec as `application/vnd.vegalite.v5+json` (the headless runner adds a static SVG beside it).
 * Returns nothing, so a cell ending in `show(chart)` prints no spec text.
 * Outside a tslab kernel it throws `noKernel` (save the spec with `JSON.stringify` instead).
 *
 * `show(costComparisonChart(estimate()))`
 *
 * @category Display
 */
export function show(spec: ChartSpec): void {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    fail("notSpec", { name: "spec", value: spec });
  }
  displayOrFail("show").raw(VEGA_LITE_MIME, spec);
}

/** The kernel's display, or the `noKernel` error naming what needed it. */
export function displayOrFail(what: string): KernelDisplay {
  const display = kernelDisplay();
  if (!display) fail("noKernel", { what });
  return display;
}
