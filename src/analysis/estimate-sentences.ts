import type { Estimate } from "../assumptions/estimate.js";
import { purchaseCost } from "../cost/purchase.js";
import type { Currency } from "../money/currency.js";
import type { FxQuote } from "../fx/fx-rate.js";
import { moneyText, quantityText, timesText } from "./text.js";
import { resultOf } from "../validate/result-of.js";
import { ESTIMATE_FIELDS } from "../assumptions/result-fields.js";

/**
 * The fleet purchase as one checkable line, in the GPU price's own currency (as the article
 * computes it), then compact and in the estimate's currency:
 *
 * `Fleet purchase: 2,000–3,000 GPUs × ¥4,000,000–¥5,000,000 = ¥8,000,000,000–¥15,000,000,000 (¥8.0B–¥15.0B; $52.8M–$98.9M at 1 USD = 151.65 JPY)`
 *
 * Each figure is written in full so that a reader (or a test) can redo the multiplication:
 * with `gpuCount = 2048` the line reads `2,048 GPUs × … = ¥8,192,000,000–¥10,240,000,000`.
 *
 * @example
 * fleetPurchaseLine(estimate({ gpuCount: 2048 })); // "Fleet purchase: 2,048 GPUs × ¥4,000,000–¥5,000,000 = …"
 */
export function fleetPurchaseLine(e: Estimate): string {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  const { gpuCount, gpuPrice } = e.assumptions;
  const own = purchaseCost({ gpuCount, gpuPrice });
  const c = own.currency;
  const converted =
    c === e.currency
      ? ""
      : `; ${moneyText(e.purchase.low, e.purchase.high, e.currency)} at ${fxText(e.fx.find((q) => q.base === c))}`;
  return `Fleet purchase: ${quantityText(gpuCount.low, gpuCount.high)} GPUs × ${fullMoney(gpuPrice.low, gpuPrice.high, c)} = ${fullMoney(own.low, own.high, c)} (${moneyText(own.low, own.high, c)}${converted})`;
}

/**
 * Each view against DeepSeek's reported figure, one sentence each, from `estimate.timesReported`:
 * `Buying the fleet's GPUs costs 9.5–17.7× the reported figure ($52.8M–$98.9M against $5.58M).`
 *
 * @example
 * timesReportedSentences(estimate()).forEach((s) => console.log(s));
 */
export function timesReportedSentences(e: Estimate): string[] {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  const c = e.currency;
  const reported = moneyText(e.reported.low, e.reported.high, c);
  const against = (low: number, high: number) => `(${moneyText(low, high, c)} against ${reported})`;
  const t = e.timesReported;
  const allIn = { low: e.purchase.allIn.low / e.reported.low, high: e.purchase.allIn.high / e.reported.high };
  const m = e.assumptions.experimentsMultiplier;
  return [
    `Buying the fleet's GPUs costs ${timesText(t.purchase.low, t.purchase.high)} the reported figure ${against(e.purchase.low, e.purchase.high)}.`,
    `With servers and interconnect (all-in), buying the cluster costs ${timesText(allIn.low, allIn.high)} the reported figure ${against(e.purchase.allIn.low, e.purchase.allIn.high)}.`,
    `Renting the final run's GPU-hours costs ${timesText(t.rental.low, t.rental.high)} the reported figure ${against(e.rental.low, e.rental.high)}.`,
    `Amortized hardware + energy for the final run comes to ${timesText(t.amortized.low, t.amortized.high)} the reported figure ${against(e.amortized.low, e.amortized.high)}.`,
    `The programme (final run × ${quantityText(m.low, m.high)} for experiments) comes to ${timesText(t.programme.low, t.programme.high)} the reported figure ${against(e.programme.low, e.programme.high)}.`,
  ];
}

/** `¥4,000,000–¥5,000,000`: every digit, as Intl writes the currency (no decimals for yen). */
function fullMoney(low: number, high: number, currency: Currency): string {
  const f = new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    maximumFractionDigits: currency === "JPY" ? 0 : 2,
    minimumFractionDigits: 0,
  });
  return low === high ? f.format(low) : `${f.format(low)}–${f.format(high)}`;
}

/** `1 USD = 151.65 JPY`, whichever way round gives a number ≥ 1. */
export function fxText(q: FxQuote | undefined): string {
  if (!q) return "the estimate's rates";
  const r = (x: number) => x.toLocaleString("en-US", { maximumSignificantDigits: 6 });
  return q.rate >= 1 ? `1 ${q.base} = ${r(q.rate)} ${q.quote}` : `1 ${q.quote} = ${r(1 / q.rate)} ${q.base}`;
}
