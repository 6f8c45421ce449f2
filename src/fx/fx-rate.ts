import { fail } from "./messages.js";
import type { Currency } from "../money/currency.js";

/**
 * One dated exchange rate: 1 `base` = `rate` `quote` (USD/JPY 151.65 means $1 = 151.65 yen).
 *
 * @category Money and FX
 */
export interface FxRate {
  /** The named rate set: `"market"` or `"article"` in `data/fx-rates.csv`. */
  readonly set: string;
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly base: Currency;
  readonly quote: Currency;
  /** Units of `quote` per 1 `base`. */
  readonly rate: number;
  /** The citation, with its URL and any caveat. */
  readonly source: string;
}

/**
 * How a rate was obtained: which rows, combined how.
 *
 * @category Money and FX
 */
export interface FxQuote {
  readonly base: Currency;
  readonly quote: Currency;
  /** units of `quote` per 1 `base` */
  readonly rate: number;
  readonly route: "identity" | "direct" | "inverse" | "cross";
  /** the rows used, in the order applied */
  readonly rows: readonly FxRate[];
}

/** A rate found this many days before the requested date, or fewer, still counts. */
const FX_WINDOW_DAYS = 7;

const DAY_MS = 86_400_000;

/**
 * The core of `convert()`: the rate for base→quote on `on` in `set`, from `rows`.
 *
 * 1. Same currency: rate 1.
 * 2. Direct (a base/quote row) or inverse (a quote/base row, 1 ÷ rate): the latest row on or
 *    before `on`, if it is at most {@link FX_WINDOW_DAYS} days older.
 * 3. Otherwise cross through USD: base→USD × USD→quote, each leg found as in step 2; if the set
 *    has no USD route, through another currency it holds (the article set: USD→JPY→CNY).
 * 4. Otherwise an error naming the pair, the date and the nearest rate the search found.
 *
 * Example: JPY→CNY in the market set with only USD/JPY 151.65 and USD/CNY 7.3 rows
 * = (1 ÷ 151.65) × 7.3 = 0.04814 CNY per JPY.
 */
export function findFxRate(rows: readonly FxRate[], set: string, base: Currency, quote: Currency, on: string): FxQuote {
  // 1. identity
  if (base === quote) return { base, quote, rate: 1, route: "identity", rows: [] };
  const day = Date.parse(on);
  // 2. direct or inverse
  const leg = findLeg(rows, set, base, quote, day);
  if (leg.found) return { base, quote, rate: leg.rate, route: leg.inverse ? "inverse" : "direct", rows: [leg.row] };
  // 3. cross through USD, then through any other currency the set holds
  let nearest = leg.nearest;
  for (const pivot of pivots(rows, set, base, quote)) {
    const first = findLeg(rows, set, base, pivot, day);
    const second = findLeg(rows, set, pivot, quote, day);
    if (first.found && second.found) {
      return { base, quote, rate: first.rate * second.rate, route: "cross", rows: [first.row, second.row] };
    }
    nearest ??= !first.found ? first.nearest : !second.found ? second.nearest : undefined;
  }
  // 4. nothing within the window: the nearest the direct search found, else a failed leg's
  return fail("noFxRate", { base, quote, on, set, nearest, windowDays: FX_WINDOW_DAYS });
}

/** USD first (the usual vehicle currency), then the set's other currencies in code order. */
function pivots(rows: readonly FxRate[], set: string, base: Currency, quote: Currency): Currency[] {
  const held = new Set<Currency>();
  for (const r of rows) if (r.set === set) held.add(r.base).add(r.quote);
  held.delete(base);
  held.delete(quote);
  return [...held].sort((a, b) => (a === "USD" ? -1 : b === "USD" ? 1 : a.localeCompare(b)));
}

type Leg =
  | { found: true; rate: number; inverse: boolean; row: FxRate }
  | { found: false; nearest: { date: string; when: "earlier" | "later" } | undefined };

function findLeg(rows: readonly FxRate[], set: string, base: Currency, quote: Currency, day: number): Leg {
  let best: FxRate | undefined;
  let later: FxRate | undefined;
  for (const row of rows) {
    if (row.set !== set) continue;
    const matches = (row.base === base && row.quote === quote) || (row.base === quote && row.quote === base);
    if (!matches) continue;
    const rowDay = Date.parse(row.date);
    if (rowDay <= day) {
      if (!best || rowDay > Date.parse(best.date)) best = row;
    } else if (!later || rowDay < Date.parse(later.date)) {
      later = row;
    }
  }
  if (best && day - Date.parse(best.date) <= FX_WINDOW_DAYS * DAY_MS) {
    const inverse = best.base !== base;
    return { found: true, rate: inverse ? 1 / best.rate : best.rate, inverse, row: best };
  }
  if (best) return { found: false, nearest: { date: best.date, when: "earlier" } };
  if (later) return { found: false, nearest: { date: later.date, when: "later" } };
  return { found: false, nearest: undefined };
}
