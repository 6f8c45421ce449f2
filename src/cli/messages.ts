/**
 * The messages of the gpu-cost-lab commands and the JupyterLab setup (src/cli/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { errorMaker, failer, type Fail, type MakeError } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";
import { show } from "../errors/show.js";
import { messages as runnerMessages } from "../runner/messages.js";

export const messages = {
  /** `invalid --base-url: "example.org" (expected an http or https address, e.g. https://you.github.io/gpu-cost-lab/)` */
  badBaseUrl: (d: { value: string }) =>
    `invalid --base-url: ${show(d.value)} (expected an http or https address, e.g. https://you.github.io/gpu-cost-lab/)`,
  /** `invalid --set: "gpuCount" (expected key=value)` */
  badSet: (d: { arg: string }) => `invalid --set: ${show(d.arg)} (expected key=value)`,
  /** `invalid command: "rnu" (expected one of run, report, estimate, lab; see gpu-cost-lab --help)` */
  unknownCommand: (d: { command: string; known: readonly string[] }) =>
    `invalid command: ${show(d.command)} (expected one of ${d.known.join(", ")}; see gpu-cost-lab --help)`,
  /**
   * `Unknown option '--jbos' (see gpu-cost-lab report --help)`: parseArgs's own wording on one line,
   * without its hint about positional arguments (no command takes one that starts with a dash), then where to look.
   */
  /** `--case deepseek-r1 and --case-file my-run.json both name a case (expected one of them)` */
  twoCases: (d: { case: string; file: string }) =>
    `--case ${d.case} and --case-file ${d.file} both name a case (expected one of them)`,
  badArguments: (d: { command: string; message: string }) =>
    `${d.message.replace(/\. To specify a positional argument.*$/s, "").replace(/\s*\n\s*/g, " ")} (see gpu-cost-lab ${d.command} --help)`,
  /**
   * `cannot write standard output: ENOSPC: no space left on device, write (expected somewhere that takes
   * the whole output: a file system with room, or a pipe read to its end)`; exit status 74
   */
  outputFailed: (d: { code: string; reason: string }) =>
    `cannot write standard output: ${d.reason} (expected somewhere that takes the whole output: a file system with room, or a pipe read to its end)`,
  // the command line's checks of its files, before any kernel starts (src/cli/)
  /** `invalid notebook: "02-buy.ipynb" (expected a notebook file: no such file)`; `problem`: what is there instead */
  notNotebookFile: (d: { path: string; problem: "missing" | "folder" | "unreadable" }) =>
    `invalid notebook: ${show(d.path)} (expected a notebook file: ${pathProblems[d.problem]})`,
  /**
   * `invalid --out: "/tmp/f/x.ipynb" (expected a file that can be written: /tmp/f is a file)`: `kind` is
   * what the option names, `path` the place found unfit (the option's own path, a folder above it
   * or a file the command writes in it) and `problem` what is wrong with it.
   */
  notWritable: (d: { name: string; value: string; kind: "file" | "folder"; path: string; problem: WriteProblem }) =>
    invalid(d, `a ${d.kind} that can be written: ${d.path} ${writeProblems[d.problem]}`),
  /** `invalid --out: "analysis.ipynb" (expected a new path or a notebook gpu-cost-lab wrote: analysis.ipynb is one it did not write, with no gpu_cost_lab mark in its metadata; move it away to write there)` */
  notOurNotebook: (d: { name: string; value: string; path: string }) =>
    invalid(
      d,
      `a new path or a notebook gpu-cost-lab wrote: ${d.path} is one it did not write, with no gpu_cost_lab mark in its metadata; move it away to write there`,
    ),
  /** `invalid --out: "x.ipynb" (expected a path apart from the source notebooks: writing x.ipynb would overwrite notebooks/x.ipynb)` */
  overwritesSource: (d: { name: string; value: string; path: string; source: string }) =>
    invalid(d, `a path apart from the source notebooks: writing ${d.path} would overwrite ${d.source}`),
  // JupyterLab environment (src/cli/lab-*.ts)
  /** `no Python 3 found: "python3" could not be run (expected Python ≥ 3.9 with its venv module; on Debian/Ubuntu: apt-get install python3 python3-venv)` */
  labPythonMissing: (d: { python: string }) =>
    `no Python 3 found: ${show(d.python)} could not be run (expected Python ≥ 3.9 with its venv module; on Debian/Ubuntu: apt-get install python3 python3-venv)`,
  /** `unusable Python: "python3" (Python 3.11.2) has no ensurepip module (expected Python ≥ 3.9 with venv and ensurepip; on Debian/Ubuntu: apt-get install python3 python3-venv)` */
  labPythonUnfit: (d: { python: string; version: string; problem: string }) =>
    `unusable Python: ${show(d.python)} (Python ${d.version}) ${d.problem} (expected Python ≥ 3.9 with venv and ensurepip; on Debian/Ubuntu: apt-get install python3 python3-venv)`,
  /** `lab setup failed at "install requirements": ".venv/bin/python -m pip install -r requirements.txt" exited with 1 (see its output above)` */
  labStepFailed: (d: { step: string; command: string; status: number | string }) =>
    `lab setup failed at ${show(d.step)}: ${show(d.command)} exited with ${d.status} (see its output above)`,
  /** `invalid tslab kernel spec .venv/share/jupyter/kernels/tslab/kernel.json: argv[0] "tslab" (expected "/work/main/node_modules/.bin/tslab")` */
  labKernelSpec: (d: { path: string; argv0: unknown; expected: string }) =>
    `invalid tslab kernel spec ${d.path}: argv[0] ${show(d.argv0)} (expected ${show(d.expected)})`,
  /** `JupyterLab did not answer at http://127.0.0.1:8899/api/status within 60000 ms (expected HTTP 200; the server exited with 1)` */
  labNoAnswer: (d: { url: string; timeoutMs: number; exit: string }) =>
    `JupyterLab did not answer at ${d.url} within ${d.timeoutMs} ms (expected HTTP 200; ${d.exit})`,
} as const;

/** What is wrong with a path given as input (notNotebookFile). */
const pathProblems = { missing: "no such file", folder: "it is a folder", unreadable: "it cannot be read" } as const;

/** What is wrong with a place an output goes (notWritable). */
const writeProblems = {
  file: "is a file",
  folder: "is a folder",
  readOnly: "is not writable",
  device: "is a device, which the write would replace with a file",
  link: "is a symbolic link, which the write would replace, not its target",
  fifo: "is a FIFO, which the write would replace with a file",
  socket: "is a socket, which the write would replace with a file",
} as const;

/** What is wrong with a place an output goes: a file where a folder goes, a device where a file goes, … */
export type WriteProblem = keyof typeof writeProblems;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages & typeof runnerMessages> = failer(
  messages,
  valueMessages,
  runnerMessages,
);

/** Makes one of these errors without throwing it, for a caller that collects or rejects with it. */
export const errorOf: MakeError<typeof messages & typeof valueMessages & typeof runnerMessages> = errorMaker(
  messages,
  valueMessages,
  runnerMessages,
);
