import { quote } from "./show.js";

/**
 * A piece of user text as an error message quotes it: JSON-quoted, invisible characters escaped
 * (`\u200b`, ./show.ts), and at most `max` characters of it, so that a 1 MB input gives a
 * one-line message.
 *
 * - `"middle"` (for the whole input) keeps its start and its end: `"1、1、1、…、1、1块"`;
 * - `"end"` (for the part at the position of a problem) keeps its start: `"～3块、4块、…"`.
 *
 * The cut never splits a surrogate pair. `excerpt("400万日元")` is `"400万日元"` (quoted).
 */
export function excerpt(text: string, max: number, keep: "middle" | "end" = "middle"): string {
  if (text.length <= max) return quote(text);
  if (keep === "end") return quote(`${head(text, max - 1)}…`);
  const tailLength = Math.floor((max - 1) / 2);
  return quote(`${head(text, max - 1 - tailLength)}…${tail(text, tailLength)}`);
}

function head(text: string, length: number): string {
  return isHighSurrogate(text.charCodeAt(length - 1)) ? text.slice(0, length - 1) : text.slice(0, length);
}

function tail(text: string, length: number): string {
  const from = text.length - length;
  return isLowSurrogate(text.charCodeAt(from)) ? text.slice(from + 1) : text.slice(from);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
