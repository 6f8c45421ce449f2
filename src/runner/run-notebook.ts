/**
 * One notebook, from its file to its executed copy on disk, papermill-style:
 *
 * 1. read the notebook and inject the parameters (before any kernel starts)
 * 2. start a kernel in the notebook's folder
 * 3. execute every code cell (./execute-notebook.ts)
 * 4. add static SVG copies of the charts, record the kernel's language_info
 * 5. write the executed notebook atomically: to `out` when every cell succeeded, else beside it
 *    as `<name>.failed.ipynb` (never over a good one); nothing at all when the run was cancelled
 * 6. shut the kernel down, on every path
 */
import { rm } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { fail, messages } from "./messages.js";
import { failedPath, writeFileAtomic } from "./atomic-write.js";
import { executeNotebook, type CellRun } from "./execute-notebook.js";
import { Kernel } from "./kernel.js";
import type { Kernelspec } from "./kernelspec.js";
import { readNotebook, serializeNotebook, type Notebook } from "./ipynb.js";
import { injectParameters } from "./parameters.js";
import { RUNNER_MARK } from "./runner-mark.js";
import { addStaticCharts } from "./static-chart.js";

/** Progress of a run, for displays. */
export type RunEvent =
  | { readonly type: "start"; readonly name: string }
  | { readonly type: "cell"; readonly name: string; readonly cell: number; readonly cells: number }
  | { readonly type: "end"; readonly name: string; readonly result: NotebookResult };

/** How cells are executed: shared by runNotebook and runReport. */
export interface ExecutionOptions {
  /** The kernel. Defaults to the project's tslab. */
  readonly spec?: Kernelspec;
  /** Per-cell timeout. Defaults to 300,000 ms. */
  readonly timeoutMs?: number;
  /** Defaults to 60,000 ms. */
  readonly startupTimeoutMs?: number;
  /** Record failing cells and go on. Defaults to false. */
  readonly allowErrors?: boolean;
  /** Bytes of output each cell keeps; what comes after is replaced by a note. Defaults to 1,000,000. */
  readonly maxOutputBytes?: number;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: RunEvent) => void;
}

/** Options of runNotebook. */
export interface RunNotebookOptions extends ExecutionOptions {
  /** Where the executed notebook goes when every cell succeeds. */
  readonly out: string;
  /** The private folder for connection files (makeRuntimeDir). */
  readonly runtimeDir: string;
  /** Assumption overrides, already validated, injected after the `parameters` cell. Defaults to none. */
  readonly overrides?: Readonly<Record<string, unknown>>;
  /** The notebook, already read from `path` (a report reads every notebook before any kernel starts). Defaults to reading `path`. */
  readonly notebook?: Notebook;
  /** Fail (before starting a kernel) when there are overrides but no `parameters` cell. Defaults to true. */
  readonly requireParameters?: boolean;
  /**
   * A kernel already starting for this notebook (in its folder), e.g. started ahead while the
   * previous notebook ran; runNotebook shuts it down like one it started. Defaults to starting one.
   */
  readonly kernel?: Promise<Kernel>;
}

/** How one notebook went. */
export interface NotebookResult {
  /** File name: `02-buy.ipynb`. */
  readonly name: string;
  readonly source: string;
  /** The file written (`out`, or its `.failed` sibling), or undefined when nothing was written. */
  readonly output: string | undefined;
  readonly status: "ok" | "failed" | "cancelled";
  /** Error messages, first first. */
  readonly errors: readonly string[];
  /** Warnings: overrides the parameters cell does not declare, charts that could not be rendered. */
  readonly warnings: readonly string[];
  readonly cells: readonly CellRun[];
  readonly parametersInjected: boolean;
  readonly chartsRendered: number;
  readonly kernelStartMs: number;
  readonly durationMs: number;
  /** Whether the outputs were reused from an earlier run (./execution-cache.ts) instead of executed. Defaults to false. */
  readonly cached?: boolean;
  /** The executed copy as written, when one was (for a cache to keep). */
  readonly executed?: Notebook;
}

/** Runs the notebook at `path` and writes its executed copy. Failures come back in the result. */
export async function runNotebook(path: string, options: RunNotebookOptions): Promise<NotebookResult> {
  const {
    out,
    runtimeDir,
    overrides = {},
    requireParameters = true,
    spec,
    timeoutMs,
    startupTimeoutMs,
    allowErrors,
    maxOutputBytes,
    signal,
    onEvent,
  } = options;
  const started = Date.now();
  const name = basename(path);
  const base = {
    name,
    source: path,
    output: undefined,
    warnings: [] as string[],
    cells: [],
    parametersInjected: false,
    chartsRendered: 0,
    kernelStartMs: 0,
    cached: false,
  };
  const finish = (result: NotebookResult) => (onEvent?.({ type: "end", name, result }), result);
  onEvent?.({ type: "start", name });
  let kernel: Kernel | undefined;
  try {
    // 1. read + inject
    const injection = injectParameters(options.notebook ?? (await readNotebook(path)), overrides);
    const names = Object.keys(overrides);
    if (!injection.hasParametersCell && names.length > 0) {
      if (requireParameters) fail("noParametersCell", { notebook: name, names });
      base.warnings.push(messages.parametersIgnored({ notebook: name }));
    }
    for (const n of injection.undeclared) base.warnings.push(messages.parameterUndeclared({ notebook: name, name: n }));
    if (signal?.aborted) return finish({ ...base, status: "cancelled", errors: [], durationMs: Date.now() - started });
    // 2. kernel
    const kernelAsked = Date.now();
    kernel = await (options.kernel ??
      Kernel.start({ spec, cwd: dirname(resolve(path)), runtimeDir, startupTimeoutMs, signal }));
    const kernelStartMs = Date.now() - kernelAsked;
    // 3. execute
    const run = await executeNotebook(injection.notebook, {
      kernel,
      name,
      timeoutMs,
      allowErrors,
      maxOutputBytes,
      signal,
      onCell: (cell, cells) => onEvent?.({ type: "cell", name, cell, cells }),
    });
    const shutdown = kernel.shutdown();
    const common = {
      ...base,
      parametersInjected: injection.injected,
      cells: run.cells,
      kernelStartMs,
      errors: run.errors.map((e) => e.message),
    };
    if (run.status === "cancelled") {
      await shutdown;
      return finish({ ...common, status: "cancelled", durationMs: Date.now() - started });
    }
    // 4. charts, metadata
    const charts = await addStaticCharts(run.notebook);
    if (kernel.info.language_info) run.notebook.metadata.language_info = kernel.info.language_info;
    run.notebook.metadata[RUNNER_MARK] = { source: name };
    // 5. write
    const output = run.status === "ok" ? out : failedPath(out);
    await writeFileAtomic(output, serializeNotebook(run.notebook));
    if (run.status === "ok") await rm(failedPath(out), { force: true });
    await shutdown;
    return finish({
      ...common,
      status: run.status,
      output,
      chartsRendered: charts.rendered,
      executed: run.notebook,
      warnings: [...base.warnings, ...charts.failures.map((f) => messages.chartNotRendered({ notebook: name, ...f }))],
      durationMs: Date.now() - started,
    });
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    return finish({
      ...base,
      status: signal?.aborted ? "cancelled" : "failed",
      errors: [error.message],
      durationMs: Date.now() - started,
    });
  } finally {
    // 6. every path (a kernel handed in but never awaited included)
    kernel ??= await options.kernel?.catch(() => undefined);
    await kernel?.shutdown();
  }
}
