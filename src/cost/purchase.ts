import { asRange, type QuantityInput } from "../input/as-range.js";
import { rangeOf } from "../range/range-of.js";
import { atLeastOne, partFraction, positive, positiveWhole } from "../input/rules.js";
import type { Range } from "../range/range.js";
import { asMoneyRange, type MoneyInput } from "../input/as-money-range.js";
import { moneyRange, type MoneyRange } from "../money/money-range.js";
import { clusterValue, interconnectValue, INTERCONNECT_FRACTION, SERVER_OVERHEAD } from "./epoch-method.js";
import type { CostView } from "./cost-view.js";
import { writeMoney, writeRange } from "./formula.js";
import { knownKeys } from "../validate/known-keys.js";

/**
 * Options of {@link purchaseCost}: the fleet, the price of one GPU, and Epoch AI's server and interconnect shares.
 *
 * @category Cost views
 */
export interface PurchaseOptions {
  /** GPUs bought: `range(2000, 3000)` (the article) or `2048` (the paper). */
  gpuCount: QuantityInput;
  /** Price of one GPU, e.g. `{ low: 4e6, high: 5e6, currency: "JPY" }`, `"400万～500万日元"`. */
  gpuPrice: MoneyInput;
  /** Server cost over the GPU price. Defaults to 1.64 (Epoch AI, cost_analysis_standalone.py:419 @ 263c40a). */
  serverOverhead?: QuantityInput;
  /** Cluster interconnect as a fraction of cluster cost. Defaults to 0.19 (Epoch AI, cost_analysis_standalone.py:30 @ 263c40a). */
  interconnectFraction?: QuantityInput;
}

/**
 * The purchase view, with the all-in cluster figure beside the article's GPUs-only headline.
 *
 * @category Cost views
 */
export interface PurchaseView extends CostView {
  readonly view: "purchase";
  /** GPUs × price × serverOverhead ÷ (1 − interconnectFraction), Epoch's acquisition method. */
  readonly allIn: MoneyRange;
}

/**
 * What buying the GPUs costs, as the article computes it: GPUs × unit price
 * (2,000–3,000 × JPY 4–5M = JPY 8–15B). The breakdown adds the servers around the GPUs and the
 * cluster interconnect, giving the all-in figure of Epoch AI's acquisition-cost method.
 *
 * @example
 * purchaseCost({ gpuCount: [2000, 3000], gpuPrice: "400万～500万日元" }); // JPY 8,000,000,000–15,000,000,000; .allIn adds servers and interconnect
 *
 * @category Cost views
 */
export function purchaseCost(options: PurchaseOptions): PurchaseView {
  knownKeys(options, ["gpuCount", "gpuPrice", "serverOverhead", "interconnectFraction"], "options");
  const {
    gpuCount,
    gpuPrice,
    serverOverhead = SERVER_OVERHEAD,
    interconnectFraction = INTERCONNECT_FRACTION,
  } = options;
  return computePurchase(
    asRange(gpuCount, "gpuCount", positiveWhole, "GPU"),
    asMoneyRange(gpuPrice, "gpuPrice", positive),
    asRange(serverOverhead, "serverOverhead", atLeastOne),
    asRange(interconnectFraction, "interconnectFraction", partFraction),
  );
}

/**
 * The core of {@link purchaseCost}: the same view from values already checked and normalised (a
 * GPU count, a price, a server overhead and an interconnect share as ranges), with no checks of
 * its own. `estimate()` calls it with the validated assumptions.
 */
export function computePurchase(count: Range, price: MoneyRange, overhead: Range, fraction: Range): PurchaseView {
  const c = price.currency;
  const gpus = rangeOf(({ n, p }) => n * p, { n: count, p: price });
  const servers = rangeOf(({ n, p, o }) => n * p * (o - 1), { n: count, p: price, o: overhead });
  const network = rangeOf(({ n, p, o, f }) => interconnectValue(n * p * o, f), {
    n: count,
    p: price,
    o: overhead,
    f: fraction,
  });
  const allIn = rangeOf(({ n, p, o, f }) => clusterValue(n * p, o, f), {
    n: count,
    p: price,
    o: overhead,
    f: fraction,
  });
  return {
    view: "purchase",
    label: "Purchase: the GPUs",
    basis:
      "GPUs × unit price, as the Nikkei article computes it; the all-in line adds servers and interconnect as Epoch AI's acquisition method does",
    currency: c,
    low: gpus.low,
    high: gpus.high,
    allIn: moneyRange(allIn.low, allIn.high, c),
    breakdown: [
      {
        label: "GPUs",
        ...moneyRange(gpus.low, gpus.high, c),
        formula: `${writeRange(count)} GPUs × ${writeMoney(price)}`,
      },
      {
        label: "Servers around the GPUs",
        ...moneyRange(servers.low, servers.high, c),
        formula: `GPUs × (server overhead ${writeRange(overhead)} − 1)`,
      },
      {
        label: "Cluster interconnect",
        ...moneyRange(network.low, network.high, c),
        formula: `(GPUs + servers around them) × ${writeRange(fraction)} ÷ (1 − ${writeRange(fraction)})`,
      },
      {
        label: "All-in cluster",
        ...moneyRange(allIn.low, allIn.high, c),
        formula: "GPUs × server overhead ÷ (1 − interconnect fraction)",
      },
    ],
  };
}
