import { fail } from "./messages.js";
import { range, type Range } from "./range.js";

/**
 * The range of `fn` over a box of input ranges, from `fn` evaluated at every corner of the box
 * (the 2^k combinations of low and high ends of the k inputs that are not points).
 *
 * Exact when `fn` is monotone in each input, as every cost formula here is (a cost rises with
 * price, hours and power and falls with lifetime), whatever the direction. Example:
 * `rangeOf(({ n, p }) => n * p, { n: range(2000, 3000), p: range(4e6, 5e6) })` → [8e9, 1.5e10].
 * A non-finite value at any corner is an error naming `name`.
 */
export function rangeOf<K extends string>(
  fn: (x: Readonly<Record<K, number>>) => number,
  inputs: Readonly<Record<K, Range>>,
  name = "result",
): Range {
  const keys = Object.keys(inputs) as K[];
  const varying = keys.filter((k) => inputs[k].low !== inputs[k].high);
  if (varying.length > 16) fail("tooManyInputs", { name: "inputs", value: varying.length, max: 16 });
  const point = {} as Record<K, number>;
  for (const k of keys) point[k] = inputs[k].low;
  let low = Infinity;
  let high = -Infinity;
  for (let corner = 0; corner < 1 << varying.length; corner++) {
    varying.forEach((k, bit) => (point[k] = corner & (1 << bit) ? inputs[k].high : inputs[k].low));
    const y = fn(point);
    if (!Number.isFinite(y)) fail("notFinite", { name, value: y, at: { ...point } });
    if (y < low) low = y;
    if (y > high) high = y;
  }
  return range(low, high, name);
}
