import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { readScenario, type Scenario } from "../assumptions/scenario.js";
import { fail } from "./messages.js";
import { PACKAGE_ROOT } from "./package-root.js";
import { readJsonObject } from "./read-json.js";

/** The scenarios shipped with the project: `data/scenarios/*.json`. */
export const SCENARIOS_DIR = join(PACKAGE_ROOT, "data", "scenarios");

/** The names of the scenarios in `dir`, sorted. */
export async function scenarioNames(dir = SCENARIOS_DIR): Promise<string[]> {
  const files = await readdir(dir).catch(() => []);
  return files
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** The scenario `name` from `dir`; `unknownScenario` (listing the known ones) when there is none. */
export async function loadScenario(name: string, dir = SCENARIOS_DIR): Promise<Scenario> {
  const known = await scenarioNames(dir);
  if (!/^[\w.-]+$/.test(name) || !known.includes(name)) fail("unknownScenario", { name, known });
  const path = join(dir, `${name}.json`);
  return readScenario(
    name,
    await readJsonObject(path, "scenario file", `{"description", "sources", "assumptions"}`),
    path,
  );
}
