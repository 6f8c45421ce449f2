/**
 * `gpu-cost-lab run NOTEBOOK`: one notebook, papermill-style, to `report/notebooks/<name>.ipynb`
 * (or `--out FILE`; a failed run writes `<name>.failed.ipynb` beside it instead). Everything is
 * checked before the kernel starts: the options, the notebook, the assumptions and where the
 * copy goes.
 */
import { rm } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { fail } from "./messages.js";
import { PACKAGE_ROOT } from "../node/package-root.js";
import { failedPath } from "../runner/atomic-write.js";
import { makeRuntimeDir } from "../runner/connection-file.js";
import { injectParameters } from "../runner/parameters.js";
import { notebookParameters } from "../report/notebook-parameters.js";
import { runNotebook } from "../runner/run-notebook.js";
import type { CommandContext } from "./cli.js";
import { RUN } from "./commands.js";
import { commandHelp } from "./help.js";
import { parseOptions } from "./option-table.js";
import { assumptionChoice, kernelChoice, langChoice, timeoutMs } from "./options.js";
import { displayPath } from "./display-path.js";
import { checkOutputs, notebooksIn } from "./output-paths.js";
import { progress } from "./progress.js";
import { readSourceNotebook } from "./source-notebook.js";

/** Runs the command; resolves with the exit status. */
export async function runCommand(args: readonly string[], { signal }: CommandContext): Promise<number> {
  const { values, positional } = parseOptions(RUN, args);
  if (values.help) {
    console.log(commandHelp(RUN));
    return 0;
  }
  const timeout = timeoutMs(values.timeout);
  const path = resolve(positional!);
  const notebook = await readSourceNotebook(positional!);
  const lang = langChoice(values.lang);
  const choice = await assumptionChoice(values);
  // Overrides need somewhere to go: say so now, before any kernel starts.
  const names = Object.keys(choice.overrides);
  if (names.length > 0 && !injectParameters(notebook, notebookParameters(choice.overrides)).hasParametersCell) {
    fail("noParametersCell", { notebook: basename(path), names });
  }
  const spec = await kernelChoice(values.kernel);
  const out = resolve(values.out ?? join(PACKAGE_ROOT, "report", "notebooks", basename(path)));
  await checkOutputs({
    name: "--out",
    value: values.out ?? displayPath(out),
    kind: "file",
    folders: [],
    files: [out, failedPath(out)],
    // the notebook and the project's notebooks: `--out notebooks/02-….ipynb` must not replace 02; any other
    // notebook only if the runner wrote it (checkOutputs)
    sources: [path, ...(await notebooksIn(join(PACKAGE_ROOT, "notebooks")))],
    own: [join(PACKAGE_ROOT, "report")],
  });
  const display = progress();
  const runtimeDir = await makeRuntimeDir();
  try {
    const result = await runNotebook(path, {
      out,
      runtimeDir,
      // the language is a parameter of the notebook, not an assumption: injected only where not English
      overrides: { ...notebookParameters(choice.overrides), ...(lang === "en" ? {} : { lang }) },
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
