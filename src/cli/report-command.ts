/**
 * `gpu-cost-lab report`: every notebook, then `report/index.html` and `report/summary.json`.
 * Everything is checked before any kernel starts: the options, the assumptions, the notebooks
 * folder and every file the report writes.
 */
import { availableParallelism } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { PACKAGE_ROOT } from "../node/package-root.js";
import { listNotebooks, runReport } from "../report/run-report.js";
import type { CommandContext } from "./cli.js";
import { REPORT } from "./commands.js";
import { commandHelp } from "./help.js";
import { parseOptions } from "./option-table.js";
import { assumptionChoice, baseUrl, jobsCount, kernelChoice, langChoice, timeoutMs } from "./options.js";
import { displayPath } from "./display-path.js";
import { checkOutputs, notebooksIn } from "./output-paths.js";
import { progress } from "./progress.js";

/** Runs the command; resolves with the exit status. */
export async function reportCommand(args: readonly string[], { signal }: CommandContext): Promise<number> {
  const { values } = parseOptions(REPORT, args);
  if (values.help) {
    console.log(commandHelp(REPORT));
    return 0;
  }
  const jobs = jobsCount(values.jobs, availableParallelism());
  const timeout = timeoutMs(values.timeout);
  const published = baseUrl(values["base-url"]);
  const lang = langChoice(values.lang);
  const choice = await assumptionChoice(values);
  const spec = await kernelChoice(values.kernel);
  const notebooksDir = resolve(values.notebooks ?? join(PACKAGE_ROOT, "notebooks"));
  const outDir = resolve(values.out ?? join(PACKAGE_ROOT, "report"));
  const sources = await listNotebooks(notebooksDir);
  const copies = sources.map((source) => join(outDir, "notebooks", basename(source)));
  await checkOutputs({
    name: "--out",
    value: values.out ?? displayPath(outDir),
    kind: "folder",
    // the report, and where a failed run goes instead (report/failed/, see src/report/run-report.ts)
    folders: [outDir, join(outDir, "notebooks"), join(outDir, "failed"), join(outDir, "failed", "notebooks")],
    files: [join(outDir, "index.html"), join(outDir, "summary.json"), ...copies].flatMap((f) => [
      f,
      join(outDir, "failed", relative(outDir, f)),
    ]),
    // the project's notebooks too, whichever --notebooks is given
    sources: [...sources, ...(await notebooksIn(join(PACKAGE_ROOT, "notebooks")))],
    // the swap replaces these folders whole (src/report/run-report.ts)
    replaced: [join(outDir, "notebooks"), join(outDir, "failed", "notebooks")],
    own: [join(PACKAGE_ROOT, "report")],
  });
  const display = progress();
  try {
    const { summary, files } = await runReport({
      notebooksDir,
      outDir,
      overrides: choice.overrides,
      from: choice.from,
      jobs,
      spec: values.kernel === undefined ? undefined : spec,
      timeoutMs: timeout,
      allowErrors: values["allow-errors"] ?? false,
      cache: values["no-cache"] !== true,
      ...(published === undefined ? {} : { baseUrl: published }),
      lang,
      signal,
      onEvent: display.onEvent,
    });
    display.stop();
    for (const notebook of summary.notebooks) {
      for (const warning of notebook.warnings) console.error(`warning: ${warning}`);
      for (const error of notebook.errors) console.error(error);
    }
    if (summary.estimateError)
      console.error(`warning: the headline estimate could not be computed: ${summary.estimateError}`);
    const cached = summary.notebooks.filter((n) => n.cached).map((n) => n.name);
    if (cached.length > 0)
      console.log(`from the cache (code, parameters, library and data unchanged): ${cached.join(", ")}`);
    for (const file of files) console.log(`wrote ${relative(process.cwd(), file) || file}`);
    return summary.status === "ok" ? 0 : 1;
  } finally {
    display.stop();
  }
}
