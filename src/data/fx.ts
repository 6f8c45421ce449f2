import { loadFxRates, type FxRateTableRow } from "./load-fx-rates.js";
import type { Currency } from "./schema.js";

/** One dated exchange rate, as `convert()` (src/money/convert.ts) consumes it: 1 `base` = `rate` `quote`. */
export interface FxRate {
  /** The named rate set: `"market"` or `"article"`. */
  set: string;
  /** YYYY-MM-DD */
  date: string;
  base: Currency;
  quote: Currency;
  /** Units of `quote` per 1 `base`. */
  rate: number;
  /** The citation, with its URL and any caveat. */
  source: string;
}

let cached: readonly FxRate[] | undefined;

/**
 * The rows of `data/fx-rates.csv` as plain, frozen {@link FxRate} objects, in file order (read
 * once, then cached): `fxRates().find((r) => r.set === "article" && r.base === "JPY")?.rate` → 0.048067.
 */
export function fxRates(): readonly FxRate[] {
  return (cached ??= Object.freeze(
    (loadFxRates().objects() as FxRateTableRow[]).map((r) =>
      Object.freeze({ set: r.set, date: r.date.toISOString().slice(0, 10), base: r.base, quote: r.quote, rate: r.rate, source: r.source }),
    ),
  ));
}
