import { fail } from "./messages.js";

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

/**
 * A {@link Scenario} from the parsed JSON of its file at `path`; `badParameters` naming what is
 * missing or what is there besides: a field other than description, sources and assumptions, or
 * a source other than `{ "title", "url", "quote"? }` (a misspelt field would be silently dropped).
 * The assumptions' names and values are `assumptions()`'s to check.
 */
export function readScenario(name: string, json: Readonly<Record<string, unknown>>, path: string): Scenario {
  const bad = (reason: string) => fail("badParameters", { path, what: "scenario file", expected: EXPECTED, reason });
  const extra = (fields: object, known: readonly string[]) => Object.keys(fields).find((k) => !known.includes(k));
  const unknown = extra(json, ["description", "sources", "assumptions"]);
  if (unknown !== undefined) bad(`an unknown field ${JSON.stringify(unknown)}`);
  if (typeof json.description !== "string") bad("no description");
  if (!Array.isArray(json.sources) || json.sources.length === 0) bad("no sources");
  (json.sources as unknown[]).forEach((source, i) => {
    if (!isPlainObject(source)) return bad(`sources[${i}] is not an object`);
    const field = extra(source, ["title", "url", "quote"]);
    if (field !== undefined) bad(`sources[${i}] has an unknown field ${JSON.stringify(field)}`);
    for (const key of ["title", "url", "quote"] as const) {
      if ((key !== "quote" || source[key] !== undefined) && typeof source[key] !== "string") {
        bad(`sources[${i}].${key} is not a string`);
      }
    }
  });
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
