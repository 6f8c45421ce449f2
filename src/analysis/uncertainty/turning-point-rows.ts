import { fail } from "../messages.js";
import type { TurningPoint, TurningPoints, TurningTarget } from "../../assumptions/turning-points.js";
import { dayNumber } from "../../cost/epoch-method.js";
import { moneyText, quantityText } from "../../format/text.js";
import { resultOf } from "../../validate/result-of.js";
import type { Currency } from "../../money/currency.js";

/**
 * One line of the turning-points table and chart: one assumption against one target.
 *
 * @category Assumptions and uncertainty
 */
export interface TurningPointRow {
  readonly assumption: string;
  readonly target: TurningTarget;
  readonly kind: TurningPoint["kind"];
  /** The range as written, a price in the result currency: `$26.4K–$33.0K`, `price-performance / straight-line`; and its ends. */
  readonly rangeText: string;
  readonly lowText: string;
  readonly highText: string;
  readonly centralText: string;
  /** The turning value as written, or `none`. */
  readonly valueText: string;
  /** `inside its range`, `below its range`, `above its range`, `the other choice`, `none`. */
  readonly where: string;
  /** Whether the assumption has a range (else it is held at one value). */
  readonly hasRange: boolean;
  /**
   * For the chart: where the central value and the turning value sit, 0 at the range's low end,
   * 1 at its high end; for a held value, the value sits at 0.5 and a turning value at 2 or −1,
   * beyond the edge it lies towards.
   */
  readonly centralAt: number | null;
  readonly valueAt: number | null;
  /** The row in one sentence. */
  readonly sentence: string;
}

/**
 * The turning points against `target` as table rows, one per assumption, the ones with a value
 * first (in their documented order), each with its sentence.
 *
 * @example
 * showTable(turningPointRows(turningPoints(assumptions())));
 *
 * @category Assumptions and uncertainty
 */
export function turningPointRows(t: TurningPoints, target: TurningTarget = "reported"): TurningPointRow[] {
  resultOf(t, ["view", "central", "rows", "currency"], "t", "turningPoints()");
  const rows = t.rows.filter((r) => r.target === target).map((r) => toRow(t, r));
  return [...rows.filter((r) => r.valueText !== "none"), ...rows.filter((r) => r.valueText === "none")];
}

/**
 * The turning points as sentences a reader checks against the table: the assumptions that could,
 * alone, bring the view to the target, within their ranges or beyond them, and what none can.
 * `What would have to hold for the amortized cost to be the reported $5.58M (central case $6.42M): …`
 *
 * @example
 * print(turningPointSentences(turningPoints(assumptions()), "rental"));
 *
 * @category Assumptions and uncertainty
 */
export function turningPointSentences(t: TurningPoints, target: TurningTarget = "reported"): string[] {
  resultOf(t, ["view", "central", "rows", "currency"], "t", "turningPoints()");
  const rows = turningPointRows(t, target);
  const c = t.currency;
  const goal = target === "reported" ? (t.central.reported ?? fail("noClaim", { view: "reported" })) : t.central.rental;
  const already = t.central.view <= goal;
  const viewText = moneyText(t.central.view, t.central.view, c);
  const goalText = moneyText(goal, goal, c);
  const others = "with every other assumption at its central value";
  const head =
    target === "reported"
      ? already
        ? `The ${t.view} cost (${viewText} in the central case) is already no more than the reported ${goalText}; ${others}, it rises above it only if one of these holds.`
        : `For the ${t.view} cost (${viewText} in the central case) to be no more than the reported ${goalText}, ${others}, one of these would have to hold.`
      : already
        ? `Owning (the ${t.view} cost, ${viewText} in the central case) already costs less than renting the same GPU-hours (${goalText}); ${others}, renting becomes the cheaper only if one of these holds.`
        : `For owning (the ${t.view} cost, ${viewText} in the central case) to cost no more than renting the same GPU-hours (${goalText}), ${others}, one of these would have to hold.`;
  const found = rows.filter((r) => r.valueText !== "none");
  const inside = found.filter((r) => r.where === "inside its range" || r.where === "the other choice");
  const outside = found.filter((r) => !inside.includes(r));
  const none = rows.filter((r) => r.valueText === "none" && !r.sentence.includes("does not enter"));
  return [
    head,
    ...(inside.length > 0
      ? [`Within what is plausible: ${inside.map((r) => r.sentence).join(" ")}`]
      : ["No single assumption within its plausible range does it."]),
    ...(outside.length > 0 ? [`Only beyond its range: ${outside.map((r) => r.sentence).join(" ")}`] : []),
    ...(none.length > 0 ? [`No value of ${none.map((r) => r.assumption).join(", ")} does.`] : []),
  ];
}

function toRow(t: TurningPoints, r: TurningPoint): TurningPointRow {
  const text = (x: number | string) => valueText(r, x, t.currency);
  const goal = r.target === "reported" ? "the reported figure" : "renting";
  const viewName = `the ${t.view} cost`;
  if (r.kind === "swap") {
    const crosses = r.value !== null;
    return {
      assumption: r.assumption,
      target: r.target,
      kind: r.kind,
      rangeText: `${r.low} / ${r.high}`,
      lowText: String(r.low),
      highText: String(r.high),
      centralText: String(r.central),
      valueText: crosses ? String(r.value) : "none",
      where: crosses ? "the other choice" : "none",
      hasRange: true,
      centralAt: null,
      valueAt: null,
      sentence: crosses
        ? `With ${r.assumption} ${String(r.value)} instead of ${String(r.central)}, ${viewName} falls ${t.central.view > (r.target === "reported" ? t.central.reported! : t.central.rental) ? "below" : "above"} ${goal}.`
        : `${r.assumption} ${String(r.high)} instead of ${String(r.central)} does not (${r.note ?? ""}).`,
    };
  }
  const [low, high, central] = [num(r.low), num(r.high), num(r.central)];
  const at = (x: number) => (high > low ? (x - low) / (high - low) : x === central ? 0.5 : x > central ? 2 : -1);
  const rangeText =
    low === high
      ? text(r.low)
      : r.inputCurrency && typeof r.low === "number" && typeof r.high === "number"
        ? moneyRangeText(r, r.low, r.high, t.currency) // both ends to the same digits: $2.00–$4.92
        : `${text(r.low)}–${text(r.high)}`;
  if (r.value === null)
    return {
      assumption: r.assumption,
      target: r.target,
      kind: r.kind,
      rangeText,
      lowText: text(r.low),
      highText: text(r.high),
      centralText: text(r.central),
      valueText: "none",
      where: "none",
      hasRange: high > low,
      centralAt: at(central),
      valueAt: null,
      sentence: `No value of ${r.assumption} does: ${r.note ?? ""}.`,
    };
  const value = num(r.value);
  const where = r.inRange ? "inside its range" : value < low ? "below its range" : "above its range";
  // The condition that brings the view to its target: on the cheaper side of the turning value,
  // or, when the central case is already there, on the other side of it.
  const goal2 = r.target === "reported" ? t.central.reported! : t.central.rental;
  const already = t.central.view <= goal2;
  const side = r.cheaperWhen === "below" ? (already ? "above" : "at or below") : already ? "below" : "at or above";
  return {
    assumption: r.assumption,
    target: r.target,
    kind: r.kind,
    rangeText,
    lowText: text(r.low),
    highText: text(r.high),
    centralText: text(r.central),
    valueText: text(r.value),
    where,
    hasRange: high > low,
    centralAt: at(central),
    valueAt: at(value),
    sentence: `${r.assumption} ${side} ${text(r.value)} (${where}, ${rangeText}; central ${text(r.central)}).`,
  };
}

/** A price range in the result currency, as formatAmount writes a range. */
function moneyRangeText(r: TurningPoint, low: number, high: number, currency: Currency): string {
  const fx = r.inputFx ?? 1;
  return moneyText(low * fx, high * fx, r.inputFx === undefined ? r.inputCurrency! : currency);
}

function num(x: number | string): number {
  return typeof x === "string" ? dayNumber(x) : x;
}

/** A value as written; a price in the result currency, converted at the estimate's rates, so the table reads in one currency. */
function valueText(r: TurningPoint, x: number | string, currency: Currency): string {
  if (typeof x === "string") return x;
  if (r.inputCurrency) {
    const y = x * (r.inputFx ?? 1);
    return moneyText(y, y, r.inputFx === undefined ? r.inputCurrency : currency);
  }
  return Math.abs(x) >= 100 ? quantityText(Math.round(x)) : quantityText(Number(x.toPrecision(3)));
}
