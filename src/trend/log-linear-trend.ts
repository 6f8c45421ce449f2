import jStat from "jstat";
import { fail } from "./messages.js";
import { knownKeys } from "../validate/known-keys.js";
import { isList } from "../validate/is-list.js";
import { fitLine } from "./fit-line.js";

/** Milliseconds in a year of 365.25 days: dates become decimal years at this rate. */
const YEAR_MS = 365.25 * 24 * 3_600_000;

/**
 * A dated positive value: a model's publication date and its training cost.
 *
 * @category Trends
 */
export interface TrendPoint {
  /** A `Date`, or a day as `YYYY-MM-DD`. */
  readonly date: Date | string;
  /** A positive value (a cost in US dollars). */
  readonly value: number;
}

/**
 * Options of {@link logLinearTrend}: the points and the confidence level of the interval.
 *
 * @category Trends
 */
export interface LogLinearTrendOptions {
  /** Two-sided confidence level of the intervals. Defaults to 0.9, the level of Cottier et al. 2024 ("2.4x per year since 2016 (90% CI: 2.0x to 2.9x)") and of this project's Monte Carlo. */
  readonly level?: number;
}

/**
 * A fit of log10(value) = a + b × (years since `origin`), with what its intervals need.
 *
 * @category Trends
 */
export interface LogLinearTrend {
  readonly n: number;
  readonly level: number;
  /** Where x = 0: the mean date of the points. */
  readonly origin: Date;
  readonly first: Date;
  readonly last: Date;
  /** b: orders of magnitude a year. */
  readonly log10PerYear: number;
  readonly log10PerYearStdError: number;
  /** a: log10 of the trend's value at `origin`. */
  readonly log10AtOrigin: number;
  /** Residual standard error, orders of magnitude. */
  readonly residualStdError: number;
  /** Σ(x − x̄)², years². */
  readonly sxx: number;
  /** Student's t quantile for `level` at n − 2 degrees of freedom. */
  readonly t: number;
  /** 10^b: the factor a year, with its interval 10^(b ± t × SE(b)). */
  readonly growthPerYear: number;
  readonly growthPerYearLow: number;
  readonly growthPerYearHigh: number;
}

/**
 * A log-linear trend of `points` (value against date) by ordinary least squares on log10(value),
 * dates in decimal years (365.25 days), with the growth factor a year and its `level` interval
 * from Student's t at n − 2 degrees of freedom (jStat's `studentt.inv`).
 *
 * 1. Check the points: a list of at least 3, each a valid date and a finite positive value, not all on one date.
 * 2. Fit log10(value) on years since the mean date (`fitLine`, closed form).
 * 3. Growth a year = 10^slope; interval = 10^(slope ± t × SE(slope)).
 *
 * `logLinearTrend([{ date: "2020-01-01", value: 1e6 }, …], { level: 0.9 }).growthPerYear`
 *
 * @category Trends
 */
export function logLinearTrend(points: readonly TrendPoint[], options: LogLinearTrendOptions = {}): LogLinearTrend {
  knownKeys(options, ["level"], "options");
  const { level = 0.9 } = options;
  // 1. points
  if (!(typeof level === "number" && level > 0 && level < 1)) {
    fail("notInRange", { name: "level", value: level, min: 0, minExclusive: true, max: 1, maxExclusive: true });
  }
  if (!isList(points)) fail("notTrendPoints", { name: "points", value: points });
  const dates = points.map((p, i) => toDate((p as Partial<TrendPoint> | null)?.date, `points[${i}].date`));
  const ys = points.map((p, i) => {
    const v = (p as Partial<TrendPoint>).value;
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0)
      fail("notPositive", { name: `points[${i}].value`, value: v });
    return Math.log10(v);
  });
  const times = dates.map((d) => d.getTime());
  const [first, last] = [Math.min(...times), Math.max(...times)];
  if (points.length < 3 || first === last) fail("trendTooFew", { n: points.length, dates: new Set(times).size });

  // 2. fit on years since the mean date
  const originMs = times.reduce((a, b) => a + b / times.length, 0);
  const fit = fitLine(
    times.map((t) => (t - originMs) / YEAR_MS),
    ys,
  );

  // 3. growth a year and its interval
  const t = jStat.studentt.inv((1 + level) / 2, fit.n - 2);
  return {
    n: fit.n,
    level,
    origin: new Date(originMs),
    first: new Date(first),
    last: new Date(last),
    log10PerYear: fit.slope,
    log10PerYearStdError: fit.slopeStdError,
    log10AtOrigin: fit.intercept,
    residualStdError: fit.residualStdError,
    sxx: fit.sxx,
    t,
    growthPerYear: 10 ** fit.slope,
    growthPerYearLow: 10 ** (fit.slope - t * fit.slopeStdError),
    growthPerYearHigh: 10 ** (fit.slope + t * fit.slopeStdError),
  };
}

/**
 * The trend's value on `date`, with the `level` interval of the line itself (`mean`) or of a new point (`prediction`).
 *
 * @category Trends
 */
export interface TrendValue {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The trend on `date`: 10^(a + b·x), and its interval 10^(… ± t·s·√(k + 1/n + x²/Sxx)), x in years
 * from the trend's origin, k = 0 for the line (`"mean"`) or 1 for a new point (`"prediction"`, the default).
 *
 * @example
 * trendAt(frontierTrend(loadTable("frontier-selections")).trend, "2024-12-24"); // the trend's cost on V3's date, with its interval
 *
 * @category Trends
 */
export function trendAt(
  trend: LogLinearTrend,
  date: Date | string,
  interval: "mean" | "prediction" = "prediction",
): TrendValue {
  const x = (toDate(date, "date").getTime() - trend.origin.getTime()) / YEAR_MS;
  const centre = trend.log10AtOrigin + trend.log10PerYear * x;
  const k = interval === "prediction" ? 1 : 0;
  const half = trend.t * trend.residualStdError * Math.sqrt(k + 1 / trend.n + (x * x) / trend.sxx);
  return { value: 10 ** centre, low: 10 ** (centre - half), high: 10 ** (centre + half) };
}

/** `date` as a Date: a valid Date, or a real day as `YYYY-MM-DD` (UTC midnight). */
function toDate(date: unknown, name: string): Date {
  const d =
    date instanceof Date
      ? date
      : typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date)
        ? new Date(`${date}T00:00:00Z`)
        : undefined;
  if (
    d === undefined ||
    !Number.isFinite(d.getTime()) ||
    (typeof date === "string" && d.toISOString().slice(0, 10) !== date)
  ) {
    fail("notDate", { name, value: date });
  }
  return d;
}
