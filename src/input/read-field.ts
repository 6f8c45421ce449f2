import { GpuCostError } from "../errors/error.js";
import type { TextProblem } from "./messages.js";
import type { Amount, AmountUnit } from "../amount/amount.js";
import { parseAmount } from "../amount/parse-amount.js";

/**
 * An amount written as text for a field, whose unit `accepts` must allow: the door of every
 * option that takes text such as `"400万～500万日元"`. A parse error or a wrong unit goes to
 * `reject`, which fails with the field's own error, the reason after what it accepts:
 * `invalid gpuHours: "2000块" (expected …; it reads as GPU, not hour)`.
 */
export function readAmountField(
  text: string,
  accepts: { readonly test: (unit: AmountUnit) => boolean; readonly what: string },
  reject: (reason: TextProblem) => never,
): Amount {
  let amount: Amount;
  try {
    amount = parseAmount(text);
  } catch (e) {
    if (e instanceof GpuCostError) reject({ parseError: e.message });
    throw e;
  }
  if (!accepts.test(amount.unit)) reject({ readsAs: amount.unit, wanted: accepts.what });
  return amount;
}
