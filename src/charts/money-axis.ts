import type { Currency } from "../money/currency.js";

/**
 * The currency's symbol as `formatAmount` writes it in English (Intl's own): `$`, `¥`, `CN¥`, `€`.
 * Charts use it so that axis labels and tooltips agree (`¥15.0B` in both).
 */
export function currencySymbol(currency: Currency): string {
  const parts = new Intl.NumberFormat("en", { style: "currency", currency }).formatToParts(0);
  return parts.find((p) => p.type === "currency")?.value ?? currency;
}

/**
 * A Vega expression for axis labels in compact SI-style figures with the currency symbol:
 * `$5M`, `$10M`, `¥15B`, `$50K`. d3-format's `s` writes 10^9 as G (giga) and 10^3 as k; money is
 * written with B and K, as `formatAmount` writes it.
 * It is an expression, not a registered format, so any Vega-Lite renderer (JupyterLab's
 * included) draws it.
 */
export function moneyLabelExpr(currency: Currency): string {
  return `${JSON.stringify(currencySymbol(currency))} + replace(replace(format(datum.value, ".3~s"), "G", "B"), "k", "K")`;
}
