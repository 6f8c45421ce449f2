import { fail } from "../errors/error.js";
import type { Amount } from "./amount.js";
import { readAmounts, type Found } from "./read-amounts.js";
import { shownUnitWords } from "./units.js";

/**
 * Every amount in `text`, in order, as Chinese and Japanese articles write them:
 *
 * ```ts
 * parseAmounts("H800约为400万～500万日元（约合人民币19.23万元～24.03万元）");
 * // [{ low: 4_000_000, high: 5_000_000, unit: "JPY" }, { low: 192_300, high: 240_300, unit: "CNY" }]
 * ```
 *
 * Reads multipliers (万 亿 億 兆, 成 = 0.1, %), ranges (`～ ~ 〜 – — - 至 到`, the unit and
 * multiplier written once at the high end shared by both), lists joined by 、 (read as the
 * range spanning them), vague counts (数十 = [10, 100]), fractions (`10分之1`, `一半`), upper
 * bounds (`不到10分之1` = [0, 0.1]) and full-width digits. Digits after a letter are names
 * (H800, V3), and a number without a unit word is not an amount. An empty list when there is
 * none; an error quoting the text when part of it cannot be read (a bare `¥`, low > high, two
 * units in one amount).
 */
export function parseAmounts(text: string): Amount[] {
  return readAmounts(checkText(text)).filter(hasUnit).map(toAmount);
}

/**
 * The one amount in `text`: `parseAmount("DeepSeek使用了2000～3000块H800")` is
 * `{ low: 2000, high: 3000, unit: "GPU" }`. As {@link parseAmounts}, and an error when there
 * is no amount (`no amount found in "H800" …`, `no unit in "2048" …`) or more than one
 * (`2 amounts in "…" (expected one): …`).
 */
export function parseAmount(text: string): Amount {
  checkText(text);
  if (text.trim() === "")
    fail("invalid", { name: "text", value: text, expected: "text with an amount, e.g. 400万日元" });
  const found = readAmounts(text);
  const amounts = found.filter(hasUnit);
  if (amounts.length === 1) return toAmount(amounts[0]!);
  if (amounts.length > 1) fail("amountMany", { text, found: amounts.map((a) => text.slice(a.start, a.end)) });
  return explainNone(text, found);
}

/**
 * Why `text` has no amount: a number with no unit at all (`2048`), a number followed by a
 * word that is not a unit (`400万英镑`), or nothing that looks like an amount (`H800`).
 */
function explainNone(text: string, found: readonly Found[]): never {
  const lead = text.length - text.trimStart().length;
  const [only] = found;
  if (found.length === 1 && only!.start === lead) {
    const rest = text.slice(only!.end).trim();
    if (rest === "") fail("amountNoUnit", { text });
    // `400万英镑`, `30 GBP`: a word of letters (any script) where the unit should be.
    if (/^[\p{L}\p{M}]+$/u.test(rest)) fail("amountUnknownUnit", { word: rest, text, known: shownUnitWords() });
  }
  fail("amountNone", { text });
}

function checkText(text: unknown): string {
  if (typeof text !== "string") fail("invalid", { name: "text", value: text, expected: "a string" });
  return text;
}

function hasUnit(found: Found): found is Found & { unit: NonNullable<Found["unit"]> } {
  return found.unit !== undefined;
}

function toAmount(found: Found & { unit: NonNullable<Found["unit"]> }): Amount {
  return Object.freeze({ low: found.low, high: found.high, unit: found.unit });
}
