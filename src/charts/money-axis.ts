import { englishPrefixes } from "../amount/units.js";
import type { Currency } from "../money/currency.js";

/**
 * What stands before an amount in English, as `formatAmount` writes it: `$`, `€`, and yen and
 * yuan by their codes, `JPY ` and `CNY ` (never a bare `¥`). Charts use it so that axis labels
 * and tooltips agree (`JPY 15.0B` in both).
 */
export function currencyPrefix(currency: Currency): string {
  return englishPrefixes[currency];
}

/**
 * A Vega expression for axis labels in compact SI-style figures with the currency's prefix:
 * `$5M`, `$10M`, `JPY 15B`, `$50K`. d3-format's `s` writes 10^9 as G (giga) and 10^3 as k; money
 * is written with B and K, as `formatAmount` writes it.
 * It is an expression, not a registered format, so any Vega-Lite renderer (JupyterLab's
 * included) draws it.
 */
export function moneyLabelExpr(currency: Currency): string {
  return `${JSON.stringify(currencyPrefix(currency))} + replace(replace(format(datum.value, ".3~s"), "G", "B"), "k", "K")`;
}
