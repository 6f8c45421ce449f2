import { fail, GpuCostError } from "../errors/error.js";
import type { Amount, AmountUnit } from "../amount/amount.js";
import { parseAmount } from "../amount/parse-amount.js";

/**
 * An amount written as text for the field `name`, whose unit `accepts` must allow: the door of
 * every option that takes text such as `"400万～500万日元"`. A parse error or a wrong unit becomes
 * the field's error, with `expected` first and the reason after it:
 * `invalid gpuHours: "2000块" (expected …; it reads as GPU, not hour)`.
 */
export function readAmountField(
  text: string,
  name: string,
  expected: string,
  accepts: { readonly test: (unit: AmountUnit) => boolean; readonly what: string },
): Amount {
  let amount: Amount;
  try {
    amount = parseAmount(text);
  } catch (e) {
    if (e instanceof GpuCostError) fail("invalid", { name, value: text, expected: `${expected}; ${e.message}` });
    throw e;
  }
  if (!accepts.test(amount.unit)) fail("invalid", { name, value: text, expected: `${expected}; it reads as ${amount.unit}, not ${accepts.what}` });
  return amount;
}
