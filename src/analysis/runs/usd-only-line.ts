import { currency as checkCurrency } from "../../money/currency.js";

/**
 * The line a US-dollar notebook prints under its parameters: the currency its figures are in,
 * and, when another was asked for (`--set currency=JPY` reaches every notebook), that it was not
 * applied and why: the costs compared there are published in US dollars (Epoch AI's, the AI
 * Index's, the labs'), and converting them all at one day's rate would add a rate to every figure
 * without changing any comparison. Notebooks 02 and 03 convert. An unknown currency is refused.
 *
 * `usdOnlyLine("JPY")` → `currency = "JPY" is not applied here: this notebook is in US dollars only, …`
 *
 * @example
 * print(usdOnlyLine(currency));
 *
 * @category Training runs
 */
export function usdOnlyLine(currency: string): string {
  const asked = checkCurrency(currency, "currency");
  const why =
    "the currency the costs compared here are published in (Epoch AI's, the AI Index's and the labs' figures); notebooks 02 and 03 convert";
  return asked === "USD"
    ? `In US dollars, ${why}.`
    : `currency = "${asked}" is not applied here: this notebook is in US dollars only, ${why}.`;
}
