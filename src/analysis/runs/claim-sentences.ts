import type { CostShare, Verdict } from "./cost-shares.js";
import type { RunCost } from "./run-costs.js";
import { quantityText, timesText } from "../../format/text.js";
import { resultsOf } from "../../validate/result-of.js";

const VERDICTS: readonly Verdict[] = ["holds", "holds at the low end only", "does not hold"];

/**
 * The verdicts of `costShares()` as sentences, one per reading (against the reported figure, and
 * on the same basis), each listing the comparisons under each verdict with their shares, so that
 * the notebook's prose states no share itself:
 * `Against DeepSeek's reported figure, the claim holds against GPT-4 (AI Index 2024 estimate …, 7.1%); …`
 *
 * @category Training runs
 */
export function claimSentences(shares: readonly CostShare[], threshold = 0.1): string[] {
  resultsOf(shares, ["model", "basis", "reportedVerdict", "sameBasisVerdict"], "shares", "costShares()");
  const under = `under ${Math.round(threshold * 100)}%`;
  const name = (s: CostShare) => `${s.model} (${shortBasis(s.basis)}`;
  const reading = (intro: string, verdict: (s: CostShare) => Verdict, text: (s: CostShare) => string) => {
    const parts = VERDICTS.map((v) => {
      const rows = shares.filter((s) => verdict(s) === v);
      return rows.length === 0 ? null : `${v} against ${rows.map((s) => `${name(s)}, ${text(s)})`).join(", ")}`;
    }).filter((p): p is string => p !== null);
    return `${intro} (${under}), the claim ${parts.join("; it ")}.`;
  };
  const sameBasis = shares.filter((s) => s.sameBasisShare !== null);
  return [
    reading(
      "Against DeepSeek's reported figure",
      (s) => s.reportedVerdict,
      (s) => s.reportedShareText,
    ),
    ...(sameBasis.length > 0
      ? [
          reading(
            "On the same basis as each estimate",
            (s) => s.sameBasisVerdict,
            (s) => s.sameBasisShareText,
          ),
        ]
      : []),
  ];
}

/**
 * Each run's GPU-hours against a reference run's, from `runCosts()` rows: `Llama 3.1 405B: 11.1×
 * DeepSeek-V3's GPU-hours (H100).` One line per run with hours, the reference first.
 *
 * @category Training runs
 */
export function gpuHoursSentences(
  costs: readonly RunCost[],
  of = "deepseek-v3-total",
  referenceHours?: number,
): string[] {
  resultsOf(costs, ["id", "model", "gpuHours", "key"], "costs", "runCosts()");
  const runs = [...new Map(costs.filter((c) => c.gpuHours !== null).map((c) => [c.id, c])).values()];
  const ref = runs.find((r) => r.id === of);
  const hours = referenceHours ?? ref?.gpuHours ?? null;
  if (hours === null || ref === undefined) return [];
  return runs
    .filter((r) => r.id !== of)
    .map(
      (r) =>
        `${r.model}: ${quantityText(r.gpuHours!)} GPU-hours${r.gpu ? ` (${r.gpu})` : ""}, ${timesText(r.gpuHours! / hours, r.gpuHours! / hours, r.gpuHours! / hours < 1 ? 2 : 1)} ${ref.model}'s ${quantityText(hours)}.`,
    );
}

function shortBasis(basis: string): string {
  if (basis.startsWith("GPU-hours ×")) return "its GPU-hours at the common rate";
  if (basis.startsWith("AI Index")) return "AI Index, rental";
  if (basis.startsWith("Epoch AI")) return "Epoch AI, amortized";
  if (basis.startsWith("this project")) return "this project's estimate";
  return basis;
}
