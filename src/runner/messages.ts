/**
 * The messages of the headless notebook runner (src/runner/), its errors and its warnings: kept
 * with the runner, which imports nothing but src/errors/, so that it lifts out whole with them.
 * One grammar (src/errors/grammar.ts): what was invalid, its name, the value received and what is
 * accepted. Code passes a code and its data to `fail()`; the wording lives here, a pure function
 * of the data.
 */
import { errorMaker, failer, type Fail, type MakeError } from "../errors/failer.js";
import { show } from "../errors/show.js";

export const messages = {
  // errors: the kernel, its messages and the notebook
  /** `rejected a message on iopub: invalid signature` */
  badSignature: (d: { socket: string }) => `rejected a message on ${d.socket}: invalid signature`,
  /** `rejected a message on shell: not a Jupyter message (no <IDS|MSG> delimiter)` */
  malformedMessage: (d: { socket: string; reason: string }) =>
    `rejected a message on ${d.socket}: not a Jupyter message (${d.reason})`,
  /** `invalid kernel: "pyhton3" (expected tslab, the project's own and the default, or one installed: python3; looked in /x/share/jupyter/kernels)` */
  unknownKernel: (d: { name: string; builtIn: string; found: readonly string[]; searched: readonly string[] }) =>
    `invalid kernel: ${show(d.name)} (expected ${d.builtIn}, the project's own and the default, ` +
    (d.found.length > 0
      ? `or one installed: ${d.found.join(", ")}; looked in `
      : "and no other is installed: looked in ") +
    `${d.searched.map((p) => `${p}/kernels`).join(", ")})`,
  /** `invalid kernelspec: /x/kernels/tslab/kernel.json (argv is not a non-empty list of strings)` */
  badKernelspec: (d: { path: string; reason: string }) => `invalid kernelspec: ${d.path} (${d.reason})`,
  /** `kernel "tslab" failed to start: exited with code 1: Error: listen EADDRINUSE` */
  kernelStartFailed: (d: { kernel: string; reason: string }) => `kernel ${show(d.kernel)} failed to start: ${d.reason}`,
  /** `kernel "tslab" did not answer within 60 s of starting (no kernel_info_reply)` + what it wrote to stderr, if anything */
  kernelStartTimeout: (d: { kernel: string; seconds: number; detail: string }) =>
    `kernel ${show(d.kernel)} did not answer within ${d.seconds} s of starting (no kernel_info_reply)${d.detail}`,
  /** `kernel died while running cell 4 of 02-buy.ipynb (it was killed by SIGKILL)` */
  kernelDied: (d: { notebook: string; cell: number; how: string }) =>
    `kernel died while running cell ${d.cell} of ${d.notebook} (it ${d.how})`,
  /** `cell 3 of 02-buy.ipynb timed out after 300 s (the kernel was interrupted)` + the cell's first lines */
  cellTimeout: (d: { notebook: string; cell: number; seconds: number; source: string }) =>
    `cell ${d.cell} of ${d.notebook} timed out after ${d.seconds} s (the kernel was interrupted)\n${d.source}`,
  /** `cell 3 of 02-buy.ipynb failed:` + the cell's first lines + the kernel's message */
  cellFailed: (d: { notebook: string; cell: number; source: string; message: string }) =>
    `cell ${d.cell} of ${d.notebook} failed:\n${d.source}\n${d.message}`,
  /** `cell 3 of 02-buy.ipynb was not run (the kernel aborted it)` + the cell's first lines */
  cellAborted: (d: { notebook: string; cell: number; source: string }) =>
    `cell ${d.cell} of ${d.notebook} was not run (the kernel aborted it)\n${d.source}`,
  /** `invalid notebook: notebooks/x.ipynb (expected nbformat 4 JSON: Unexpected token)` */
  badNotebook: (d: { path: string; reason: string }) =>
    `invalid notebook: ${d.path} (expected nbformat 4 JSON: ${d.reason})`,
  /** `invalid source of cell 3 in notebooks/x.ipynb: 42 (expected text, or a list of lines of text)` */
  notCellText: (d: { path: string; cell: number; value: unknown }) =>
    `invalid source of cell ${d.cell} in ${d.path}: ${show(d.value)} (expected text, or a list of lines of text)`,
  /** `cannot set gpuCount in intro.ipynb: it has no cell tagged "parameters" (expected one, as papermill does)` */
  noParametersCell: (d: { notebook: string; names: readonly string[] }) =>
    `cannot set ${d.names.join(", ")} in ${d.notebook}: it has no cell tagged "parameters" (expected one, as papermill does)`,
  /** `over the limit of 512 MB of memory for drawing a chart`: why a chart got no static copy */
  chartOverLimit: (d: { limit: string }) => `over the limit of ${d.limit} for drawing a chart`,
  /** `Chart not drawn as an image (over the limit …): open the notebook in JupyterLab to see it.`, the note a chart then carries */
  chartNotDrawn: (d: { reason: string }) =>
    `Chart not drawn as an image (${d.reason}): open the notebook in JupyterLab to see it.`,
  /** `[output truncated after 1,000,000 bytes: the cell wrote 50,000,001 bytes]`, the note that ends such a cell's output */
  outputTruncated: (d: { limit: number; received: number }) =>
    `[output truncated after ${d.limit.toLocaleString("en-US")} bytes: the cell wrote ${d.received.toLocaleString("en-US")} bytes]`,
  // runner warnings (the run goes on)
  /** `intro.ipynb has no cell tagged "parameters": run without the overrides` */
  parametersIgnored: (d: { notebook: string }) =>
    `${d.notebook} has no cell tagged "parameters": run without the overrides`,
  /** `02-buy.ipynb: its parameters cell does not declare pue (injected anyway; the notebook may not use it)` */
  parameterUndeclared: (d: { notebook: string; name: string }) =>
    `${d.notebook}: its parameters cell does not declare ${d.name} (injected anyway; the notebook may not use it)`,
  /**
   * A parameter the runner will not write into a notebook: a name that is not an identifier, or a
   * value with a `__proto__` key, which JSON keeps as a field but a TypeScript literal makes the
   * object's prototype: `invalid parameter gpuCount: {"__proto__":{"low":1}} (expected JSON without a "__proto__" key: …)`.
   */
  badParameter: (d: { name: string; value: unknown; problem: "name" | "proto" }) =>
    d.problem === "name"
      ? `invalid parameter name: ${show(d.name)} (expected a JavaScript identifier, e.g. gpuCount)`
      : `invalid parameter ${d.name}: ${show(d.value)} (expected JSON without a "__proto__" key: written into the notebook as a TypeScript literal, it would set the object's prototype)`,
  /** `02-buy.ipynb cell 5: chart left without a static copy (Invalid specification …)` */
  chartNotRendered: (d: { notebook: string; cell: number; reason: string }) =>
    `${d.notebook} cell ${d.cell}: chart left without a static copy (${d.reason})`,
} as const;

/** Throws one of these errors. */
export const fail: Fail<typeof messages> = failer(messages);

/** Makes one of these errors without throwing it, for a caller that collects or rejects with it. */
export const errorOf: MakeError<typeof messages> = errorMaker(messages);
