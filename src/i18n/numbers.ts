import { formatAmount } from "../amount/format-amount.js";
import type { Currency } from "../money/currency.js";
import { text } from "./text.js";
import { langTags, type Lang } from "./lang.js";

/**
 * The one place where figures are written for a language other than the amount formatter's own
 * (`formatAmount`, which writes 5,576万美元 and 8億円): multiples, shares, counts and days.
 */

/** A money range in `lang` (`$5.58M`, `557.6万美元`, `8億円`): `formatAmount`, 3 significant digits in en, 4 in zh and ja. */
export function amountText(lang: Lang, low: number, high: number, currency: Currency, digits?: number): string {
  return formatAmount({ low, high, currency }, { locale: lang, ...(digits === undefined ? {} : { digits }) });
}

/** A range between two written ends: `2,000–3,000` in en, `2,000～3,000` in zh and ja (as the article writes 400万～500万). */
export function rangeText(lang: Lang, low: string, high: string): string {
  return low === high ? low : `${low}${lang === "en" ? "–" : "～"}${high}`;
}

/** A multiple: `9.5–17.7×`, `9.5～17.7倍`; one digit after the point by default. */
export function timesIn(lang: Lang, low: number, high = low, digits = 1): string {
  const [a, b] = [low.toFixed(digits), high.toFixed(digits)];
  return a === b ? text(lang, "headline.times", { times: a }) : text(lang, "headline.timesRange", { low: a, high: b });
}

/** A count with its digits grouped, as every language here groups them: `2,000–3,000`, `2,000～3,000`. */
export function countIn(lang: Lang, low: number, high = low): string {
  const one = (x: number) =>
    format(lang, Math.abs(x) >= 10_000 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 4 }).format(x);
  return rangeText(lang, one(low), one(high));
}

/** GPU-hours in compact form, up to 4 significant digits: `2.788M` in en, `278.8万` in zh and ja. */
export function compactIn(lang: Lang, low: number, high = low): string {
  const one = (x: number) =>
    format(lang, { notation: "compact", maximumSignificantDigits: 4, useGrouping: true }).format(x);
  return rangeText(lang, one(low), one(high));
}

/** A share as a percentage, one digit after the point: `17.5%` in every language here. */
export function percentIn(lang: Lang, share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/** A day (`YYYY-MM-DD`) as a reader of `lang` writes it: `2025-02-11` in en (as the data files write it), `2025年2月11日` in zh and ja. */
export function dayIn(lang: Lang, day: string): string {
  if (lang === "en") return day;
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

const formats = new Map<string, Intl.NumberFormat>();

function format(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(langTags[lang], { signDisplay: "negative", ...options })));
  return f;
}
