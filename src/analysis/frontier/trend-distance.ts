import { fail } from "../messages.js";
import type { Range } from "../../range/range.js";
import { trendAt } from "../../trend/log-linear-trend.js";
import type { FrontierTrend } from "./frontier-trend.js";
import { moneyText, percentText, quantityText, timesText } from "../../format/text.js";
import { knownKeys } from "../../validate/known-keys.js";
import { resultOf } from "../../validate/result-of.js";

/**
 * Options of {@link trendDistance}: the date and cost range of the run placed against the trend.
 *
 * @category The frontier
 */
export interface TrendDistanceOptions {
  /** The model's name, for sentences and charts. */
  readonly model: string;
  /** Its publication date (`"2024-12-24"` for DeepSeek-V3 in Epoch's database). */
  readonly date: Date | string;
  /** Its cost in US dollars: a number, or a range `{ low, high }` (this project's amortized view). */
  readonly costUsd: number | Range;
  /** How the cost was reached, in words. */
  readonly basis: string;
}

/**
 * How far one model's cost sits from the frontier trend on its date.
 *
 * @category The frontier
 */
export interface TrendDistance {
  readonly model: string;
  readonly date: Date;
  readonly costUsdLow: number;
  readonly costUsdHigh: number;
  readonly basis: string;
  /** The trend's value on the date, and the interval a new model's cost would fall in (the trend's level). */
  readonly trendUsd: number;
  readonly trendUsdLow: number;
  readonly trendUsdHigh: number;
  /** Cost ÷ trend. */
  readonly ratioLow: number;
  readonly ratioHigh: number;
  /** log10(cost ÷ trend) ÷ orders of magnitude a year: negative = years behind the trend (cheaper). */
  readonly yearsLow: number;
  readonly yearsHigh: number;
  /** Where the cost sits against the prediction interval. */
  readonly position: "below" | "inside" | "above" | "across";
}

/**
 * A model's cost against the frontier trend on its date: cost ÷ trend, the same in years of the
 * trend's growth, and whether it falls inside the interval where the trend puts a new model's cost.
 *
 * `trendDistance(frontierTrend(loadTable("frontier-selections")), { model: "DeepSeek-V3", date: "2024-12-24", costUsd: e.amortized, basis: "…" })`
 *
 * @category The frontier
 */
export function trendDistance(fit: FrontierTrend, options: TrendDistanceOptions): TrendDistance {
  knownKeys(options, ["model", "date", "costUsd", "basis"], "options");
  const { model, date, costUsd, basis } = options;
  const cost = typeof costUsd === "number" ? { low: costUsd, high: costUsd } : costUsd;
  const ok = (x: unknown) => typeof x === "number" && Number.isFinite(x) && x > 0;
  if (!(cost !== null && typeof cost === "object" && ok(cost.low) && ok(cost.high) && cost.low <= cost.high)) {
    fail("notUsdCost", { name: "costUsd", value: costUsd });
  }
  const at = trendAt(fit.trend, date);
  const when = date instanceof Date ? date : new Date(`${date}T00:00:00Z`);
  const years = (c: number) => Math.log10(c / at.value) / fit.trend.log10PerYear;
  const position =
    cost.high < at.low
      ? "below"
      : cost.low > at.high
        ? "above"
        : cost.low >= at.low && cost.high <= at.high
          ? "inside"
          : "across";
  return {
    model,
    date: when,
    costUsdLow: cost.low,
    costUsdHigh: cost.high,
    basis,
    trendUsd: at.value,
    trendUsdLow: at.low,
    trendUsdHigh: at.high,
    ratioLow: cost.low / at.value,
    ratioHigh: cost.high / at.value,
    yearsLow: years(cost.low),
    yearsHigh: years(cost.high),
    position,
  };
}

/**
 * The trend and one model's distance from it, in sentences whose every figure is computed, the
 * selection named with whose it is and Epoch's own printed fit beside it:
 * `Across the working notebook's 61 frontier models (Epoch AI's working notebook of 2025, without imputed hardware; 2015-12-08 to 2025-02-17), the amortized cost of the final run grew 2.77× a year (90% interval 2.40–3.19×); Epoch's notebook printed "2.76748x/year (90% CI: 2.3995x, 3.1919x)" for the same models (…, its own dating of a year).`
 *
 * @example
 * const fit = frontierTrend(loadTable("frontier-selections"));
 * trendSentences(fit, trendDistance(fit, { model: "DeepSeek-V3", date: "2024-12-24", costUsd: estimate().amortized, basis: "amortized" }));
 *
 * @category The frontier
 */
export function trendSentences(fit: FrontierTrend, d: TrendDistance): string[] {
  resultOf(fit, ["trend", "points"], "fit", "frontierTrend()");
  const t = fit.trend;
  const level = percentText(t.level, t.level, 0);
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  const years = (a: number, b: number) => {
    const [lo, hi] = [Math.min(Math.abs(a), Math.abs(b)), Math.max(Math.abs(a), Math.abs(b))];
    return `${quantityText(Number(lo.toFixed(1)), Number(hi.toFixed(1)))} years`;
  };
  const side = d.ratioHigh < 1 ? "below" : d.ratioLow > 1 ? "above" : "around";
  const lead = d.ratioHigh < 1 ? "behind" : "ahead of";
  const where = {
    below: `below the ${level} interval where the trend puts a new model's cost (${moneyText(d.trendUsdLow, d.trendUsdHigh, "USD")})`,
    above: `above the ${level} interval where the trend puts a new model's cost (${moneyText(d.trendUsdLow, d.trendUsdHigh, "USD")})`,
    inside: `inside the ${level} interval where the trend puts a new model's cost (${moneyText(d.trendUsdLow, d.trendUsdHigh, "USD")}): the models scatter that widely about the line`,
    across: `partly inside the ${level} interval where the trend puts a new model's cost (${moneyText(d.trendUsdLow, d.trendUsdHigh, "USD")})`,
  }[d.position];
  const s = fit.selection;
  const whole = fit.excluded === 0;
  const epoch =
    s.epochFit && whole && t.level === 0.9
      ? `; Epoch's notebook printed "${s.epochFit.quote}" for the same models (${s.epochFit.at}, its own dating of a year)`
      : s.epochFit
        ? ""
        : "; Epoch fits no trend to this selection: the fit is this project's";
  return [
    `Across ${whole ? s.label : `${t.n} of ${s.label}`} frontier models (${s.whose}; ${s.dollars}; ${iso(t.first)} to ${iso(t.last)}), the amortized cost of the final run grew ${timesText(t.growthPerYear, t.growthPerYear, 2)} a year (${level} interval ${timesText(t.growthPerYearLow, t.growthPerYearHigh, 2)})${epoch}.`,
    `On ${d.model}'s date (${iso(d.date)}) the trend stands at ${moneyText(d.trendUsd, d.trendUsd, "USD")}; ${d.model} at ${moneyText(d.costUsdLow, d.costUsdHigh, "USD")} (${d.basis}) is ${timesText(d.ratioLow, d.ratioHigh, 3)} the trend, ${side} it${side === "around" ? "" : `: ${years(d.yearsLow, d.yearsHigh)} ${lead} it at ${timesText(t.growthPerYear, t.growthPerYear, 2)} a year`}.`,
    `That is ${where}.`,
  ];
}
