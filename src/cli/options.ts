/**
 * What `run` and `report` share: the assumption options (`--scenario`, `-f`, `--set`, merged in
 * that order and validated before any kernel starts), `--timeout`, `--kernel`, `--allow-errors`,
 * and argument parsing with node:util's parseArgs, whose errors become exit status 2.
 */
import type { ParseArgsConfig } from "node:util";
import { join, resolve } from "node:path";
import { assumptions, type Assumptions } from "../assumptions/assumptions.js";
import { fail } from "../errors/error.js";
import { findKernelspec, jupyterDataPaths, type Kernelspec } from "../runner/kernelspec.js";
import { PACKAGE_ROOT } from "../node/package-root.js";
import { loadParametersFile, mergeOverrides, parseSet } from "./overrides.js";
import { loadScenario } from "../node/scenarios.js";
import type { AssumptionSources } from "../report/summary.js";

/** The options both commands take, for parseArgs. */
export const COMMON_OPTIONS = {
  set: { type: "string", multiple: true },
  scenario: { type: "string" },
  file: { type: "string", short: "f" },
  timeout: { type: "string" },
  "allow-errors": { type: "boolean" },
  kernel: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

/** The help text for the common options. */
export const COMMON_HELP = `Assumptions (applied in this order, later ones win; every key is checked before any kernel starts):
  --scenario NAME      data/scenarios/NAME.json (article, deepseek-paper, spec-speed, full-programme)
  -f, --file FILE      a JSON object of assumptions
  --set KEY=VALUE      one assumption; VALUE is JSON if it parses, else text
                       (--set gpuCount=2048, --set gpuPrice=400万～500万日元, --set 'gpuCount={"low":2000,"high":3000}')
Execution:
  --timeout S          seconds a cell may run before it is interrupted and fails (default 300)
  --allow-errors       record failing cells and go on (the exit status is still 1)
  --kernel NAME        a kernelspec installed in a Jupyter data folder (default: the project's tslab)
  -h, --help           this help`;

/**
 * The result of `parse` (a call to parseArgs); a parse error (unknown option, missing value)
 * becomes `badArguments`, which the CLI reports with exit status 2.
 */
export function parsed<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    return fail("badArguments", { command, message: (error as Error).message });
  }
}

/** The assumptions a command runs with. */
export interface AssumptionChoice {
  readonly overrides: Record<string, unknown>;
  readonly from: AssumptionSources;
  readonly resolved: Assumptions;
}

/** The overrides from `--scenario`, `-f` and `--set`, merged and validated (throws the library's message). */
export async function assumptionChoice(values: {
  scenario?: string;
  file?: string;
  set?: string[];
}): Promise<AssumptionChoice> {
  const scenario = values.scenario === undefined ? undefined : await loadScenario(values.scenario);
  const file = values.file === undefined ? {} : await loadParametersFile(resolve(values.file));
  const set = Object.fromEntries((values.set ?? []).map(parseSet));
  const overrides = mergeOverrides(scenario?.assumptions ?? {}, file, set);
  const resolved = assumptions(overrides);
  const from: AssumptionSources = {
    ...(scenario
      ? { scenario: { name: scenario.name, description: scenario.description, sources: scenario.sources } }
      : {}),
    ...(values.file === undefined ? {} : { file: values.file }),
    ...(values.set?.length ? { set } : {}),
  };
  return { overrides, from, resolved };
}

/** `--timeout S` in milliseconds; `invalid` unless a positive number of seconds. Defaults to 300 s. */
export function timeoutMs(text: string | undefined): number {
  if (text === undefined) return 300_000;
  const seconds = Number(text);
  if (!(Number.isFinite(seconds) && seconds > 0))
    fail("notPositive", { name: "--timeout", value: text, unit: "seconds" });
  return seconds * 1000;
}

/** `--jobs N`; `invalid` unless a positive whole number. */
export function jobsCount(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!(Number.isInteger(n) && n > 0)) fail("notPositiveWhole", { name: "--jobs", value: text });
  return n;
}

/** The kernelspec for `--kernel NAME` (also looked up in the project's `.venv`), or the project's tslab. */
export function kernelChoice(name: string | undefined): Promise<Kernelspec> {
  return findKernelspec(name, { searchPaths: jupyterDataPaths({ prefixes: [join(PACKAGE_ROOT, ".venv")] }) });
}
