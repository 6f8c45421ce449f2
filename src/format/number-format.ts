const formats = new Map<string, Intl.NumberFormat>();

/**
 * An en-US `Intl.NumberFormat` with `options`, built once per set of options: `toLocaleString`
 * builds a new one on every call, which costs more than the arithmetic it writes up (the live
 * report page writes its tables and labels on every keystroke).
 *
 * `numberFormat({ maximumFractionDigits: 2 }).format(52753049.785691)` → `52,753,049.79`
 */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  // the sign only where a digit shows: -0, or -0.001 to two decimals, is "0", not "-0"
  if (!format) formats.set(key, (format = new Intl.NumberFormat("en-US", { signDisplay: "negative", ...options })));
  return format;
}
