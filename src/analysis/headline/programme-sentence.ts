import type { Estimate } from "../../assumptions/estimate.js";
import { moneyText, quantityText } from "../../format/text.js";

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
  const m = e.assumptions.experimentsMultiplier;
  const c = e.currency;
  if (m.low === 1 && m.high === 1)
    return `The experiments multiplier is 1: the programme is the final run alone (${moneyText(e.programme.low, e.programme.high, c)}), as DeepSeek reports it. Set it to [2, 4] (or run --scenario full-programme) to count the trial runs before it.`;
  return `The experiments multiplier is ${quantityText(m.low, m.high)}: the programme, ${moneyText(e.programme.low, e.programme.high, c)}, counts ${m.low === m.high ? quantityText(m.low - 1) : quantityText(m.low - 1, m.high - 1)} times the final run's compute again for the trials before it.`;
}
