import { knownKeys } from "../../validate/known-keys.js";
import type { ColumnTable } from "arquero";
import type { FrontierModelRow } from "../../data/load-frontier-models.js";
import { isoDay, readDay } from "../../validate/read-day.js";
import { logLinearTrend, type LogLinearTrend } from "../../trend/log-linear-trend.js";
import { rowsOf } from "../../data/rows-of.js";

/**
 * One frontier model Epoch AI costed: its date and its amortized cost (December-2024 USD).
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
 * Options of {@link frontierTrend}: which of Epoch AI's costed models the trend is fitted to.
 *
 * @category The frontier
 */
export interface FrontierTrendOptions {
  /** Only models published on or after this day (`"2016-01-01"`, the start of Cottier et al.'s trend). Defaults to every model. */
  readonly from?: Date | string;
  /** Include models whose hardware Epoch imputed. Defaults to true, as Epoch's own figures do. */
  readonly includeImputed?: boolean;
  /** Confidence level of the intervals. Defaults to 0.9. */
  readonly level?: number;
}

/**
 * The trend of Epoch's amortized costs and the points it was fitted to.
 *
 * @category The frontier
 */
export interface FrontierTrend {
  readonly trend: LogLinearTrend;
  readonly points: readonly FrontierPoint[];
  /** Costed models left out by `from` or `includeImputed`. */
  readonly excluded: number;
  readonly basis: string;
}

const BASIS = "Epoch AI's amortized hardware CapEx + energy of the final run, December-2024 USD";

/**
 * The log-linear trend of Epoch AI's amortized cost of frontier models against publication date
 * (`data/frontier-models.csv`), over the models Epoch costed: growth a year, with its interval.
 *
 * `frontierTrend(loadFrontierModels()).trend.growthPerYear` → about 2.9 (82 models, 2015–2025).
 *
 * @category The frontier
 */
export function frontierTrend(
  frontier: ColumnTable | readonly FrontierModelRow[],
  options: FrontierTrendOptions = {},
): FrontierTrend {
  knownKeys(options, ["from", "includeImputed", "level"], "options");
  const { from, includeImputed = true, level = 0.9 } = options;
  const since = from === undefined ? undefined : day(from);
  const costed = rowsOf<FrontierModelRow>(frontier, "frontier").filter((r) => r.amortized_cost_usd_dec2024 !== null);
  const points = costed
    .filter(
      (r) => (since === undefined || r.publication_date >= since) && (includeImputed || !r.hardware_imputed_by_epoch),
    )
    .map((r) => ({
      id: r.id,
      model: r.model,
      organization: r.organization,
      date: r.publication_date,
      costUsd: r.amortized_cost_usd_dec2024 as number,
      flop: r.training_compute_flop,
      imputed: r.hardware_imputed_by_epoch,
      source: r.source,
    }));
  const trend = logLinearTrend(
    points.map((p) => ({ date: p.date, value: p.costUsd })),
    { level },
  );
  return { trend, points, excluded: costed.length - points.length, basis: BASIS };
}

/** `from` as a Date: a valid Date, or a real day as `YYYY-MM-DD` ("2024-02-30" is refused, not read as March 1). */
function day(from: Date | string): Date {
  const text = readDay(from, "from");
  return from instanceof Date ? from : (isoDay(text) as Date);
}
