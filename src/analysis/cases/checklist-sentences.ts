import type { Estimate } from "../../assumptions/estimate.js";
import { caseOf } from "../../cases/case-of.js";
import { checklist } from "../../cases/checklist.js";

/**
 * What a case's claim counts, leaves out and leaves unknown, one sentence an item, each with why,
 * from the case's data (`checklist()`); `of` is an estimate (its case), a case id or a case object: `Counted: the final run (the figure counts pre-training, …).`
 * A case with no claim has one sentence saying so.
 *
 * @example
 * print(checklistSentences(estimate(assumptions({ case: "deepseek-r1" }))));
 *
 * @category Cases
 */
export function checklistSentences(of: Estimate | string | object): string[] {
  // an estimate's case, or a case by id or as an object (one whose GPU-hours are not stated has no estimate)
  const c = typeof of === "object" && of !== null && "case" in of && "amortized" in of ? of.case : caseOf(of, "of");
  const claim = c.claims[0];
  if (!claim) return [`${c.developer} claims no cost for ${c.model}: there is nothing to count for or against.`];
  const head = `What ${claim.text} (${claim.where}) counts:`;
  const word = { counted: "Counted", "not counted": "Not counted", unknown: "Unknown" } as const;
  return [head, ...checklist(c, claim).map((l) => `${word[l.counted]}: ${l.label} (${l.why}).`)];
}
