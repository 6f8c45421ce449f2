/**
 * The whole analysis in one call (`gpu-cost-lab report`), all or nothing:
 *
 * 1. list `notebooks/*.ipynb` in name order, read every one and validate the overrides (bad
 *    input fails here, before any kernel starts)
 * 2. look each notebook up in the execution cache (`<out>/.cache/`, ../runner/execution-cache.ts):
 *    a notebook whose code, parameters, library and data are unchanged takes its stored outputs
 * 3. run the others, `jobs` at a time, each in its own kernel (../runner/run-notebook.ts); on a
 *    spare CPU the next notebook's kernel starts ahead and compiles its first cell ahead
 *    (Kernel.warmUp); each clean execution is stored in the cache
 * 4. write the whole report (notebooks/, summary.json, index.html) into a staging folder beside
 *    it, `<out>/.staging-<pid>-<start>-*`, named after this process so that a later run removes it
 *    if this one is killed (./staging.ts)
 * 5. swap it in: on success over the previous report (`<out>/notebooks`, `summary.json`,
 *    `index.html`, in three renames with nothing asynchronous between them), on failure into
 *    `<out>/failed/`, the previous report untouched; a cancelled run deletes the staging folder
 *    and leaves everything as it was
 */
import { availableParallelism } from "node:os";
import { renameSync } from "node:fs";
import { mkdir, readdir, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { assumptions, type Assumptions } from "../assumptions/assumptions.js";
import { fail } from "./messages.js";
import { renderReport } from "./render-report.js";
import { readLang, type Lang } from "../i18n/lang.js";
import { makeWorkingFolder, removeLeftBehind } from "./staging.js";
import { buildSummary, type AssumptionSources } from "./summary.js";
import { writeFileAtomic } from "../runner/atomic-write.js";
import { makeRuntimeDir } from "../runner/connection-file.js";
import { ExecutionCache, executionKey, hashFiles, withOutputsOf } from "../runner/execution-cache.js";
import { removeOnExit } from "../runner/exit-cleanup.js";
import { Kernel } from "../runner/kernel.js";
import { projectTslab } from "../runner/kernelspec.js";
import { PACKAGE_ROOT } from "../node/package-root.js";
import { cellSource, readNotebook, serializeNotebook, type Notebook } from "../runner/ipynb.js";
import { injectParameters } from "../runner/parameters.js";
import { notebookParameters } from "./notebook-parameters.js";
import { runNotebook, type ExecutionOptions, type NotebookResult } from "../runner/run-notebook.js";
import type { Summary } from "./summary.js";

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
  /** Where the report will be published (`--base-url`): the page's link to its assumptions starts there. Defaults to none. */
  readonly baseUrl?: string;
  /**
   * The language of the page and of the notebooks' tables, charts and computed sentences
   * (`--lang`): injected as each notebook's `lang` parameter when not `"en"`. Defaults to `"en"`.
   */
  readonly lang?: Lang;
  /** Reuse executions from the cache (`false`: run every notebook; clean runs are still stored). Defaults to true. */
  readonly cache?: boolean;
  /**
   * The files every notebook's execution depends on, hashed into the cache key. Defaults to the
   * project's `dist/` (the library the notebooks import), `data/` and `package-lock.json`.
   */
  readonly dependencies?: readonly string[];
}

/** What a report run did. */
export interface ReportResult {
  readonly summary: Summary;
  readonly results: readonly NotebookResult[];
  /** The files written (summary and page: in the report folder, or in its `failed/`), or none for a cancelled run. */
  readonly files: readonly string[];
}

/** The files a project's execution depends on besides the notebooks' own code. */
export const PROJECT_DEPENDENCIES = ["dist", "data", "package-lock.json"].map((p) => join(PACKAGE_ROOT, p));

/** The source of the first code cell of `notebook` ("" if it has none). */
function firstCode(notebook: Notebook): string {
  const cell = notebook.cells.find((c) => c.cell_type === "code");
  return cell ? cellSource(cell) : "";
}

/** The notebooks in `dir`, sorted by name; `noNotebooks` when there is none. */
export async function listNotebooks(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isFile() && e.name.endsWith(".ipynb") && !e.name.startsWith("."))
    .map((e) => e.name);
  if (names.length === 0) fail("noNotebooks", { dir });
  return names.sort().map((name) => join(dir, name));
}

/** Runs every notebook and writes the report; throws only for bad input (no notebooks, a bad notebook, bad overrides). */
export async function runReport(options: RunReportOptions = {}): Promise<ReportResult> {
  const started = Date.now();
  const {
    notebooksDir = join(PACKAGE_ROOT, "notebooks"),
    overrides = {},
    from = {},
    cache: reuse = true,
    dependencies = PROJECT_DEPENDENCIES,
  } = options;
  const {
    jobs = availableParallelism(),
    spec,
    timeoutMs = 300_000,
    startupTimeoutMs,
    allowErrors = false,
    maxOutputBytes,
    signal,
  } = options;
  const outDir = resolve(options.outDir ?? join(PACKAGE_ROOT, "report"));
  // 1. inputs, checked before any kernel starts
  const paths = await listNotebooks(resolve(notebooksDir));
  const notebooks = await Promise.all(paths.map((path) => readNotebook(path)));
  const resolved: Assumptions = assumptions(overrides);
  // the notebooks' parameters: the assumptions, and the language where it is not English
  const lang = readLang(options.lang ?? "en", "lang");
  const parameters = notebookParameters(lang === "en" ? overrides : { ...overrides, lang });
  // 2. the cache
  const cache = new ExecutionCache(join(outDir, ".cache"));
  const hashed = hashFiles(dependencies, PACKAGE_ROOT);
  const keys = paths.map((path, i) =>
    executionKey(injectParameters(notebooks[i]!, parameters).notebook, {
      kernel: spec ?? projectTslab(),
      cwd: dirname(path),
      dependencies: hashed,
    }),
  );
  const stored = reuse ? await Promise.all(keys.map((key) => cache.get(key))) : keys.map(() => undefined);
  // 3. notebooks, into the staging folder (after removing those of runs killed before, ./staging.ts)
  await mkdir(outDir, { recursive: true });
  await removeLeftBehind(outDir);
  const staging = await makeWorkingFolder(outDir, "staging");
  const forgetStaging = removeOnExit(staging);
  const stagedPath = (path: string) => join(staging, "notebooks", basename(path));
  // progress shows where a notebook's copy goes once the report is swapped in, not the staging folder
  const onEvent: ExecutionOptions["onEvent"] = options.onEvent
    ? (event) =>
        options.onEvent!(
          event.type === "end" && event.result.output !== undefined
            ? {
                ...event,
                result: { ...event.result, output: join(outDir, "notebooks", basename(event.result.output)) },
              }
            : event,
        )
    : undefined;
  const runtimeDir = await makeRuntimeDir();
  const results = new Array<NotebookResult>(paths.length);
  try {
    for (const [i, path] of paths.entries()) {
      const hit = stored[i];
      if (hit) results[i] = await fromCache(path, notebooks[i]!, hit, stagedPath(path), parameters, onEvent);
    }
    const toRun = paths.map((_, i) => i).filter((i) => results[i] === undefined);
    // Kernels started ahead: while a notebook runs, the next one's kernel (a second or more of
    // TypeScript start-up) starts on a spare CPU. At most `ahead` wait at any time.
    const ahead = options.startAhead ?? Math.max(0, Math.min(1, availableParallelism() - jobs));
    const waiting = new Map<number, Promise<Kernel>>();
    const startKernel = (i: number, warm: boolean) => {
      const kernel = Kernel.start({ spec, cwd: dirname(paths[i]!), runtimeDir, startupTimeoutMs, signal }).then(
        async (k) => {
          // a kernel started ahead also compiles its notebook's first cell ahead (nothing runs)
          if (warm) await k.warmUp(firstCode(notebooks[i]!));
          return k;
        },
      );
      kernel.catch(() => undefined); // a failed start is reported when its notebook takes it
      return kernel;
    };
    let next = 0;
    const worker = async () => {
      for (let n = next++; n < toRun.length && !signal?.aborted; n = next++) {
        const i = toRun[n]!;
        const kernel = waiting.get(i) ?? startKernel(i, false);
        waiting.delete(i);
        // the next notebooks' kernels start now, on the spare CPUs
        for (let m = next; m < toRun.length && waiting.size < ahead; m++)
          if (!waiting.has(toRun[m]!)) waiting.set(toRun[m]!, startKernel(toRun[m]!, true));
        const path = paths[i]!;
        const result = await runNotebook(path, {
          out: stagedPath(path),
          notebook: notebooks[i],
          runtimeDir,
          overrides: parameters,
          requireParameters: false,
          spec,
          timeoutMs,
          startupTimeoutMs,
          allowErrors,
          maxOutputBytes,
          signal,
          onEvent,
          kernel,
        });
        // only a clean execution is reused
        if (result.status === "ok" && result.executed) await cache.put(keys[i]!, result.executed);
        results[i] = result;
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, toRun.length)) }, worker));
    } finally {
      // kernels started ahead for notebooks that never ran (a cancelled run)
      await Promise.all(
        [...waiting.values()].map((k) =>
          k.then(
            (kernel) => kernel.shutdown(),
            () => undefined,
          ),
        ),
      );
    }
    await cache.prune({ keep: Math.max(64, 4 * paths.length) });
    for (const [i, path] of paths.entries()) results[i] ??= cancelled(path);
    // 4. summary and page, staged
    const summary = buildSummary({
      overrides,
      from,
      resolved,
      results,
      outDir: staging,
      run: {
        jobs,
        kernel: spec?.name ?? "tslab",
        timeoutS: timeoutMs / 1000,
        allowErrors,
        durationMs: Date.now() - started,
        ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
        ...(lang === "en" ? {} : { lang }),
      },
    });
    if (summary.status === "cancelled" || signal?.aborted) return { summary, results, files: [] };
    const pages = results.map((r, i) => ({
      summary: summary.notebooks[i]!,
      notebook: r.executed ?? undefined,
    }));
    await writeFileAtomic(join(staging, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
    await writeFileAtomic(join(staging, "index.html"), renderReport(summary, pages));
    // 5. swap it in
    const ok = summary.status === "ok";
    const target = ok ? outDir : join(outDir, "failed");
    await swapIn(staging, target, ok);
    if (ok) await rm(join(outDir, "failed"), { recursive: true, force: true });
    const written = (r: NotebookResult) =>
      r.output === undefined ? r : { ...r, output: join(target, "notebooks", basename(r.output)) };
    return {
      summary,
      results: results.map(written),
      files: [join(target, "summary.json"), join(target, "index.html")],
    };
  } finally {
    await rm(runtimeDir, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
    forgetStaging();
  }
}

/** The result of a notebook whose execution comes from the cache; its executed copy is staged at `out`. */
async function fromCache(
  path: string,
  notebook: Notebook,
  stored: Notebook,
  out: string,
  overrides: Readonly<Record<string, unknown>>,
  onEvent: ExecutionOptions["onEvent"],
): Promise<NotebookResult> {
  const started = Date.now();
  const name = basename(path);
  onEvent?.({ type: "start", name });
  const injection = injectParameters(notebook, notebookParameters(overrides));
  const executed = withOutputsOf(injection.notebook, stored);
  await writeFileAtomic(out, serializeNotebook(executed));
  const codeCells = executed.cells.flatMap((c, i) => (c.cell_type === "code" ? [i + 1] : []));
  const result: NotebookResult = {
    name,
    source: path,
    output: out,
    status: "ok",
    errors: [],
    warnings: [],
    cells: codeCells.map((cell) => ({ cell, status: "ok", durationMs: 0 })),
    parametersInjected: injection.injected,
    chartsRendered: 0,
    kernelStartMs: 0,
    durationMs: Date.now() - started,
    cached: true,
    executed,
  };
  onEvent?.({ type: "end", name, result });
  return result;
}

function cancelled(path: string): NotebookResult {
  return {
    name: basename(path),
    source: path,
    output: undefined,
    status: "cancelled",
    errors: [],
    warnings: [],
    cells: [],
    parametersInjected: false,
    chartsRendered: 0,
    kernelStartMs: 0,
    durationMs: 0,
    cached: false,
  };
}

/**
 * Moves the staged report (`notebooks/`, `summary.json`, `index.html`) into `target`, replacing
 * what is there. The renames run synchronously, one after the other: no signal handler or other
 * callback can run between them, so an interrupt sees the old report or the new one.
 */
async function swapIn(staging: string, target: string, keepOthers: boolean): Promise<void> {
  await mkdir(target, { recursive: true });
  const old = await makeWorkingFolder(dirname(staging), "previous");
  try {
    if (!keepOthers) renameSync(target, join(old, "failed"));
    const entries = ["notebooks", "summary.json", "index.html"];
    if (keepOthers) {
      try {
        renameSync(join(target, "notebooks"), join(old, "notebooks"));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
      for (const entry of entries) renameSync(join(staging, entry), join(target, entry));
    } else {
      renameSync(staging, target);
    }
  } finally {
    await rm(old, { recursive: true, force: true });
  }
}
