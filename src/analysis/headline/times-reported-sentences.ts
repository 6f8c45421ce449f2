import type { Estimate } from "../../assumptions/estimate.js";
import { lambertLabel } from "../../assumptions/with-experiments.js";
import { moneyText, quantityText, timesText } from "../../format/text.js";
import { shownProgramme } from "./shown-programme.js";
import { resultOf } from "../../validate/result-of.js";
import { ESTIMATE_FIELDS } from "../../assumptions/result-fields.js";

/**
 * Each view against the case's claim, one sentence each, from `estimate.timesReported` (none for a case that claims no figure):
 * `Buying the fleet's GPUs costs 9.5–17.7× the reported figure ($52.8M–$98.9M against $5.58M).`
 *
 * @example
 * print(timesReportedSentences(estimate()));
 *
 * @category Headline
 */
export function timesReportedSentences(e: Estimate): string[] {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  const c = e.currency;
  // a case that claims no figure has nothing to be a multiple of
  if (!e.reported || !e.timesReported)
    return [`${e.case.developer} claims no cost for ${e.case.model}: no view is set against a claim.`];
  const reported = moneyText(e.reported.low, e.reported.high, c);
  const against = (low: number, high: number) => `(${moneyText(low, high, c)} against ${reported})`;
  const t = e.timesReported;
  const allIn = { low: e.purchase.allIn.low / e.reported.low, high: e.purchase.allIn.high / e.reported.high };
  // the programme beside the final run, never a copy of it (Lambert's 2–4 at a multiplier of 1)
  const p = shownProgramme(e);
  const m = p.multiplier;
  return [
    `Buying the fleet's GPUs costs ${timesText(t.purchase.low, t.purchase.high)} the reported figure ${against(e.purchase.low, e.purchase.high)}.`,
    `With servers and interconnect (all-in), buying the cluster costs ${timesText(allIn.low, allIn.high)} the reported figure ${against(e.purchase.allIn.low, e.purchase.allIn.high)}.`,
    `Renting the final run's GPU-hours costs ${timesText(t.rental.low, t.rental.high)} the reported figure ${against(e.rental.low, e.rental.high)}.`,
    `Amortized hardware + energy for the final run comes to ${timesText(t.amortized.low, t.amortized.high)} the reported figure ${against(e.amortized.low, e.amortized.high)}.`,
    `The programme (final run × ${quantityText(m.low, m.high)} for experiments${p.lambert ? `, ${lambertLabel(e.case.id)}` : ""}) comes to ${timesText(p.low / e.reported.high, p.high / e.reported.low)} the reported figure ${against(p.low, p.high)}.`,
  ];
}
