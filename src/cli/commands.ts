/**
 * The commands of `gpu-cost-lab` and their options: one table per command, which the parser
 * (./option-table.ts) and the help (./help.ts) both read. Data only, so that `--help` and the
 * dispatch load nothing heavy.
 */
import type { CommandSpec, OptionSpec } from "./option-table.js";

/** `--timeout`: seconds a cell may run. 300 s by default; at most a day, well inside Node's timers (2^31 − 1 ms ≈ 24.8 days). */
export const CELL_TIMEOUT_S = { default: 300, max: 86_400 } as const;

const ASSUMPTIONS = "Assumptions (applied in this order, later ones win; every key is checked before anything runs)";
const EXECUTION = "Execution";

/** `--case`, `--case-file`, `--scenario`, `-f`, `--set`: the assumptions, for every command that computes. */
const ASSUMPTION_OPTIONS = {
  case: {
    type: "string",
    value: "ID",
    defaultText: "deepseek-v3",
    help: "the headline to test, a case of data/cases.csv (gpu-cost-lab cases lists them): its claim, and its GPU, GPUs, GPU-hours and dates as the defaults",
    group: ASSUMPTIONS,
  },
  "case-file": {
    type: "string",
    value: "FILE",
    help: "a case written by hand instead: a JSON object with at least id, model, claim (as written: $450), gpu, gpuCount, gpuHours, published, source and quote",
    group: ASSUMPTIONS,
  },
  scenario: {
    type: "string",
    value: "NAME",
    help: "data/scenarios/NAME.json (article, deepseek-paper, spec-speed, full-programme)",
    group: ASSUMPTIONS,
  },
  file: { type: "string", short: "f", value: "FILE", help: "a JSON object of assumptions", group: ASSUMPTIONS },
  set: {
    type: "string",
    multiple: true,
    value: "KEY=VALUE",
    help: [
      "one assumption, as many times as needed; VALUE is JSON if it parses, else text:",
      "--set gpuCount=2048",
      "--set gpuPrice=400万～500万日元",
      `--set 'gpuCount={"low":2000,"high":3000}'`,
    ],
    group: ASSUMPTIONS,
  },
} as const satisfies Record<string, OptionSpec>;

/** `--timeout`, `--allow-errors`, `--kernel`: how notebooks are executed. */
const EXECUTION_OPTIONS = {
  timeout: {
    type: "string",
    value: "S",
    default: String(CELL_TIMEOUT_S.default),
    help: `seconds a cell may run before it is interrupted and fails; at most ${CELL_TIMEOUT_S.max}, a day`,
    group: EXECUTION,
  },
  "allow-errors": {
    type: "boolean",
    help: "record failing cells and go on (the exit status is still 1)",
    group: EXECUTION,
  },
  kernel: {
    type: "string",
    value: "NAME",
    defaultText: "the project's tslab",
    help: "a kernelspec installed in a Jupyter data folder or in the project's .venv",
    group: EXECUTION,
  },
} as const satisfies Record<string, OptionSpec>;

/** `--lang`: the language the tool writes its tables, page and sentences in. */
const LANG_OPTION = {
  lang: {
    type: "string",
    value: "LANG",
    default: "en",
    help: "en, zh or ja: the language of the headline, the page, the charts and the computed sentences (amounts as 5,576万美元 in zh, 8億円 in ja)",
  },
} as const satisfies Record<string, OptionSpec>;

const HELP_OPTION = { help: { type: "boolean", short: "h", help: "this help" } } as const satisfies Record<
  string,
  OptionSpec
>;

/** `gpu-cost-lab run NOTEBOOK`. */
export const RUN = {
  name: "run",
  positional: "NOTEBOOK",
  summary: "execute one notebook (papermill-style parameters)",
  description: [
    'Executes one notebook on the tslab kernel, with the parameters injected after its cell tagged "parameters" (a notebook without one cannot take --set, -f or --scenario), and writes the executed copy (outputs and static SVG charts included). The source notebook is never modified.',
  ],
  options: {
    out: {
      type: "string",
      value: "FILE",
      defaultText: "report/notebooks/<name>.ipynb in the project",
      help: "where to write the executed notebook; a failed run writes <FILE without .ipynb>.failed.ipynb instead, never over a good copy",
    },
    ...LANG_OPTION,
    ...ASSUMPTION_OPTIONS,
    ...EXECUTION_OPTIONS,
    ...HELP_OPTION,
  },
  exitStatus:
    "Exit status: 0 every cell ran; 1 a cell failed, timed out or the kernel died; 2 bad arguments or assumptions (checked before any kernel starts); 130/143 interrupted.",
} as const satisfies CommandSpec;

/** `gpu-cost-lab report`. */
export const REPORT = {
  name: "report",
  summary: "execute every notebook and write report/ (index.html, summary.json)",
  description: [
    "Executes every notebooks/*.ipynb in name order, each in its own tslab kernel, and writes report/notebooks/<name>.ipynb (executed), report/index.html (one self-contained page) and report/summary.json (the assumptions used, the headline estimate, each notebook's status). Source notebooks are never modified. The report is written whole or not at all: when anything fails, the new one goes to report/failed/ and the last good one stays in place; an interrupted run leaves everything as it was. A notebook whose code, parameters, library (dist/) and data are unchanged since it last ran clean takes its outputs from the cache (report/.cache/).",
  ],
  options: {
    jobs: { type: "string", value: "N", defaultText: "the number of CPUs", help: "notebooks run at once" },
    "no-cache": { type: "boolean", help: "run every notebook, even those the cache holds" },
    out: { type: "string", value: "DIR", defaultText: "report/ in the project", help: "the report folder" },
    notebooks: {
      type: "string",
      value: "DIR",
      defaultText: "notebooks/ in the project",
      help: "the notebooks folder",
    },
    "base-url": {
      type: "string",
      value: "URL",
      defaultText: "none: the page says its link works only where it is published",
      help: "where the page will be published (http or https, e.g. https://you.github.io/gpu-cost-lab/): its link to the assumptions, and its citation, start there",
    },
    ...LANG_OPTION,
    ...ASSUMPTION_OPTIONS,
    ...EXECUTION_OPTIONS,
    ...HELP_OPTION,
  },
  exitStatus:
    "Exit status: 0 every notebook ran clean; 1 something failed; 2 bad arguments or assumptions (checked before any kernel starts); 130/143 interrupted.",
} as const satisfies CommandSpec;

/** `gpu-cost-lab estimate`. */
export const ESTIMATE = {
  name: "estimate",
  summary: "print the headline estimate at once (no notebooks, no kernel)",
  description: [
    "Prints the headline estimate for the assumptions given: what buying the GPUs, buying the whole cluster, renting the final run, amortized hardware + energy and the programme cost, each against the lab's reported figure. The same figures as the report's, computed in this process.",
  ],
  options: {
    format: {
      type: "string",
      value: "FORMAT",
      default: "table",
      help: "table (as the README's headline table), csv (the headline rows, exact numbers) or json (the assumptions, the headline rows and every figure of estimate())",
    },
    ...LANG_OPTION,
    ...ASSUMPTION_OPTIONS,
    ...HELP_OPTION,
  },
  exitStatus: "Exit status: 0 printed; 2 bad arguments or assumptions.",
} as const satisfies CommandSpec;

/** `gpu-cost-lab cases`. */
export const CASES = {
  name: "cases",
  summary: "list the headline cases (data/cases.csv): each claim, its run and what it counts",
  description: [
    "Lists the headline cases the other commands take with --case ID: each case's claim as written, who says it (and who contests it), its GPU, GPUs and GPU-hours, the rate the claim implies, its base model and the claim with its base's, and what the claim counts, leaves out and leaves unknown.",
  ],
  options: {
    format: {
      type: "string",
      value: "FORMAT",
      default: "table",
      help: "table, csv or json (every field of cases())",
    },
    ...HELP_OPTION,
  },
  exitStatus: "Exit status: 0 printed; 2 bad arguments.",
} as const satisfies CommandSpec;

/** `gpu-cost-lab lab`. */
export const LAB = {
  name: "lab",
  passThrough: "jupyter lab",
  ownsSignals: true,
  summary: "JupyterLab with the project's tslab kernel, in notebooks/",
  description: [
    "Sets up .venv/ on first use (JupyterLab from the pinned requirements.txt, and this project's tslab kernel registered in it), then starts JupyterLab on 127.0.0.1 in notebooks/. Any argument it does not know goes to jupyter lab as is, after its own defaults, so it wins: --port=9000, --ServerApp.open_browser=True; after --, everything goes to jupyter lab.",
  ],
  options: {
    "setup-only": { type: "boolean", help: "set up (or check) .venv/ and exit" },
    ...HELP_OPTION,
  },
  exitStatus: "Exit status: JupyterLab's own; 1 the setup failed; 2 bad arguments.",
} as const satisfies CommandSpec;

/** Every command, in the order the top-level help lists them. */
export const COMMANDS = [RUN, REPORT, ESTIMATE, CASES, LAB] as const satisfies readonly CommandSpec[];

/** `run`, `report`, `estimate`, `cases` or `lab`. */
export type CommandName = (typeof COMMANDS)[number]["name"];
