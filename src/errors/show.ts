/**
 * How a received value is written inside an error message: strings quoted,
 * numbers as JavaScript writes them, objects as compact JSON.
 *
 * show("abc") → `"abc"`; show(-3) → `-3`; show(NaN) → `NaN`; show({low: 2}) → `{"low":2}`;
 * show("400万\u200b日元") → `"400万\u200b日元"`: a character that shows nothing is escaped ({@link quote}).
 */
export function show(value: unknown): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "function") return "a function";
  try {
    const json = JSON.stringify(value, (_key, v: unknown) =>
      typeof v === "number" && !Number.isFinite(v) ? String(v) : v,
    );
    const shown = escapeInvisible(json);
    return shown.length > 120 ? `${shown.slice(0, 117)}...` : shown;
  } catch {
    return typeof value === "bigint" ? `${value}n` : "a value that cannot be written as JSON";
  }
}

/**
 * `text` JSON-quoted, with every character that shows nothing written as its escape, so that a
 * message points at something the reader can see: controls (JSON escapes them already), the soft
 * hyphen, zero-width spaces and joiners, direction marks and overrides (U+200E, U+202E), the word
 * joiner, variation selectors and the byte-order mark. `quote("3\u200b块")` is `"3\u200b块"`.
 */
export function quote(text: string): string {
  return escapeInvisible(JSON.stringify(text));
}

// C1 controls, soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul fillers, Khmer
// vowels inherent, Mongolian selectors, zero-width and direction marks, line and paragraph
// separators, embeddings and overrides, word joiner to nominal digit shapes, variation
// selectors, the byte-order mark, interlinear annotation.
const invisible =
  /[\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]/g;

function escapeInvisible(json: string): string {
  return json.replace(invisible, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
