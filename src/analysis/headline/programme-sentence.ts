import type { Estimate } from "../../assumptions/estimate.js";
import { lambertLabel } from "../../assumptions/with-experiments.js";
import { moneyText, quantityText } from "../../format/text.js";
import { shownProgramme } from "./shown-programme.js";
import { resultOf } from "../../validate/result-of.js";
import { ESTIMATE_FIELDS } from "../../assumptions/result-fields.js";

/**
 * What the programme view holds under the assumptions, so that the text never says "equals the
 * final run" when it does not.
 *
 * @example
 * programmeSentence(estimate({ experimentsMultiplier: [2, 4] }));
 *
 * @category Headline
 */
export function programmeSentence(e: Estimate): string {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  const m = e.assumptions.experimentsMultiplier;
  const c = e.currency;
  if (m.low === 1 && m.high === 1) {
    const p = shownProgramme(e);
    return `The experiments multiplier is 1: the final run alone (${moneyText(e.programme.low, e.programme.high, c)}), as the reported figure counts it. The programme shown beside it counts the trials before it at ${quantityText(p.multiplier.low, p.multiplier.high)}× (${lambertLabel(e.case.id)}, the full-programme scenario): ${moneyText(p.low, p.high, c)}.`;
  }
  return `The experiments multiplier is ${quantityText(m.low, m.high)}: the programme, ${moneyText(e.programme.low, e.programme.high, c)}, counts ${m.low === m.high ? quantityText(m.low - 1) : quantityText(m.low - 1, m.high - 1)} times the final run's compute again for the trials before it.`;
}
