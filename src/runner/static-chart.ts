/**
 * Static copies of Vega-Lite charts: each output carrying `application/vnd.vegalite.v5+json`
 * also gets `image/svg+xml`, rendered in Node with vega-lite (compile) and vega (a headless view,
 * `renderer: "none"`, then `toSVG()`), so that viewers that cannot run Vega (GitHub, the HTML
 * report) still show the chart; JupyterLab keeps showing the interactive one.
 *
 * Charts render from inline data only: the loader refuses every URL and file, so a spec in a
 * notebook cannot make the runner read local files or reach the network.
 */
import type { Notebook } from "./notebook.js";
import { splitLines } from "./notebook.js";

/** The MIME types whose outputs get a static SVG. */
export const VEGA_LITE_MIMES = ["application/vnd.vegalite.v5+json", "application/vnd.vegalite.v4+json"] as const;
export const SVG_MIME = "image/svg+xml";

type VegaModule = typeof import("vega");
type VegaLiteModule = typeof import("vega-lite");
let modules: Promise<[VegaModule, VegaLiteModule]> | undefined;

// vega and vega-lite take a while to load; only notebooks with charts pay for it.
function loadVega(): Promise<[VegaModule, VegaLiteModule]> {
  modules ??= Promise.all([import("vega"), import("vega-lite")]);
  return modules;
}

/** The SVG text of a Vega-Lite spec. Throws what vega-lite or vega throw for a bad spec. */
export async function renderVegaLiteSvg(spec: unknown): Promise<string> {
  const [vega, vl] = await loadVega();
  const compiled = vl.compile(spec as Parameters<VegaLiteModule["compile"]>[0]).spec;
  const loader = vega.loader();
  const refuse = (uri: string) =>
    Promise.reject(new Error(`external data is not loaded when rendering a static chart: ${uri}`));
  loader.load = refuse;
  // Links (the `href` channel) are not rendered: sanitize resolves to no address rather than
  // rejecting, because vega's SVG renderer expects an object back.
  loader.sanitize = (() => Promise.resolve({ href: null })) as unknown as typeof loader.sanitize;
  const view = new vega.View(vega.parse(compiled), { renderer: "none", loader });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** What adding static charts did: how many were rendered, and which could not be and why. */
export interface StaticCharts {
  readonly rendered: number;
  readonly failures: readonly { readonly cell: number; readonly reason: string }[];
}

/**
 * Adds `image/svg+xml` (as nbformat lines) beside every Vega-Lite output of `nb` that lacks one,
 * in place. A chart that fails to render keeps its interactive form only and is listed in
 * `failures` with its cell's position and the renderer's message.
 */
export async function addStaticCharts(nb: Notebook): Promise<StaticCharts> {
  let rendered = 0;
  const failures: { cell: number; reason: string }[] = [];
  for (const [index, cell] of nb.cells.entries()) {
    if (cell.cell_type !== "code") continue;
    for (const output of cell.outputs) {
      if (output.output_type !== "display_data" && output.output_type !== "execute_result") continue;
      const mime = VEGA_LITE_MIMES.find((m) => m in output.data);
      if (!mime || SVG_MIME in output.data) continue;
      try {
        output.data = { ...output.data, [SVG_MIME]: splitLines(await renderVegaLiteSvg(output.data[mime])) };
        rendered++;
      } catch (error) {
        failures.push({ cell: index + 1, reason: (error as Error).message });
      }
    }
  }
  return { rendered, failures };
}
