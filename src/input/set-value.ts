/**
 * A value as `--set key=VALUE` and the live report's assumption boxes read it: JSON when the text
 * parses as JSON (`2048`, `[2000, 3000]`, `{"low": 2, "high": 4.916}`), else the text as written
 * (`400万～500万日元`, `75%`, `JPY`), which `assumptions()` then reads or refuses with its message.
 *
 * `readSetValue("2048")` → 2048; `readSetValue("400万～500万日元")` → "400万～500万日元"
 */
export function readSetValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The text that {@link readSetValue} reads back as `value`: a string as written, unless it would
 * read as JSON (`"2048"` → `"\"2048\""`); anything else as JSON.
 *
 * `setValueText({ low: 2, high: 4 })` → `{"low":2,"high":4}`; `setValueText("400万日元")` → `400万日元`
 */
export function setValueText(value: unknown): string {
  if (typeof value === "string" && readSetValue(value) === value) return value;
  return JSON.stringify(value) ?? String(value);
}
