/**
 * Static copies of Vega-Lite charts: each output carrying `application/vnd.vegalite.v5+json`
 * also gets `image/svg+xml`, rendered in Node with vega-lite (compile) and vega (a headless view,
 * `renderer: "none"`, then `toSVG()`), so that viewers that cannot run Vega (GitHub, the HTML
 * report) still show the chart; JupyterLab keeps showing the interactive one.
 *
 * Rendering runs in a worker thread with a memory limit and a time limit: a chart whose data is
 * huge (`{data: {sequence: {stop: 3e7}}}` grew the runner to 5 GB before) ends the worker, not
 * the runner. Such a chart keeps its interactive spec and gets a note instead of the SVG (a
 * `text/plain` line for viewers, the reason in its metadata for the report); the run goes on.
 *
 * Charts render from inline data only: the loader refuses every URL and file, so a spec in a
 * notebook cannot make the runner read local files or reach the network.
 */
import { Worker } from "node:worker_threads";
import { messages } from "./messages.js";
import type { Notebook } from "./ipynb.js";
import { splitLines } from "./ipynb.js";

/** The MIME types whose outputs get a static SVG. */
export const VEGA_LITE_MIMES = ["application/vnd.vegalite.v5+json", "application/vnd.vegalite.v4+json"] as const;
export const SVG_MIME = "image/svg+xml";
/** The output metadata key under which a chart that could not be drawn keeps the reason. */
export const STATIC_CHART_NOTE = "gpu-cost-lab/static-chart";

/** Limits of the rendering worker: old-generation heap in MB (default 512) and time per chart in ms (default 30,000). */
export interface RenderLimits {
  readonly memoryMb?: number;
  readonly timeoutMs?: number;
}

// The worker: vega and vega-lite loaded once, one chart at a time. Source text, run with
// `eval: true`, so it needs no file of its own (see kernel-launcher.ts).
const WORKER_SOURCE = `"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const load = require("node:module").createRequire(workerData.from);
const vega = load("vega");
const vl = load("vega-lite");
// Without a canvas vega estimates a text as 0.8 × its font size per character, about 1.5 times
// what a sans-serif face takes, and cuts labels (labelLimit) at half their room: 0.6 is a
// sans-serif's average advance, wide capitals included.
vega.textMetrics.width = (item, text) => {
  const t = text == null ? "" : String(text).trim();
  const size = item.fontSize != null ? +item.fontSize || 0 : 11;
  return Math.ceil(0.6 * t.length * size);
};
parentPort.on("message", async ({ id, spec }) => {
  try {
    const loader = vega.loader();
    loader.load = (uri) => Promise.reject(new Error("external data is not loaded when rendering a static chart: " + uri));
    loader.sanitize = () => Promise.resolve({ href: null });
    const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: "none", loader });
    try { parentPort.postMessage({ id, svg: await view.toSVG() }); } finally { view.finalize(); }
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

interface Job {
  readonly id: number;
  readonly spec: unknown;
  resolve(svg: string): void;
  reject(error: Error): void;
}

/** A rendering worker, started on first use and again after it was ended for a chart over the limits. */
export class ChartRenderer {
  #limits: Required<RenderLimits>;
  #worker: Worker | undefined;
  #queue: Job[] = [];
  #current: Job | undefined;
  #timer: NodeJS.Timeout | undefined;
  #ids = 0;

  constructor({ memoryMb = 512, timeoutMs = 30_000 }: RenderLimits = {}) {
    this.#limits = { memoryMb, timeoutMs };
  }

  /** The SVG text of a Vega-Lite spec; rejects with vega's message, or with `chartOverLimit`. */
  render(spec: unknown): Promise<string> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: ++this.#ids, spec, resolve, reject });
      this.#next();
    });
  }

  /** Ends the worker (a pending chart is refused). */
  async close(): Promise<void> {
    for (const job of this.#queue.splice(0)) job.reject(new Error("the renderer was closed"));
    await this.#end(new Error("the renderer was closed"));
  }

  #next(): void {
    if (this.#current || this.#queue.length === 0) return;
    const job = (this.#current = this.#queue.shift()!);
    const worker = (this.#worker ??= this.#start());
    this.#timer = setTimeout(
      () => void this.#end(new Error(messages.chartOverLimit({ limit: `${this.#limits.timeoutMs / 1000} s` }))),
      this.#limits.timeoutMs,
    );
    worker.postMessage({ id: job.id, spec: job.spec });
  }

  #start(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { from: import.meta.url },
      resourceLimits: { maxOldGenerationSizeMb: this.#limits.memoryMb },
    });
    worker.on("message", ({ id, svg, error }: { id: number; svg?: string; error?: string }) => {
      const job = this.#current;
      if (!job || job.id !== id) return;
      this.#settle();
      if (svg !== undefined) job.resolve(svg);
      else job.reject(new Error(error));
      this.#next();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const reason =
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new Error(messages.chartOverLimit({ limit: `${this.#limits.memoryMb} MB of memory` }))
          : error;
      void this.#end(reason);
    });
    worker.on("exit", () => {
      if (this.#worker === worker) this.#worker = undefined;
      if (this.#current) void this.#end(new Error("the chart renderer stopped"));
    });
    // after the listeners, which would otherwise hold the process open: a finished run must exit
    worker.unref();
    return worker;
  }

  /** Fails the current chart with `error`, ends the worker, and goes on with the next chart in a new one. */
  async #end(error: Error): Promise<void> {
    const job = this.#current;
    this.#settle();
    const worker = this.#worker;
    this.#worker = undefined;
    job?.reject(error);
    await worker?.terminate();
    this.#next();
  }

  #settle(): void {
    clearTimeout(this.#timer);
    this.#current = undefined;
  }
}

let shared: ChartRenderer | undefined;

/** The SVG text of a Vega-Lite spec, rendered by a shared worker with the default limits. */
export function renderVegaLiteSvg(spec: unknown): Promise<string> {
  shared ??= new ChartRenderer();
  return shared.render(spec);
}

/** What adding static charts did: how many were rendered, and which could not be and why. */
export interface StaticCharts {
  readonly rendered: number;
  readonly failures: readonly { readonly cell: number; readonly reason: string }[];
}

/**
 * Adds `image/svg+xml` (as nbformat lines) beside every Vega-Lite output of `nb` that lacks one,
 * in place, all charts rendering one after the other in `renderer`'s worker. A chart that fails
 * to render keeps its interactive form, gets a note (`text/plain` when it has none, and the reason
 * under STATIC_CHART_NOTE in its metadata), and is listed in `failures` with its cell's position.
 */
export async function addStaticCharts(
  nb: Notebook,
  { renderer }: { renderer?: ChartRenderer } = {},
): Promise<StaticCharts> {
  const render = renderer ? (spec: unknown) => renderer.render(spec) : renderVegaLiteSvg;
  const jobs: Promise<void>[] = [];
  let rendered = 0;
  const failures: { cell: number; reason: string }[] = [];
  for (const [index, cell] of nb.cells.entries()) {
    if (cell.cell_type !== "code") continue;
    for (const output of cell.outputs) {
      if (output.output_type !== "display_data" && output.output_type !== "execute_result") continue;
      const mime = VEGA_LITE_MIMES.find((m) => m in output.data);
      if (!mime || SVG_MIME in output.data) continue;
      jobs.push(
        render(output.data[mime]).then(
          (svg) => {
            output.data = { ...output.data, [SVG_MIME]: splitLines(svg) };
            rendered++;
          },
          (error: Error) => {
            failures.push({ cell: index + 1, reason: error.message });
            const note = messages.chartNotDrawn({ reason: error.message });
            output.data = { "text/plain": [note], ...output.data };
            output.metadata = { ...output.metadata, [STATIC_CHART_NOTE]: { error: error.message } };
          },
        ),
      );
    }
  }
  await Promise.all(jobs);
  failures.sort((a, b) => a.cell - b.cell);
  return { rendered, failures };
}
