import { knownKeys } from "../validate/known-keys.js";
import { positiveNumber } from "./check.js";

/** The unit of compute costs are quoted per: 10^24 FLOP (DeepSeek-V3's pre-training is 3.3 of them). */
const FLOP_UNIT = 1e24;

/**
 * Options of {@link costPerCompute}: a cost and the FLOP it bought.
 *
 * @category Compute
 */
export interface CostPerComputeOptions {
  /** A cost, in any one currency. */
  readonly cost: number;
  /** The compute it bought, FLOP. */
  readonly flop: number;
  /** FLOP per unit. Defaults to 1e24. */
  readonly per?: number;
}

/**
 * Cost per unit of compute: cost ÷ (flop ÷ per). `costPerCompute({ cost: 40_695_706.40, flop: 2.1e25 })`
 * → $1.94M per 10^24 FLOP (GPT-4 at Epoch AI's amortized cost).
 *
 * @category Compute
 */
export function costPerCompute(options: CostPerComputeOptions): number {
  knownKeys(options, ["cost", "flop", "per"], "options");
  const { cost, flop, per = FLOP_UNIT } = options;
  return positiveNumber(cost, "cost") / (positiveNumber(flop, "flop") / positiveNumber(per, "per"));
}
