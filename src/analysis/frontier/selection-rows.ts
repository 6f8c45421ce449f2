import type { ColumnTable } from "arquero";
import type { Estimate } from "../../assumptions/estimate.js";
import { frontierSelectionNames, type FrontierSelectionRow } from "../../data/load-frontier-selections.js";
import { moneyText, timesText } from "../../format/text.js";
import { knownKeys } from "../../validate/known-keys.js";
import { fail } from "../messages.js";
import { frontierTrend } from "./frontier-trend.js";
import { trendDistance } from "./trend-distance.js";
import { ESTIMATE_FIELDS } from "../../assumptions/result-fields.js";
import { resultOf } from "../../validate/result-of.js";

/**
 * One selection of frontier models with its trend and one model's distance from it.
 *
 * @category The frontier
 */
export interface SelectionRow {
  /** `paper`, `working`, `model-costs`. */
  readonly selection: string;
  /** `the working notebook's 61`. */
  readonly label: string;
  /** Whose selection it is. */
  readonly whose: string;
  /** The models and the years they span: `61 (2015–2025)`. */
  readonly models: string;
  /** The first and last publication dates: `2015-12-08 to 2025-02-17`. */
  readonly span: string;
  /** `none` or `21 of 82`. */
  readonly imputedHardware: string;
  readonly dollars: string;
  /** This project's fit: `2.77× (2.40–3.19×)`, with the interval's level. */
  readonly growthText: string;
  /** What Epoch's own notebook printed for it, or that Epoch fits none. */
  readonly epochPrinted: string;
  /** The trend on the model's date. */
  readonly trendText: string;
  /** The model's cost ÷ the trend, valued at purchase and at training start (as Epoch values the others). */
  readonly atPurchase: string;
  readonly atTrainingStart: string;
  /** `default` for the selection the notebooks use. */
  readonly default: string;
}

/**
 * The selections side by side: for each, whose it is, its models and years, whether hardware was
 * imputed, its growth a year (this project's fit, with Epoch's printed one beside it) and the
 * model's distance from it, the model's hardware valued at purchase and at training start (the
 * price-performance alternatives of `estimate`, which must be in US dollars). The paper's trend is in December-2023 dollars and ends
 * in 2023: on V3's date it is extrapolated a year, and V3's cost is not deflated to it.
 *
 * @example
 * showTable(selectionRows(loadTable("frontier-selections"), { estimate: estimate(), model: "DeepSeek-V3", date: "2024-12-24" }));
 *
 * @category The frontier
 */
export function selectionRows(
  selections: ColumnTable | readonly FrontierSelectionRow[],
  options: {
    readonly estimate: Estimate;
    readonly model: string;
    readonly date: string | Date;
    readonly level?: number;
  },
): SelectionRow[] {
  knownKeys(options, ["estimate", "model", "date", "level"], "options");
  const { estimate: e, model, date, level = 0.9 } = options;
  resultOf(e, ESTIMATE_FIELDS, "options.estimate", "estimate()");
  if (e.currency !== "USD") fail("notUsd", { name: "estimate.currency", value: e.currency });
  const valued = (v: "purchase" | "training-start") =>
    e.alternatives.find((x) => x.depreciation === "price-performance" && x.valuation === v)!;
  return frontierSelectionNames.map((name) => {
    const fit = frontierTrend(selections, { selection: name, level });
    const t = fit.trend;
    const at = (cost: { low: number; high: number }) => {
      const d = trendDistance(fit, { model, date, costUsd: { low: cost.low, high: cost.high }, basis: "" });
      return { d, text: timesText(d.ratioLow, d.ratioHigh, 3) };
    };
    const purchase = at(valued("purchase"));
    const imputed = fit.points.filter((p) => p.imputed).length;
    const s = fit.selection;
    return {
      selection: name,
      label: s.label,
      whose: s.whose,
      models: `${t.n} (${t.first.getUTCFullYear()}–${t.last.getUTCFullYear()})`,
      span: `${t.first.toISOString().slice(0, 10)} to ${t.last.toISOString().slice(0, 10)}`,
      imputedHardware: imputed === 0 ? "none" : `${imputed} of ${t.n}`,
      dollars: s.dollars,
      growthText: `${timesText(t.growthPerYear, t.growthPerYear, 2)} (${Math.round(t.level * 100)}%: ${timesText(t.growthPerYearLow, t.growthPerYearHigh, 2)})`,
      epochPrinted: s.epochFit ? `${s.epochFit.quote} (${s.epochFit.at})` : "none: Epoch fits no trend to it",
      trendText: moneyText(purchase.d.trendUsd, purchase.d.trendUsd, "USD"),
      atPurchase: purchase.text,
      atTrainingStart: at(valued("training-start")).text,
      default: name === "working" ? "default" : "",
    };
  });
}
