import { ownVersusRent, type BreakEvenView } from "../../cost/break-even.js";
import { HOURS_PER_YEAR } from "../../cost/epoch-method.js";
import { seriesNames } from "../../format/series.js";
import { moneyText } from "../../format/text.js";

const OWN = seriesNames.allIn;
const RENT = seriesNames.rental;
const STEPS = 24;

/** One point of a cost line: owning or renting one GPU for `years`, as a range. */
export interface BreakEvenPoint {
  readonly years: number;
  readonly series: string;
  readonly low: number;
  readonly high: number;
  readonly costText: string;
}

/** The two cost bands at `STEPS + 1` evenly spaced years from 0 to `span`. */
export function breakEvenPoints(view: BreakEvenView, span: number): BreakEvenPoint[] {
  const u = view.utilization;
  const points: BreakEvenPoint[] = [];
  for (let i = 0; i <= STEPS; i++) {
    const years = (span * i) / STEPS;
    // Fewer busy hours a year (lower utilization) mean less cost at the same age: low with low.
    const atLow = ownVersusRent(view, years * HOURS_PER_YEAR * u.low);
    const atHigh = ownVersusRent(view, years * HOURS_PER_YEAR * u.high);
    const own = { low: atLow.own.low, high: atHigh.own.high };
    const rent = { low: atLow.rent.low, high: atHigh.rent.high };
    points.push({ years, series: OWN, ...own, costText: moneyText(own.low, own.high, view.currency) });
    points.push({ years, series: RENT, ...rent, costText: moneyText(rent.low, rent.high, view.currency) });
  }
  return points;
}
