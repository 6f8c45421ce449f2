import { formatAmount } from "../amount/format-amount.js";
import { parseAmount } from "../amount/parse-amount.js";
import { setValueText } from "../input/set-value.js";
import type { MoneyRange } from "../money/money-range.js";
import type { Range } from "../range/range.js";

/**
 * An assumption's value as a reader would type it into its box (or after `--set`), reading back
 * exactly: a choice as is (`H800`); a number (`2788000`) or a range (`[2000,3000]`); money as
 * written in its own currency, `$2–$4.916` for dollars and `400万～500万日元` for yen and yuan,
 * or as JSON where the text would not read back to the same figures; any other value as JSON.
 */
export function assumptionText(value: string | Range | MoneyRange): string {
  if (!isRange(value)) return setValueText(value); // a choice, or a kind of value added later: as --set writes it
  if (!("currency" in value)) return setValueText(value.low === value.high ? value.low : [value.low, value.high]);
  const text = formatAmount(value, { locale: value.currency === "USD" ? "en" : "zh", digits: 15 });
  return readsBack(text, value) ? text : setValueText({ low: value.low, high: value.high, currency: value.currency });
}

function isRange(value: unknown): value is Range | MoneyRange {
  const r = value as Partial<MoneyRange> | null;
  return typeof r === "object" && r !== null && typeof r.low === "number" && typeof r.high === "number";
}

function readsBack(text: string, value: MoneyRange): boolean {
  try {
    const read = parseAmount(text);
    return read.low === value.low && read.high === value.high && read.unit === value.currency;
  } catch {
    return false;
  }
}
