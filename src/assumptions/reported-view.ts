import type { Case, CaseClaim } from "../cases/case.js";
import { headlineClaim } from "../cases/case.js";
import type { CostView } from "../cost/cost-view.js";
import { computeReported, labReportedLabels, type ReportedLabels } from "../cost/reported.js";
import type { Prices } from "./prices-in.js";

/** How close the stages × the stated rate must come to the figure as written to be its arithmetic: 0.5%, a figure's rounding. */
const ROUNDING = 0.005;

/**
 * The labels of a claim's view, from who says it: the lab's paper or staff report it; the press
 * and third parties claim it. `claimLabels(r1, claim).label` → `Reported: the lab's figure`.
 */
export function claimLabels(c: Case, claim: CaseClaim): ReportedLabels {
  const asWritten = `${claim.upperBound ? "at most its bound, " : ""}as written: ${claim.text} (${claim.where})`;
  const contested = claim.contested ? `; contested by ${claim.contested.by}` : "";
  switch (claim.who) {
    case "lab-paper":
      return { label: "Reported: the lab's figure", basis: `${c.developer}'s own figure, ${asWritten}` };
    case "lab-staff":
      return {
        label: "Reported: the lab's staff's figure",
        basis: `${c.developer}'s staff's figure, ${asWritten}${contested}`,
      };
    case "press-unnamed":
      return {
        label: "Claimed: the press's figure (unnamed sources)",
        basis: `the press's figure citing unnamed sources, ${asWritten}${contested}`,
      };
    case "third-party":
      return { label: "Claimed: a third party's estimate", basis: `a third party's figure, ${asWritten}${contested}` };
  }
}

/**
 * The `reported` view of the assumptions' case: its headline claim in the result currency, or
 * `undefined` for a case with none (Llama 3.1 405B). Where the claim states a rental price and its
 * stages × that price give the figure as written (DeepSeek-V3: 2,788K × $2 = $5.576M), the view is
 * that arithmetic stage by stage, by the lab's own method; else the figure as written, one line.
 */
export function reportedView(c: Case, prices: Prices): CostView | undefined {
  const claim = headlineClaim(c);
  if (!claim || !prices.claim) return undefined;
  const counted = claim.counts === null ? [] : c.stages.filter((s) => claim.counts!.includes(s.stage));
  const hours = counted.reduce((t, s) => t + s.gpuHours, 0);
  const rate = claim.statedRate;
  const byStages =
    rate !== null &&
    prices.labRate !== undefined &&
    counted.length > 0 &&
    rate.currency === claim.amount.currency &&
    Math.abs(hours * rate.low - claim.figure) <= ROUNDING * claim.figure;
  if (byStages && claim.who === "lab-paper")
    return computeReported(counted, prices.labRate, labReportedLabels(claim.where));
  if (byStages) return computeReported(counted, prices.labRate, claimLabels(c, claim));
  const labels = claimLabels(c, claim);
  return {
    view: "reported",
    ...labels,
    ...prices.claim,
    breakdown: [{ label: claim.text, ...prices.claim, formula: `as written: ${claim.text}` }],
  };
}
