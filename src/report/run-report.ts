/**
 * The whole analysis in one call (`gpu-cost-lab report`):
 *
 * 1. list `notebooks/*.ipynb` in name order; validate the overrides (before any kernel starts)
 * 2. run the notebooks, `jobs` at a time, each in its own kernel (./run-notebook.ts); on a spare
 *    CPU the next notebook's kernel starts ahead and compiles its first cell ahead (Kernel.warmUp)
 * 3. write `summary.json` and `index.html` atomically; a run with failures writes them as
 *    `summary.failed.json` and `index.failed.html`, leaving the last good report in place;
 *    a cancelled run writes neither
 */
import { availableParallelism } from "node:os";
import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { assumptions, type Assumptions } from "../assumptions/assumptions.js";
import { fail } from "../errors/error.js";
import { renderReport } from "./render-report.js";
import { buildSummary, type AssumptionSources, type Summary } from "./summary.js";
import { failedPath, writeFileAtomic } from "../runner/atomic-write.js";
import { makeRuntimeDir } from "../runner/connection-file.js";
import { Kernel } from "../runner/kernel.js";
import { PACKAGE_ROOT } from "../node/package-root.js";
import { cellSource, readNotebook, type Notebook } from "../runner/notebook.js";
import { runNotebook, type ExecutionOptions, type NotebookResult } from "../runner/run-notebook.js";

/** Options of runReport. */
export interface RunReportOptions extends ExecutionOptions {
  /** Defaults to the project's `notebooks/`. */
  readonly notebooksDir?: string;
  /** Defaults to the project's `report/`. */
  readonly outDir?: string;
  /** Merged overrides (scenario < file < --set). Defaults to none. */
  readonly overrides?: Readonly<Record<string, unknown>>;
  /** Where they came from, for the summary. */
  readonly from?: AssumptionSources;
  /** Notebooks run at once, each in its own kernel. Defaults to the number of CPUs. */
  readonly jobs?: number;
  /**
   * How many kernels to start ahead of their notebooks. Defaults to 1 when there is a CPU to spare
   * (jobs < CPUs), else 0.
   */
  readonly startAhead?: number;
}

/** What a report run did. */
export interface ReportResult {
  readonly summary: Summary;
  readonly results: readonly NotebookResult[];
  /** The files written (summary and page), or none for a cancelled run. */
  readonly files: readonly string[];
}

/** The source of the first code cell of the notebook at `path` ("" if it has none or cannot be read). */
async function firstCode(path: string): Promise<string> {
  const nb = await readNotebook(path).catch(() => undefined);
  const cell = nb?.cells.find((c) => c.cell_type === "code");
  return cell ? cellSource(cell) : "";
}

/** The notebooks in `dir`, sorted by name; `noNotebooks` when there is none. */
export async function listNotebooks(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isFile() && e.name.endsWith(".ipynb") && !e.name.startsWith(".")).map((e) => e.name);
  if (names.length === 0) fail("noNotebooks", { dir });
  return names.sort().map((name) => join(dir, name));
}

/** Runs every notebook and writes the report; throws only for bad input (no notebooks, bad overrides). */
export async function runReport(options: RunReportOptions = {}): Promise<ReportResult> {
  const started = Date.now();
  const { notebooksDir = join(PACKAGE_ROOT, "notebooks"), outDir = join(PACKAGE_ROOT, "report"), overrides = {}, from = {} } = options;
  const { jobs = availableParallelism(), spec, timeoutMs = 300_000, startupTimeoutMs, allowErrors = false, signal, onEvent } = options;
  // 1. inputs, checked before any kernel starts
  const paths = await listNotebooks(resolve(notebooksDir));
  const resolved: Assumptions = assumptions(overrides);
  // 2. notebooks
  const runtimeDir = await makeRuntimeDir();
  const results = new Array<NotebookResult>(paths.length);
  // Kernels started ahead: while a notebook runs, the next one's kernel (a second or more of
  // TypeScript start-up) starts on a spare CPU. At most `ahead` wait at any time.
  const ahead = options.startAhead ?? Math.max(0, Math.min(1, availableParallelism() - jobs));
  const waiting = new Map<number, Promise<Kernel>>();
  const startKernel = (i: number, warm: boolean) => {
    const kernel = Kernel.start({ spec, cwd: dirname(paths[i]!), runtimeDir, startupTimeoutMs, signal }).then(async (k) => {
      // a kernel started ahead also compiles its notebook's first cell ahead (nothing runs)
      if (warm) await k.warmUp(await firstCode(paths[i]!));
      return k;
    });
    kernel.catch(() => undefined); // a failed start is reported when its notebook takes it
    return kernel;
  };
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < paths.length && !signal?.aborted; i = next++) {
      const kernel = waiting.get(i) ?? startKernel(i, false);
      waiting.delete(i);
      // the next notebooks' kernels start now, on the spare CPUs
      for (let j = next; j < paths.length && waiting.size < ahead; j++) if (!waiting.has(j)) waiting.set(j, startKernel(j, true));
      const path = paths[i]!;
      results[i] = await runNotebook(path, {
        out: join(resolve(outDir), "notebooks", basename(path)),
        runtimeDir,
        overrides,
        requireParameters: false,
        spec,
        timeoutMs,
        startupTimeoutMs,
        allowErrors,
        signal,
        onEvent,
        kernel,
      });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, paths.length)) }, worker));
  } finally {
    // kernels started ahead for notebooks that never ran (a cancelled run)
    await Promise.all([...waiting.values()].map((k) => k.then((kernel) => kernel.shutdown(), () => undefined)));
    await rm(runtimeDir, { recursive: true, force: true });
  }
  for (const [i, path] of paths.entries()) {
    results[i] ??= { name: basename(path), source: path, output: undefined, status: "cancelled", errors: [], warnings: [], cells: [], parametersInjected: false, chartsRendered: 0, kernelStartMs: 0, durationMs: 0 };
  }
  // 3. summary and page
  const summary = buildSummary({
    overrides,
    from,
    resolved,
    results,
    outDir: resolve(outDir),
    run: { jobs, kernel: spec?.name ?? "tslab", timeoutS: timeoutMs / 1000, allowErrors, durationMs: Date.now() - started },
  });
  if (summary.status === "cancelled" || signal?.aborted) return { summary, results, files: [] };
  const notebooks = await Promise.all(
    results.map(async (r, i) => ({ summary: summary.notebooks[i]!, notebook: r.output ? await readNotebook(r.output).catch((): Notebook | undefined => undefined) : undefined })),
  );
  const ok = summary.status === "ok";
  const summaryPath = join(resolve(outDir), "summary.json");
  const htmlPath = join(resolve(outDir), "index.html");
  const files = [ok ? summaryPath : failedPath(summaryPath), ok ? htmlPath : failedPath(htmlPath)];
  await writeFileAtomic(files[0]!, `${JSON.stringify(summary, null, 2)}\n`);
  await writeFileAtomic(files[1]!, renderReport(summary, notebooks));
  if (ok) await Promise.all([rm(failedPath(summaryPath), { force: true }), rm(failedPath(htmlPath), { force: true })]);
  return { summary, results, files };
}
