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

/**
 * Characters that show nothing: C1 controls, the soft hyphen, the combining grapheme joiner, the
 * Arabic letter mark, Hangul fillers, Khmer inherent vowels, Mongolian selectors, zero-width and
 * direction marks, line and paragraph separators, embeddings and overrides, the word joiner to the
 * nominal digit shapes, variation selectors, the byte-order mark, interlinear annotations. Code
 * ranges rather than a character class, whose combining marks would join what stands beside them.
 */
const invisibleRanges: readonly (readonly [number, number])[] = [
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb],
];

function isInvisible(code: number): boolean {
  return code >= 0x7f && invisibleRanges.some(([low, high]) => code >= low && code <= high);
}

function escapeInvisible(json: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (!isInvisible(code)) continue;
    out += `${json.slice(from, i)}\\u${code.toString(16).padStart(4, "0")}`;
    from = i + 1;
  }
  return from === 0 ? json : out + json.slice(from);
}
