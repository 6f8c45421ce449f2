import type { Estimate } from "../../assumptions/estimate.js";
import { computePurchase } from "../../cost/purchase.js";
import { fxText, moneyText, quantityText } from "../../format/text.js";
import type { Currency } from "../../money/currency.js";

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
 *
 * @category Headline
 */
export function fleetPurchaseLine(e: Estimate): string {
  const { gpuCount, gpuPrice, serverOverhead, interconnectFraction } = e.assumptions;
  const own = computePurchase(gpuCount, gpuPrice, serverOverhead, interconnectFraction);
  const c = own.currency;
  const converted =
    c === e.currency
      ? ""
      : `; ${moneyText(e.purchase.low, e.purchase.high, e.currency)} at ${fxText(e.fx.find((q) => q.base === c))}`;
  return `Fleet purchase: ${quantityText(gpuCount.low, gpuCount.high)} GPUs × ${fullMoney(gpuPrice.low, gpuPrice.high, c)} = ${fullMoney(own.low, own.high, c)} (${moneyText(own.low, own.high, c)}${converted})`;
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
