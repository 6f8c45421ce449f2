/**
 * How a received value is written inside an error message: strings quoted,
 * numbers as JavaScript writes them, objects as compact JSON.
 *
 * show("abc") → `"abc"`; show(-3) → `-3`; show(NaN) → `NaN`; show({low: 2}) → `{"low":2}`
 */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "function") return "a function";
  try {
    const json = JSON.stringify(value, (_key, v: unknown) =>
      typeof v === "number" && !Number.isFinite(v) ? String(v) : v,
    );
    return json.length > 120 ? `${json.slice(0, 117)}...` : json;
  } catch {
    return typeof value === "bigint" ? `${value}n` : "a value that cannot be written as JSON";
  }
}
