/**
 * Where assumption overrides come from, merged in order (later wins): a scenario from
 * `data/scenarios/`, a JSON parameters file (`-f`), then each `--set key=value`. The merged
 * overrides are validated by the library's `assumptions()` before any kernel starts.
 *
 * A scenario file is `{ "description": "…", "sources": [{ "title", "url", "quote"? }], "assumptions": { … } }`.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { assumptions, type AssumptionOverrides, type Assumptions } from "../assumptions/assumptions.js";
import { fail } from "../errors/error.js";
import { PACKAGE_ROOT } from "./kernelspec.js";

/** The scenarios shipped with the project. */
export const SCENARIOS_DIR = join(PACKAGE_ROOT, "data", "scenarios");

/** One cited source of a scenario. */
export interface ScenarioSource {
  readonly title: string;
  readonly url: string;
  readonly quote?: string;
}

/** A named set of overrides with what it stands for and where its figures come from. */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly sources: readonly ScenarioSource[];
  readonly assumptions: Readonly<Record<string, unknown>>;
}

/**
 * `--set key=value`: the value is JSON when it parses as JSON (`2048`, `{"low":2000,"high":3000}`,
 * `true`), else the raw text (`400万～500万日元`, `JPY`).
 */
export function parseSet(arg: string): [string, unknown] {
  const at = arg.indexOf("=");
  const key = at > 0 ? arg.slice(0, at).trim() : "";
  if (key === "") fail("badSet", { arg });
  const text = arg.slice(at + 1);
  try {
    return [key, JSON.parse(text)];
  } catch {
    return [key, text];
  }
}

/** The names of the scenarios in `dir`, sorted. */
export async function scenarioNames(dir = SCENARIOS_DIR): Promise<string[]> {
  const files = await readdir(dir).catch(() => []);
  return files.filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
}

/** The scenario `name` from `dir`; `unknownScenario` (listing the known ones) when there is none. */
export async function loadScenario(name: string, dir = SCENARIOS_DIR): Promise<Scenario> {
  const known = await scenarioNames(dir);
  if (!/^[\w.-]+$/.test(name) || !known.includes(name)) fail("unknownScenario", { name, known });
  const path = join(dir, `${name}.json`);
  const json = await readJsonObject(path, "scenario file", `{"description", "sources", "assumptions"}`);
  const expected = `{"description", "sources", "assumptions"}`;
  const bad = (reason: string) => fail("badParameters", { path, what: "scenario file", expected, reason });
  if (typeof json.description !== "string") bad("no description");
  if (!Array.isArray(json.sources) || json.sources.length === 0) bad("no sources");
  if (!isObject(json.assumptions)) bad("assumptions is not an object");
  return { name, description: json.description as string, sources: json.sources as ScenarioSource[], assumptions: json.assumptions as Record<string, unknown> };
}

/** The overrides in a JSON parameters file (`-f params.json`): a plain object of assumptions. */
export async function loadParametersFile(path: string): Promise<Record<string, unknown>> {
  return readJsonObject(path, "parameters file", "a JSON object of assumptions");
}

/** Overrides merged in order, later sources winning key by key. */
export function mergeOverrides(...layers: readonly Readonly<Record<string, unknown>>[]): Record<string, unknown> {
  return Object.assign({}, ...layers) as Record<string, unknown>;
}

/** The full, validated set for `overrides`; throws the library's message for an unknown key or a bad value. */
export function checkOverrides(overrides: Readonly<Record<string, unknown>>): Assumptions {
  return assumptions(overrides as AssumptionOverrides);
}

async function readJsonObject(path: string, what: string, expected: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return fail("badParameters", { path, what, expected, reason: (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail("badParameters", { path, what, expected, reason: (error as Error).message });
  }
  if (!isObject(json)) fail("badParameters", { path, what, expected, reason: `it is ${Array.isArray(json) ? "an array" : json === null ? "null" : `a ${typeof json}`}` });
  return json;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
