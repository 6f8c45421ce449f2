import { knownKeys } from "../../validate/known-keys.js";
import type { ColumnTable } from "arquero";
import {
  frontierSelectionNames,
  type FrontierSelectionName,
  type FrontierSelectionRow,
} from "../../data/load-frontier-selections.js";
import { isoDay, readDay } from "../../validate/read-day.js";
import { logLinearTrend, type LogLinearTrend } from "../../trend/log-linear-trend.js";
import { rowsOf } from "../../data/rows-of.js";
import { fail } from "../messages.js";
import { FRONTIER_SELECTIONS, type FrontierSelection } from "./frontier-selections.js";

/**
 * One frontier model Epoch AI costed: its date and its amortized cost (in the selection's dollars).
 *
 * @category The frontier
 */
export interface FrontierPoint {
  readonly id: string;
  readonly model: string;
  readonly organization: string;
  readonly date: Date;
  readonly costUsd: number;
  readonly flop: number;
  /** Epoch imputed the hardware (the most common of the year), so the cost rests on a guess of the chips. */
  readonly imputed: boolean;
  readonly source: string;
}

/**
 * Options of {@link frontierTrend}: which of Epoch AI's selections the trend is fitted to, and how.
 *
 * @category The frontier
 */
export interface FrontierTrendOptions {
  /**
   * `working` (the default: Epoch's working notebook's 61, 2015–2025, no hardware imputed), `paper`
   * (Cottier et al.'s 41, 2015–2023) or `model-costs` (model_costs.csv's 82, the hardware of 21 imputed).
   */
  readonly selection?: FrontierSelectionName;
  /** Only models published on or after this day (`"2016-01-01"`). Defaults to every model of the selection. */
  readonly from?: Date | string;
  /**
   * Keep models whose hardware Epoch imputed. Defaults to true, the selection as it is: only
   * model_costs.csv's 82 hold any (21); Epoch's paper and working-notebook fits include none.
   */
  readonly includeImputed?: boolean;
  /** Confidence level of the intervals. Defaults to 0.9. */
  readonly level?: number;
}

/**
 * The trend of one selection of Epoch's amortized costs, the points it was fitted to, and whose selection it is.
 *
 * @category The frontier
 */
export interface FrontierTrend {
  readonly trend: LogLinearTrend;
  readonly points: readonly FrontierPoint[];
  /** Models of the selection left out by `from` or `includeImputed`. */
  readonly excluded: number;
  readonly basis: string;
  readonly selection: FrontierSelection;
}

/**
 * The log-linear trend of Epoch AI's amortized cost of frontier models against publication date,
 * over one selection of data/frontier-selections.csv: growth a year, with its interval. The
 * default is Epoch's working notebook's 61 (2015–2025, hardware from Epoch's database, none
 * imputed): the selection Epoch itself fitted most recently, which reaches V3's date without
 * extrapolating and is costed in the same dollars as V3 (see the README).
 *
 * `frontierTrend(loadTable("frontier-selections")).trend.growthPerYear` → about 2.77 (61 models).
 *
 * @example
 * frontierTrend(loadTable("frontier-selections"), { selection: "paper" }).trend.growthPerYear; // 2.408: Cottier et al.'s 41
 *
 * @category The frontier
 */
export function frontierTrend(
  selections: ColumnTable | readonly FrontierSelectionRow[],
  options: FrontierTrendOptions = {},
): FrontierTrend {
  knownKeys(options, ["selection", "from", "includeImputed", "level"], "options");
  const { selection = "working", from, includeImputed = true, level = 0.9 } = options;
  if (!(frontierSelectionNames as readonly string[]).includes(selection))
    fail("notOneOf", { name: "selection", value: selection, choices: frontierSelectionNames });
  const since = from === undefined ? undefined : day(from);
  const chosen = rowsOf<FrontierSelectionRow>(selections, "selections").filter((r) => r.selection === selection);
  const points = chosen
    .filter(
      (r) => (since === undefined || r.publication_date >= since) && (includeImputed || !r.hardware_imputed_by_epoch),
    )
    .map((r) => ({
      id: r.id,
      model: r.model,
      organization: r.organization,
      date: r.publication_date,
      costUsd: r.amortized_cost_usd,
      flop: r.training_compute_flop,
      imputed: r.hardware_imputed_by_epoch,
      source: r.source,
    }));
  const trend = logLinearTrend(
    points.map((p) => ({ date: p.date, value: p.costUsd })),
    { level },
  );
  const info = FRONTIER_SELECTIONS[selection];
  return {
    trend,
    points,
    excluded: chosen.length - points.length,
    basis: `Epoch AI's amortized hardware CapEx + energy of the final run, ${info.dollars} (${info.label})`,
    selection: info,
  };
}

/** `from` as a Date: a valid Date, or a real day as `YYYY-MM-DD` ("2024-02-30" is refused, not read as March 1). */
function day(from: Date | string): Date {
  const text = readDay(from, "from");
  return from instanceof Date ? from : (isoDay(text) as Date);
}
