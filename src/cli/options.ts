/**
 * What the commands share, read from their parsed options: the assumptions (`--scenario`, `-f`,
 * `--set`, merged in that order and validated before any kernel starts), `--timeout`, `--jobs`,
 * `--kernel`.
 */
import { join, resolve } from "node:path";
import { assumptions, type Assumptions } from "../assumptions/assumptions.js";
import { fail } from "./messages.js";
import { findKernelspec, jupyterDataPaths, type Kernelspec } from "../runner/kernelspec.js";
import { PACKAGE_ROOT } from "../node/package-root.js";
import { loadCaseFile, loadParametersFile, mergeOverrides, parseSet } from "./overrides.js";
import { loadScenario } from "../node/scenarios.js";
import type { AssumptionSources } from "../report/summary.js";
import { CELL_TIMEOUT_S } from "./commands.js";
import { langs, type Lang } from "../i18n/lang.js";

/** The assumptions a command runs with. */
export interface AssumptionChoice {
  readonly overrides: Record<string, unknown>;
  readonly from: AssumptionSources;
  readonly resolved: Assumptions;
}

/** The overrides from `--scenario`, `-f` and `--set`, merged and validated (throws the library's message). */
export async function assumptionChoice(values: {
  case?: string;
  "case-file"?: string;
  scenario?: string;
  file?: string;
  set?: string[];
}): Promise<AssumptionChoice> {
  if (values.case !== undefined && values["case-file"] !== undefined)
    fail("twoCases", { case: values.case, file: values["case-file"] });
  const headline =
    values["case-file"] !== undefined
      ? { case: await loadCaseFile(values["case-file"]) }
      : values.case !== undefined
        ? { case: values.case }
        : {};
  const scenario = values.scenario === undefined ? undefined : await loadScenario(values.scenario);
  const file = values.file === undefined ? {} : await loadParametersFile(resolve(values.file));
  const set = Object.fromEntries((values.set ?? []).map(parseSet));
  const overrides = mergeOverrides(headline, scenario?.assumptions ?? {}, file, set);
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

/**
 * `--timeout S` in milliseconds: a positive number of seconds, at most a day (Node's timers
 * overflow past 2^31 − 1 ms and would fire at once). Defaults to 300 s.
 */
export function timeoutMs(text: string = String(CELL_TIMEOUT_S.default)): number {
  const seconds = Number(text);
  if (!(Number.isFinite(seconds) && seconds > 0 && seconds <= CELL_TIMEOUT_S.max))
    fail("notPositive", { name: "--timeout", value: text, unit: "seconds", max: CELL_TIMEOUT_S.max });
  return seconds * 1000;
}

/** `--jobs N`: a positive whole number; `fallback` when not given. */
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

/**
 * The `--base-url` of `report`, checked: an http or https address with no hash (the page adds the
 * assumptions'), ending in `/` or a page (`…/index.html`): `https://you.github.io/gpu-cost-lab/`.
 */
export function baseUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail("badBaseUrl", { value: text });
  }
  if (!/^https?:$/.test(url.protocol) || url.hash !== "" || url.username !== "" || url.password !== "")
    fail("badBaseUrl", { value: text });
  return url.href;
}

/** `--lang LANG`: `en` (the default), `zh` or `ja`; else `invalid --lang: "fr" (expected one of en, zh, ja)`. */
export function langChoice(text: string = "en"): Lang {
  if (!(langs as readonly string[]).includes(text)) fail("notOneOf", { name: "--lang", value: text, choices: langs });
  return text as Lang;
}
