import type { Estimate } from "../../assumptions/estimate.js";
import { computePurchase } from "../../cost/purchase.js";
import { fullMoneyText, fxText, moneyText, quantityText } from "../../format/text.js";
import { resultOf } from "../../validate/result-of.js";
import { ESTIMATE_FIELDS } from "../../assumptions/result-fields.js";

/**
 * The fleet purchase as one checkable line, in the GPU price's own currency (as the article
 * computes it), then compact and in the estimate's currency:
 *
 * `Fleet purchase: 2,000–3,000 GPUs × JPY 4,000,000–5,000,000 = JPY 8,000,000,000–15,000,000,000 (JPY 8.0B–15.0B; $52.8M–$98.9M at 1 USD = 151.65 JPY)`
 *
 * Each figure is written in full so that a reader (or a test) can redo the multiplication:
 * with `gpuCount = 2048` the line reads `2,048 GPUs × … = JPY 8,192,000,000–10,240,000,000`.
 *
 * @example
 * fleetPurchaseLine(estimate({ gpuCount: 2048 })); // "Fleet purchase: 2,048 GPUs × JPY 4,000,000–5,000,000 = …"
 *
 * @category Headline
 */
export function fleetPurchaseLine(e: Estimate): string {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  const { gpuCount, gpuPrice, serverOverhead, interconnectFraction } = e.assumptions;
  const own = computePurchase(gpuCount, gpuPrice, serverOverhead, interconnectFraction);
  const c = own.currency;
  const converted =
    c === e.currency
      ? ""
      : `; ${moneyText(e.purchase.low, e.purchase.high, e.currency)} at ${fxText(e.fx.find((q) => q.base === c))}`;
  return `Fleet purchase: ${quantityText(gpuCount.low, gpuCount.high)} GPUs × ${fullMoneyText(gpuPrice.low, gpuPrice.high, c)} = ${fullMoneyText(own.low, own.high, c)} (${moneyText(own.low, own.high, c)}${converted})`;
}
