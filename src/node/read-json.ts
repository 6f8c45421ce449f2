import { readFile } from "node:fs/promises";
import { isPlainObject } from "../assumptions/scenario.js";
import { fail } from "./messages.js";
import { GpuCostError } from "../errors/error.js";
import { decodeUtf8 } from "./data-files.js";

/**
 * The JSON object in the file at `path`; `badParameters` naming the file as `what` when it cannot
 * be read, is not JSON or is not an object: `invalid parameters file: p.json (expected a JSON object of assumptions: it is an array)`.
 * The text is UTF-8, as the data files are (./data-files.ts): a byte-order mark before it is
 * dropped, UTF-16 is refused naming the encoding (rather than read as garbled text), and so are
 * bytes that are not UTF-8.
 */
export async function readJsonObject(path: string, what: string, expected: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    const bytes = await readFile(path);
    text = decodeUtf8(bytes, path);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } catch (error) {
    if (error instanceof GpuCostError) throw error;
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
