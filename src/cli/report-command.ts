/**
 * `gpu-cost-lab report`: every notebook, then `report/index.html` and `report/summary.json`.
 */
import { parseArgs } from "node:util";
import { availableParallelism } from "node:os";
import { relative, resolve } from "node:path";
import { runReport } from "../report/run-report.js";
import {
  assumptionChoice,
  COMMON_HELP,
  COMMON_OPTIONS,
  jobsCount,
  kernelChoice,
  parsed,
  timeoutMs,
} from "./options.js";
import { progress } from "./progress.js";

export const REPORT_HELP = `Usage: gpu-cost-lab report [options]

Executes every notebooks/*.ipynb in name order, each in its own tslab kernel, and writes
report/notebooks/<name>.ipynb (executed), report/index.html (one self-contained page) and
report/summary.json (the assumptions used, the headline estimate, each notebook's status).
Source notebooks are never modified. The report is written whole or not at all: when anything
fails, the new one goes to report/failed/ and the last good one stays in place; an interrupted
run leaves everything as it was. A notebook whose code, parameters, library (dist/) and data are
unchanged since it last ran clean takes its outputs from the cache (report/.cache/).

  --jobs N             notebooks run at once (default: the number of CPUs)
  --no-cache           run every notebook, even those the cache holds
  --out DIR            the report folder (default: report/ in the project)
  --notebooks DIR      the notebooks folder (default: notebooks/ in the project)
${COMMON_HELP}

Exit status: 0 every notebook ran clean; 1 something failed; 2 bad arguments or assumptions;
130/143 interrupted.`;

/** Runs the command; resolves with the exit status. */
export async function reportCommand(args: readonly string[], { signal }: { signal: AbortSignal }): Promise<number> {
  const { values } = parsed("report", () =>
    parseArgs({
      args: [...args],
      options: {
        ...COMMON_OPTIONS,
        jobs: { type: "string" },
        out: { type: "string" },
        notebooks: { type: "string" },
        "no-cache": { type: "boolean" },
      },
      allowPositionals: false,
      strict: true,
    }),
  );
  if (values.help) {
    console.log(REPORT_HELP);
    return 0;
  }
  const choice = await assumptionChoice(values);
  const spec = await kernelChoice(values.kernel);
  const jobs = jobsCount(values.jobs, availableParallelism());
  const timeout = timeoutMs(values.timeout);
  const display = progress();
  try {
    const { summary, files } = await runReport({
      ...(values.notebooks === undefined ? {} : { notebooksDir: resolve(values.notebooks) }),
      ...(values.out === undefined ? {} : { outDir: resolve(values.out) }),
      overrides: choice.overrides,
      from: choice.from,
      jobs,
      spec: values.kernel === undefined ? undefined : spec,
      timeoutMs: timeout,
      allowErrors: values["allow-errors"] ?? false,
      cache: values["no-cache"] !== true,
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
