/**
 * Running a notebook's code cells in order on one kernel, as nbclient does: outputs collected
 * into the cells, a failing cell stops the notebook (unless errors are allowed), a timeout or a
 * dead kernel always stops it. The kernel's reply status is the truth: tslab reports a failed
 * cell (type errors included) only as `execute_reply.status = "error"`, with its message on stderr.
 */
import type { GpuCostError } from "../errors/error.js";
import { errorOf } from "./messages.js";
import { describeExit, type Kernel } from "./kernel.js";
import { CellOutputs, DisplayRegistry } from "./outputs.js";
import { cellSource, type CodeCell, type Notebook } from "./ipynb.js";

/** How one code cell went. */
export interface CellRun {
  /** 1-based position in the notebook, counting every cell (as a reader counts them). */
  readonly cell: number;
  readonly status: "ok" | "error" | "timeout" | "died" | "aborted" | "skipped";
  readonly durationMs: number;
}

/** How a notebook went: the executed copy, each cell's run, and the first failure (if any). */
export interface NotebookExecution {
  readonly notebook: Notebook;
  readonly status: "ok" | "failed" | "cancelled";
  readonly cells: readonly CellRun[];
  /** Every failure, first first (several only with `allowErrors`). */
  readonly errors: readonly GpuCostError[];
  readonly durationMs: number;
}

/** Options of executeNotebook. */
export interface ExecuteNotebookOptions {
  readonly kernel: Kernel;
  /** The notebook's file name, for messages: `02-buy.ipynb`. */
  readonly name: string;
  /** Per-cell timeout. Defaults to 300,000 ms. */
  readonly timeoutMs?: number;
  /** Record failing cells and go on (a timeout or a dead kernel still stops). Defaults to false. */
  readonly allowErrors?: boolean;
  /** Bytes of output each cell keeps (see CellOutputs). Defaults to 1,000,000. */
  readonly maxOutputBytes?: number;
  /** Called before each code cell runs, with its position and the number of cells. */
  readonly onCell?: (cell: number, cells: number) => void;
  /** Aborting stops the run: the kernel is shut down and the execution comes back `cancelled`. */
  readonly signal?: AbortSignal;
}

/** How many source lines an error message quotes. */
const QUOTED_LINES = 3;

/**
 * Runs every code cell of a copy of `nb` on `kernel` (outputs of earlier runs are cleared first)
 * and returns the executed copy. Never throws for what a cell does: failures come back in `errors`.
 */
export async function executeNotebook(nb: Notebook, options: ExecuteNotebookOptions): Promise<NotebookExecution> {
  const { kernel, name, timeoutMs = 300_000, allowErrors = false, maxOutputBytes, onCell, signal } = options;
  const started = Date.now();
  const notebook: Notebook = structuredClone(nb);
  const codeCells = notebook.cells.filter((c): c is CodeCell => c.cell_type === "code");
  for (const cell of codeCells) {
    cell.outputs = [];
    cell.execution_count = null;
  }
  const displays = new DisplayRegistry();
  const runs: CellRun[] = [];
  const errors: GpuCostError[] = [];
  const onAbort = () => void kernel.shutdown({ graceMs: 0 });
  signal?.addEventListener("abort", onAbort, { once: true });
  let stopped = false;
  try {
    for (const [index, cell] of notebook.cells.entries()) {
      if (cell.cell_type !== "code") continue;
      const position = index + 1;
      const source = cellSource(cell);
      if (stopped || signal?.aborted) {
        runs.push({ cell: position, status: "skipped", durationMs: 0 });
        continue;
      }
      if (source.trim() === "") {
        runs.push({ cell: position, status: "ok", durationMs: 0 });
        continue;
      }
      onCell?.(position, notebook.cells.length);
      const collected = new CellOutputs(displays, cell.outputs, { maxBytes: maxOutputBytes });
      const cellStarted = Date.now();
      const outcome = await kernel.execute(source, { onIopub: (m) => collected.add(m), timeoutMs });
      const durationMs = Date.now() - cellStarted;
      collected.finish();
      cell.execution_count =
        collected.executionCount ?? (outcome.kind === "reply" ? countOf(outcome.reply.content) : null);
      if (signal?.aborted) {
        runs.push({ cell: position, status: "aborted", durationMs });
        stopped = true;
        continue;
      }
      const where = { notebook: name, cell: position };
      if (outcome.kind === "reply" && outcome.status === "ok") {
        runs.push({ cell: position, status: "ok", durationMs });
        continue;
      }
      if (outcome.kind === "reply") {
        const error =
          outcome.status === "abort"
            ? errorOf("cellAborted", { ...where, source: quote(source) })
            : errorOf("cellFailed", {
                ...where,
                source: quote(source),
                message: kernelMessage(collected, outcome.reply.content),
              });
        errors.push(error);
        runs.push({ cell: position, status: outcome.status === "abort" ? "aborted" : "error", durationMs });
        if (!allowErrors) stopped = true;
        continue;
      }
      stopped = true;
      if (outcome.kind === "timeout") {
        errors.push(errorOf("cellTimeout", { ...where, seconds: timeoutMs / 1000, source: quote(source) }));
        runs.push({ cell: position, status: "timeout", durationMs });
      } else {
        errors.push(errorOf("kernelDied", { ...where, how: describeExit(outcome.exit) }));
        runs.push({ cell: position, status: "died", durationMs });
      }
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
  const status = signal?.aborted ? "cancelled" : errors.length > 0 ? "failed" : "ok";
  return { notebook, status, cells: runs, errors, durationMs: Date.now() - started };
}

/** The first lines of a cell's source, indented, for error messages: `    const x: number = "a";`. */
export function quote(source: string, lines = QUOTED_LINES): string {
  const all = source.replace(/\s+$/, "").split("\n");
  const shown = all.slice(0, lines).map((line) => `    ${line}`);
  if (all.length > lines) shown.push(`    … (${plural(all.length - lines, "more line")})`);
  return shown.join("\n");
}

/**
 * What the kernel said about a failed cell: the iopub `error` (`TypeError: x is not a function`)
 * if there was one; else what it wrote to stderr during the cell (tslab: type errors, thrown
 * errors: from the `Error: …` line, stack frames dropped), its first lines; else the reply's ename/evalue.
 */
export function kernelMessage(outputs: CellOutputs, reply: Record<string, unknown>, maxLines = 12): string {
  const error = outputs.outputs.find((o) => o.output_type === "error");
  if (error?.output_type === "error") return `${error.ename}: ${error.evalue}`.replace(/^: /, "");
  const stderr = outputs.streamText("stderr").trim();
  if (stderr) {
    // A thrown error (tslab): from the `Error: …` line up to its stack, without the frames.
    const lines = stderr.split("\n");
    const first = lines.findIndex((line) => /^[\w.]*(Error|Exception)\b|^Uncaught\b/.test(line));
    const shown = (first >= 0 ? lines.slice(first) : lines).filter((line) => !/^\s+at /.test(line));
    return shown.length > maxLines
      ? [...shown.slice(0, maxLines), `… (${plural(shown.length - maxLines, "more line")})`].join("\n")
      : shown.join("\n").trim();
  }
  const ename = typeof reply.ename === "string" ? reply.ename : "";
  const evalue = typeof reply.evalue === "string" ? reply.evalue : "";
  return `${ename}: ${evalue}`.replace(/^: |: $/g, "") || "the kernel reported an error and said nothing more";
}

/** `1 more line`, `2 more lines`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function countOf(content: Record<string, unknown>): number | null {
  return typeof content.execution_count === "number" ? content.execution_count : null;
}
