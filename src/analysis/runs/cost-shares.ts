import { fail } from "../messages.js";
import type { Range } from "../../range/range.js";
import { moneyText } from "../../format/text.js";
import type { RunCost } from "./run-costs.js";
import { knownKeys } from "../../validate/known-keys.js";
import { resultsOf } from "../../validate/result-of.js";

/**
 * Options of {@link costShares}: the run set against the others, and the share the claim puts it under.
 *
 * @category Training runs
 */
export interface CostSharesOptions {
  /** The run whose cost is set against the others. Defaults to `"deepseek-v3-total"`. */
  readonly of?: string;
  /** The share the claim puts it under. Defaults to 0.1, the article's "不到10分之1" (less than a tenth). */
  readonly threshold?: number;
}

/**
 * Whether a share range is under the threshold: throughout, at its low end only, or not at all.
 *
 * @category Training runs
 */
export type Verdict = "holds" | "holds at the low end only" | "does not hold" | "no cost on this basis";

/**
 * One comparison: the reference run's cost as a share of another run's cost on one basis.
 *
 * @category Training runs
 */
export interface CostShare {
  readonly model: string;
  readonly developer: string;
  readonly basis: string;
  readonly costText: string;
  /** The reference's reported figure ÷ this cost, as the claim compares them. */
  readonly reportedShare: Range;
  readonly reportedShareText: string;
  readonly reportedVerdict: Verdict;
  /** The reference's cost on the same basis ÷ this cost (same rate for rentals: low with low, high with high); null when the reference has no cost on this basis. */
  readonly sameBasisShare: Range | null;
  readonly sameBasisShareText: string;
  readonly sameBasisVerdict: Verdict;
}

/**
 * Tests a claim of the form "X cost less than a tenth of Y" against every cost of every other
 * developer's run in `costs` (from `runCosts()`), twice: with X's reported figure as the claim
 * uses it, and with X's cost on the same basis as Y's (rental against rental at the same rate,
 * amortized against amortized). A range of shares holds, holds at its low end only, or not.
 *
 * DeepSeek-V3's $5.576M against GPT-4's $78.4M (AI Index, rental) is 7.1%: it holds; against
 * GPT-4's $40M (Epoch AI, amortized) it is 13.9%: it does not.
 *
 * @category Training runs
 */
export function costShares(costs: readonly RunCost[], options: CostSharesOptions = {}): CostShare[] {
  resultsOf(costs, ["id", "model", "gpuHours", "key"], "costs", "runCosts()");
  knownKeys(options, ["of", "threshold"], "options");
  const { of = "deepseek-v3-total", threshold = 0.1 } = options;
  if (!(typeof threshold === "number" && threshold > 0 && threshold <= 1))
    fail("notInRange", { name: "threshold", value: threshold, min: 0, minExclusive: true, max: 1 });
  const own = costs.filter((c) => c.id === of);
  const reported = own.find((c) => c.key === "reported");
  if (!reported) fail("notReportedRun", { name: "of", value: of });
  const pct = (r: Range) => {
    const [low, high] = [(r.low * 100).toFixed(1), (r.high * 100).toFixed(1)];
    return low === high ? `${low}%` : `${low}–${high}%`;
  };
  return costs
    .filter((c) => c.developer !== reported.developer)
    .map((c) => {
      const reportedShare = { low: reported.costUsdLow / c.costUsdHigh, high: reported.costUsdHigh / c.costUsdLow };
      const same = own.find((o) => o.key === c.key);
      const sameBasisShare = same ? ordered(same.costUsdLow / c.costUsdLow, same.costUsdHigh / c.costUsdHigh) : null;
      return {
        model: c.model,
        developer: c.developer,
        basis: c.basis,
        costText: moneyText(c.costUsdLow, c.costUsdHigh, "USD"),
        reportedShare,
        reportedShareText: pct(reportedShare),
        reportedVerdict: verdict(reportedShare, threshold),
        sameBasisShare,
        sameBasisShareText: sameBasisShare ? pct(sameBasisShare) : "—",
        sameBasisVerdict: sameBasisShare ? verdict(sameBasisShare, threshold) : "no cost on this basis",
      };
    });
}

function ordered(a: number, b: number): Range {
  return a <= b ? { low: a, high: b } : { low: b, high: a };
}

function verdict(share: Range, threshold: number): Verdict {
  if (share.high < threshold) return "holds";
  if (share.low < threshold) return "holds at the low end only";
  return "does not hold";
}
