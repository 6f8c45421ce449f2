import { formatAmount } from "../amount/format-amount.js";
import { englishPrefixes } from "../amount/units.js";
import type { FxQuote } from "../fx/fx-rate.js";
import type { Currency } from "../money/currency.js";
import { numberFormat } from "./number-format.js";

/**
 * A money range as the charts' tooltips and labels write it: `$5.58M`, `JPY 8.0B–15.0B`
 * (`formatAmount` in English, 3 significant digits).
 */
export function moneyText(low: number, high: number, currency: Currency): string {
  return formatAmount({ low, high, currency });
}

/**
 * A money range with every digit, for arithmetic a reader can redo: `JPY 4,000,000–5,000,000`,
 * `$26,377.5–$32,971.9`: whole yen, at most two decimals otherwise, the currency as
 * `formatAmount` writes it in English (never a bare `¥`; a code once, a sign at both ends).
 */
export function fullMoneyText(low: number, high: number, currency: Currency): string {
  const prefix = englishPrefixes[currency];
  const f = numberFormat({ maximumFractionDigits: currency === "JPY" ? 0 : 2, minimumFractionDigits: 0 });
  if (low === high) return prefix + f.format(low);
  return prefix.endsWith(" ")
    ? `${prefix}${f.format(low)}–${f.format(high)}`
    : `${prefix}${f.format(low)}–${prefix}${f.format(high)}`;
}

/**
 * A plain quantity for labels: `2,048`, `2,000–3,000`, `0.75`, `1.82`. Up to 4 significant
 * digits below 10,000; whole numbers above.
 */
export function quantityText(low: number, high = low): string {
  const one = (x: number) =>
    numberFormat(Math.abs(x) >= 10_000 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 4 }).format(x);
  return low === high ? one(low) : `${one(low)}–${one(high)}`;
}

/**
 * A constant such as a server power ratio or a PUE, to 5 significant digits, trailing zeros
 * dropped: `1.8214`, `2.0313`, `1.8`, `1.25`; a range as `1.8–2.0313`.
 */
export function ratioText(low: number, high = low): string {
  const one = (x: number) => String(Number(x.toPrecision(5)));
  return low === high ? one(low) : `${one(low)}–${one(high)}`;
}

/** A count in compact form, up to 4 significant digits: `2.788M` (GPU-hours), `50K`; a range as `2.5M–3M`. */
export function compactText(low: number, high = low): string {
  const one = (x: number) => numberFormat({ notation: "compact", maximumSignificantDigits: 4 }).format(x);
  return low === high ? one(low) : `${one(low)}–${one(high)}`;
}

/** A ratio range for sentences and labels: `9.5–17.7×`, `1.0×`. `digits` after the point: defaults to 1. */
export function timesText(low: number, high = low, digits = 1): string {
  const one = (x: number) => x.toFixed(digits);
  return one(low) === one(high) ? `${one(low)}×` : `${one(low)}–${one(high)}×`;
}

/** A fraction range as a percentage: `15.9%`, `10.6–15.9%`. `digits` after the point: defaults to 1. */
export function percentText(low: number, high = low, digits = 1): string {
  const [a, b] = [(low * 100).toFixed(digits), (high * 100).toFixed(digits)];
  return a === b ? `${a}%` : `${a}–${b}%`;
}

/**
 * Where a rate comes from, as its rows in `data/fx-rates.csv` say: each row's source up to its
 * first comma, and its date: `Reuters via CNA, 2025-02-10`; a cross rate names both rows.
 */
export function fxSourceText(q: FxQuote): string {
  return q.rows.map((r) => `${r.source.split(",")[0]!.trim()}, ${r.date}`).join(" and ");
}

/** `1 USD = 151.65 JPY`, whichever way round gives a number ≥ 1. */
export function fxText(q: FxQuote | undefined): string {
  if (!q) return "the estimate's rates";
  const r = (x: number) => x.toLocaleString("en-US", { maximumSignificantDigits: 6 });
  return q.rate >= 1 ? `1 ${q.base} = ${r(q.rate)} ${q.quote}` : `1 ${q.quote} = ${r(1 / q.rate)} ${q.base}`;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * A count of FLOP as people read it, in scientific notation with three significant digits:
 * `flopText(3.2856e24)` → `3.29 × 10²⁴`; `flopText(3.8e25)` → `3.80 × 10²⁵`, the spaces no-break
 * ones. The exact value stays in the data (CSV, JSON) and in a table cell's tooltip.
 */
export function flopText(flop: number, digits = 3): string {
  if (!Number.isFinite(flop) || flop === 0) return String(flop);
  const [mantissa, exponent] = flop.toExponential(digits - 1).split("e") as [string, string];
  const power = Number(exponent);
  const sup = String(Math.abs(power))
    .split("")
    .map((d) => SUPERSCRIPT[Number(d)])
    .join("");
  // no-break spaces: a table cell never breaks 3.29 × 10²⁴ over three lines
  return `${mantissa}\u00a0×\u00a010${power < 0 ? "⁻" : ""}${sup}`;
}
