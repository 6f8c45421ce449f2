import { fail } from "../errors/error.js";

/** One cited source of a scenario. */
export interface ScenarioSource {
  readonly title: string;
  readonly url: string;
  readonly quote?: string;
}

/**
 * A named set of assumption overrides with what it stands for and where its figures come from:
 * a file of `data/scenarios/`, `{ "description": "…", "sources": [{ "title", "url", "quote"? }], "assumptions": { … } }`.
 */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly sources: readonly ScenarioSource[];
  readonly assumptions: Readonly<Record<string, unknown>>;
}

const EXPECTED = `{"description", "sources", "assumptions"}`;

/** A {@link Scenario} from the parsed JSON of its file at `path`; `badParameters` naming what is missing. */
export function readScenario(name: string, json: Readonly<Record<string, unknown>>, path: string): Scenario {
  const bad = (reason: string) => fail("badParameters", { path, what: "scenario file", expected: EXPECTED, reason });
  if (typeof json.description !== "string") bad("no description");
  if (!Array.isArray(json.sources) || json.sources.length === 0) bad("no sources");
  if (!isPlainObject(json.assumptions)) bad("assumptions is not an object");
  return {
    name,
    description: json.description as string,
    sources: json.sources as ScenarioSource[],
    assumptions: json.assumptions as Record<string, unknown>,
  };
}

/** A JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
