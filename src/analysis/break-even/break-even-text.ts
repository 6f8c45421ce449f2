import type { BreakEvenView } from "../../cost/break-even.js";
import { quantityText } from "../../format/text.js";
import { resultOf } from "../../validate/result-of.js";

/**
 * `Break-even after 1.9–4.2 years of use (16,600–36,900 GPU-hours).`
 *
 * @example
 * breakEvenText(estimate().breakEven); // "Break-even after … years of use (… GPU-hours)."
 *
 * @category Break-even and effective compute
 */
export function breakEvenText(view: BreakEvenView): string {
  resultOf(view, ["years", "hours", "currency"], "view", "breakEven()");
  const { years, hours } = view;
  if (years.low === null || hours.low === null)
    return "Owning never breaks even: renting costs no more per hour than running an owned GPU.";
  if (years.high === null || hours.high === null)
    return `Break-even after ${yearsText(years.low)} years at best (${hoursText(hours.low)} GPU-hours); at the worst end, never.`;
  return `Break-even after ${yearsText(years.low, years.high)} years of use (${hoursText(hours.low, hours.high)} GPU-hours).`;
}

/** Years to one decimal: `1.3–4.0`. */
function yearsText(low: number, high = low): string {
  return low.toFixed(1) === high.toFixed(1) ? low.toFixed(1) : `${low.toFixed(1)}–${high.toFixed(1)}`;
}

/** GPU-hours to three significant digits: `11,100–35,100`. */
function hoursText(low: number, high = low): string {
  const r = (x: number) => Number(x.toPrecision(3));
  return quantityText(r(low), r(high));
}
