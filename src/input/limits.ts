import { fail } from "./messages.js";
import type { LimitData } from "./messages.js";
import type { Currency } from "../money/currency.js";
import type { Limit, Limits } from "./rules.js";
import { LIMIT_UNITS_PER_USD } from "../data/plausible.js";

/** Units of each currency per US dollar for the plausible bounds of prices: in src/data/plausible.ts, which the data files' loaders share. */
export { LIMIT_UNITS_PER_USD };

/** The bounds of `limits` as messages give them, for amounts in `currency` (a price) or in the limits' unit (a quantity). */
export function limitsIn(
  limits: Limits,
  currency?: Currency,
): { readonly atLeast?: LimitData; readonly atMost?: LimitData } {
  const data = (side: LimitData["side"], { value, why }: Limit): LimitData => {
    if (currency === undefined) return { side, limit: value, ...(limits.unit ? { unit: limits.unit } : {}), why };
    const perUsd = LIMIT_UNITS_PER_USD[currency];
    return {
      side,
      limit: value * perUsd,
      unit: limits.unit ? `${currency} ${limits.unit}` : currency,
      ...(currency === "USD" ? {} : { usd: { limit: value, perUsd, currency } }),
      why,
    };
  };
  return {
    ...(limits.atLeast ? { atLeast: data("least", limits.atLeast) } : {}),
    ...(limits.atMost ? { atMost: data("most", limits.atMost) } : {}),
  };
}

/**
 * The plausible bounds of a range read for `name` (prices in `currency`), or `implausible`
 * quoting the value as given: `invalid gpuCount: 1e+22 (expected at most 10,000,000 GPUs: …)`.
 */
export function checkLimits(
  r: { readonly low: number; readonly high: number },
  limits: Limits | undefined,
  name: string,
  value: unknown,
  currency?: Currency,
): void {
  if (limits === undefined) return;
  const { atLeast, atMost } = limitsIn(limits, currency);
  if (atLeast && r.low < atLeast.limit) fail("implausible", { name, value, ...atLeast });
  if (atMost && r.high > atMost.limit) fail("implausible", { name, value, ...atMost });
}
