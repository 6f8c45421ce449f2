import { fail } from "./messages.js";
import { knownKeys } from "../validate/known-keys.js";
import { currency as checkCurrency } from "../money/currency.js";
import type { MoneyRange } from "../money/money-range.js";
import { Money } from "../money/money.js";
import { range } from "../range/range.js";
import { amountLocales, currencyWords, englishPrefixes, type AmountLocale } from "./units.js";

/**
 * Options of {@link formatAmount}: the locale to write in and the significant digits.
 *
 * @category Amounts
 */
export interface FormatAmountOptions {
  /** `"en"` (`JPY 15.0B`), `"zh"` (`150亿日元`) or `"ja"` (`150億円`). Defaults to `"en"`. */
  readonly locale?: AmountLocale;
  /**
   * The most significant digits to write. Defaults to 4 in zh and ja, as the article writes
   * (`19.23万`, `557.6万`), and 3 in en (`$5.58M`).
   */
  readonly digits?: number;
}

const defaultDigits: Readonly<Record<AmountLocale, number>> = { en: 3, zh: 4, ja: 4 };

/**
 * An amount of money (a {@link Money}, or a range `{ low, high, currency }` such as a
 * MoneyRange) as a reader of `locale` expects it, in Intl's compact notation:
 *
 * - en: `JPY 15.0B` (JPY 1.5e10), `$5.58M`, `CNY 721M`, `€1.0M`: dollars and euros by their
 *   signs, yen and yuan by their ISO codes, never a bare `¥` (which is yen to a Japanese reader and
 *   yuan to a Chinese one); at least one decimal in the compact form (`JPY 8.0B`, not `JPY 8B`).
 *   A range writes a sign at both ends (`$2–$4.916`) and a code once (`JPY 4.0M–5.0M`), unless the
 *   high end's scale would then be read as the low end's too (`JPY 500–JPY 5.0M`).
 * - zh: `3.85亿元`, `557.6万美元`, `150亿日元`; a range as `400万～500万日元`.
 * - ja: `150億円`, `557.6万ドル`, `3.85億人民元`.
 *
 * zh and ja pick the largest of 万, 亿/億 and 万亿/兆 that keeps the number ≥ 1 (Intl writes 万亿
 * in zh, unambiguous where 兆 can mean 10^6, and 兆 in ja), trim trailing zeros, and read back
 * exactly through `parseAmount` when the amount has no more than `digits` significant digits.
 *
 * @example
 * formatAmount(money(5_576_000, "USD"), { locale: "zh" }); // "557.6万美元"
 *
 * @category Amounts
 */
export function formatAmount(value: Money | MoneyRange, options: FormatAmountOptions = {}): string {
  knownKeys(options, ["locale", "digits"], "options");
  const { locale = "en", digits } = options;
  const bounds = checkValue(value);
  if (!(amountLocales as readonly unknown[]).includes(locale)) {
    fail("notOneOf", { name: "locale", value: locale, choices: amountLocales });
  }
  const significant = digits ?? defaultDigits[locale];
  if (!Number.isInteger(significant) || significant < 1 || significant > 21) {
    fail("notInRange", { name: "digits", value: digits, min: 1, max: 21, whole: true });
  }
  return writeAmount(bounds, locale, significant);
}

/**
 * The two ends of a range as {@link formatAmount} writes them in English, for a table that puts
 * them in two columns: each to the same significant digits, as in the range (`["$5.73M", "$7.10M"]`
 * for $5,732,282–$7,101,119). Not in the public API: the headline rows use it.
 */
export function formatAmountEnds(value: MoneyRange, options: { readonly digits?: number } = {}): [string, string] {
  const checked = checkValue(value);
  const digits = options.digits ?? defaultDigits.en;
  const { currency } = checked;
  const low = checked.low === 0 ? 0 : checked.low;
  const high = checked.high === 0 ? 0 : checked.high;
  const [from, to] =
    low === high ? [writeEnglish(low, digits), writeEnglish(high, digits)] : englishEnds(low, high, digits);
  const prefix = englishPrefixes[currency];
  const sign = (x: number, text: string) => (x < 0 ? `-${prefix}${text.replace(/^-/, "")}` : prefix + text);
  return [sign(low, from), sign(high, to)];
}

function checkValue(value: Money | MoneyRange): MoneyRange {
  if (value instanceof Money) return { low: value.amount, high: value.amount, currency: value.currency };
  if (typeof value !== "object" || value === null) {
    fail("notMoneyOrRange", { name: "amount", value });
  }
  const { low, high } = range(value.low, value.high, "amount");
  return { low, high, currency: checkCurrency(value.currency, "amount.currency") };
}

function writeAmount(bounds: MoneyRange, locale: AmountLocale, digits: number): string {
  // -0 is written as 0, never -$0 (significant digits round no other negative amount to zero)
  const { currency } = bounds;
  const low = bounds.low === 0 ? 0 : bounds.low;
  const high = bounds.high === 0 ? 0 : bounds.high;
  if (locale === "en") {
    const prefix = englishPrefixes[currency];
    const sign = (x: number, text: string) => (x < 0 ? `-${prefix}${text.replace(/^-/, "")}` : prefix + text);
    if (low === high) return sign(low, writeEnglish(low, digits));
    const [from, to] = englishEnds(low, high, digits);
    // `JPY 4.0M–5.0M`: a code once; but `JPY 500–5.0M` would read as 500M–5.0M (a scale written
    // at the high end alone is shared), so then each end gets its own
    const codeOnce = prefix.endsWith(" ") && low >= 0 && !(endsWithDigit(from) && !endsWithDigit(to));
    return codeOnce ? `${prefix}${from}–${to}` : `${sign(low, from)}–${sign(high, to)}`;
  }
  const write = (x: number) =>
    cached(locale, { notation: "compact", maximumSignificantDigits: digits, useGrouping: true }).format(x);
  const word = currencyWords[locale][currency];
  if (low === high) return `${write(low)}${word}`;
  const [from, to] = [write(low), write(high)];
  // `400万～500万日元`: the unit once. But `1～1万美元` would read as 1万～1万 (a multiplier
  // written at the high end alone is shared), so a low end without one gets its own unit: `1美元～1万美元`.
  const lowWord = endsWithDigit(from) && !endsWithDigit(to) ? word : "";
  return `${from}${lowWord}～${to}${word}`;
}

/**
/**
 * Both ends of an English range to the same significant digits when the range is rounded to
 * `digits`: `5.73M–7.10M`, not `5.73M–7.1M` (7.101 → 7.1 dropped a zero). A range written
 * exactly (`2–4.916` to 15 digits, `8.0B–15.0B`) stays as it is.
 */
function englishEnds(low: number, high: number, digits: number): [string, string] {
  const [from, to] = [writeEnglish(low, digits), writeEnglish(high, digits)];
  const rounded = from !== writeEnglish(low, 21) || to !== writeEnglish(high, 21);
  if (!rounded) return [from, to];
  const shown = Math.max(significantDigits(from), significantDigits(to));
  return [writeEnglish(low, digits, shown), writeEnglish(high, digits, shown)];
}

/**
 * The number of an English amount, without its currency: `5.58M`; `8.0B` rather than `8B`: where
 * the compact form leaves no decimal and fewer integer digits than `digits`, it is written again
 * with one more significant digit. `atLeast` pads with zeros to that many significant digits
 * (never past `digits`): `7.10M` for 3.
 */
function writeEnglish(x: number, digits: number, atLeast = 1): string {
  const options: Intl.NumberFormatOptions = {
    notation: "compact",
    maximumSignificantDigits: digits,
    ...(atLeast > 1 ? { minimumSignificantDigits: Math.min(atLeast, digits) } : {}),
  };
  const parts = cached("en", options).formatToParts(x);
  const integerDigits = parts
    .filter((p) => p.type === "integer")
    .map((p) => p.value)
    .join("").length;
  const compact = parts.some((p) => p.type === "compact");
  const fraction = parts.some((p) => p.type === "fraction");
  if (!compact || fraction || integerDigits >= digits) return parts.map((p) => p.value).join("");
  return cached("en", { ...options, minimumSignificantDigits: integerDigits + 1 }).format(x);
}

/** The significant digits a written amount shows: `$5.73M` 3, `$7.1M` 2, `¥8.0B` 2, `$0.0771` 3. */
function significantDigits(text: string): number {
  return (text.replace(/[^0-9]/g, "").replace(/^0+/, "") || "0").length;
}

function endsWithDigit(text: string): boolean {
  return /\d$/.test(text);
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat instances are slow to build (see test/bench/amount.bench.ts): keep them. */
function cached(locale: AmountLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(locale, options)));
  return formatter;
}
