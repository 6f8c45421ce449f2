/**
 * `gpu-cost-lab run NOTEBOOK`: one notebook, papermill-style, to `report/notebooks/<name>.ipynb`
 * (or `--out FILE`; a failed run writes `<out>.failed.ipynb` beside it instead).
 */
import { parseArgs } from "node:util";
import { basename, join, relative, resolve } from "node:path";
import { fail } from "../errors/error.js";
import { makeRuntimeDir } from "../runner/connection-file.js";
import { PACKAGE_ROOT } from "../node/package-root.js";
import { readNotebook } from "../runner/notebook.js";
import { injectParameters } from "../runner/parameters.js";
import { runNotebook } from "../runner/run-notebook.js";
import { rm } from "node:fs/promises";
import { assumptionChoice, COMMON_HELP, COMMON_OPTIONS, kernelChoice, parsed, timeoutMs } from "./options.js";
import { progress } from "./progress.js";

export const RUN_HELP = `Usage: gpu-cost-lab run NOTEBOOK [options]

Executes one notebook on the tslab kernel, with the parameters injected after its cell tagged
"parameters" (a notebook without one cannot take --set, -f or --scenario), and writes the
executed copy (outputs and static SVG charts included). The source notebook is not modified.

  --out FILE           where to write it (default: report/notebooks/<name>.ipynb in the project);
                       a failed run writes <FILE without .ipynb>.failed.ipynb instead, never over a good copy
${COMMON_HELP}

Exit status: 0 every cell ran; 1 a cell failed, timed out or the kernel died; 2 bad arguments or
assumptions; 130/143 interrupted.`;

/** Runs the command; resolves with the exit status. */
export async function runCommand(args: readonly string[], { signal }: { signal: AbortSignal }): Promise<number> {
  const { values, positionals } = parsed("run", () =>
    parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, out: { type: "string" } },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help) {
    console.log(RUN_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    fail("badArguments", { command: "run", message: `Expected one NOTEBOOK, got ${positionals.length}` });
  const path = resolve(positionals[0]!);
  const choice = await assumptionChoice(values);
  // Overrides need somewhere to go: say so now, before any kernel starts.
  const names = Object.keys(choice.overrides);
  if (names.length > 0 && !injectParameters(await readNotebook(path), choice.overrides).hasParametersCell) {
    fail("noParametersCell", { notebook: basename(path), names });
  }
  const spec = await kernelChoice(values.kernel);
  const timeout = timeoutMs(values.timeout);
  const out = resolve(values.out ?? join(PACKAGE_ROOT, "report", "notebooks", basename(path)));
  const display = progress();
  const runtimeDir = await makeRuntimeDir();
  try {
    const result = await runNotebook(path, {
      out,
      runtimeDir,
      overrides: choice.overrides,
      spec,
      timeoutMs: timeout,
      allowErrors: values["allow-errors"] ?? false,
      signal,
      onEvent: display.onEvent,
    });
    display.stop();
    for (const warning of result.warnings) console.error(`warning: ${warning}`);
    for (const error of result.errors) console.error(error);
    if (result.output) console.log(`wrote ${relative(process.cwd(), result.output) || result.output}`);
    return result.status === "ok" ? 0 : 1;
  } finally {
    display.stop();
    await rm(runtimeDir, { recursive: true, force: true });
  }
}
