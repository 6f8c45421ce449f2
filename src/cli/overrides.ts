/**
 * Where assumption overrides come from, merged in order (later wins): a scenario from
 * `data/scenarios/` (src/node/scenarios.ts), a JSON parameters file (`-f`), then each
 * `--set key=value`. The merged overrides are validated by the library's `assumptions()` before
 * any kernel starts.
 */
import { fail } from "./messages.js";
import { readSetValue } from "../input/set-value.js";
import { resolve } from "node:path";
import { caseFromObject } from "../cases/case-object.js";
import { readJsonObject } from "../node/read-json.js";

/**
 * `--set key=value`: the value read as the live page's boxes read it ({@link readSetValue}): JSON
 * when it parses as JSON (`2048`, `{"low":2000,"high":3000}`, `true`), else the raw text
 * (`400万～500万日元`, `JPY`).
 */
export function parseSet(arg: string): [string, unknown] {
  const at = arg.indexOf("=");
  const key = at > 0 ? arg.slice(0, at).trim() : "";
  if (key === "") fail("badSet", { arg });
  return [key, readSetValue(arg.slice(at + 1))];
}

/** The overrides in a JSON parameters file (`-f params.json`): a plain object of assumptions. */
export async function loadParametersFile(path: string): Promise<Record<string, unknown>> {
  return readJsonObject(path, "parameters file", "a JSON object of assumptions");
}

/**
 * A case written by hand (`--case-file FILE`): a JSON object checked as `assumptions({ case })`
 * checks one, its errors naming the file: an unknown field, a missing one, an amount the amount
 * reader cannot read. The object itself is the override, so notebooks get it as `caseId`.
 */
export async function loadCaseFile(path: string): Promise<Record<string, unknown>> {
  const json = await readJsonObject(
    resolve(path),
    "case file",
    "a JSON object with id, model, claim, gpu, gpuCount, gpuHours, published, source and quote",
  );
  caseFromObject(json, "case", path);
  return json;
}

/**
 * Overrides merged in order, later sources winning key by key. Every key stays an own field of the
 * result, `__proto__` too (`Object.fromEntries` defines fields where `Object.assign` and spreads
 * assign them, and assigning `__proto__` sets the prototype: a `-f` file's
 * `{"__proto__": {"gpuCount": 1}}` would then hide a GPU count that `assumptions()` reads but the
 * notebooks are never given), so `assumptions()` sees, and refuses, every key given.
 */
export function mergeOverrides(...layers: readonly Readonly<Record<string, unknown>>[]): Record<string, unknown> {
  return Object.fromEntries(layers.flatMap((layer) => Object.entries(layer)));
}
