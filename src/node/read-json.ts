import { readFile } from "node:fs/promises";
import { isPlainObject } from "../assumptions/scenario.js";
import { fail } from "./messages.js";

/**
 * The JSON object in the file at `path`; `badParameters` naming the file as `what` when it cannot
 * be read, is not JSON or is not an object: `invalid parameters file: p.json (expected a JSON object of assumptions: it is an array)`.
 */
export async function readJsonObject(path: string, what: string, expected: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return fail("badParameters", {
      path,
      what,
      expected,
      reason: (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail("badParameters", { path, what, expected, reason: (error as Error).message });
  }
  if (!isPlainObject(json))
    fail("badParameters", {
      path,
      what,
      expected,
      reason: `it is ${Array.isArray(json) ? "an array" : json === null ? "null" : `a ${typeof json}`}`,
    });
  return json;
}
