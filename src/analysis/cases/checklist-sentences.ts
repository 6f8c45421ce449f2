import type { Estimate } from "../../assumptions/estimate.js";
import { ESTIMATE_FIELDS } from "../../assumptions/result-fields.js";
import { checklist } from "../../cases/checklist.js";
import { resultOf } from "../../validate/result-of.js";

/**
 * What the estimate's claim counts, leaves out and leaves unknown, one sentence an item, each with
 * why, from the case's data (`checklist()`): `Counted: the final run (the figure counts pre-training, …).`
 * A case with no claim has one sentence saying so.
 *
 * @example
 * print(checklistSentences(estimate(assumptions({ case: "deepseek-r1" }))));
 *
 * @category Cases
 */
export function checklistSentences(e: Estimate): string[] {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  const c = e.case;
  const claim = c.claims[0];
  if (!claim) return [`${c.developer} claims no cost for ${c.model}: there is nothing to count for or against.`];
  const head = `What ${claim.text} (${claim.where}) counts:`;
  const word = { counted: "Counted", "not counted": "Not counted", unknown: "Unknown" } as const;
  return [head, ...checklist(c, claim).map((l) => `${word[l.counted]}: ${l.label} (${l.why}).`)];
}
