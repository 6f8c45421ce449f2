import type { ColumnTable } from "arquero";
import { csvLoader } from "./csv-loader.js";
import { col, type Currency, type FileSchema } from "./schema.js";

/**
 * One row of `data/fx-rates.csv`: 1 `base` = `rate` `quote` on `date`, in the named `set`
 * (`"market"`: market rates around 2025-02-10; `"article"`: the CNY-per-JPY rate implied by the
 * Nikkei article's own conversions, with the market USD/JPY).
 */
export interface FxRateTableRow {
  readonly set: string;
  readonly date: Date;
  readonly base: Currency;
  readonly quote: Currency;
  /** Units of `quote` per 1 `base`. */
  readonly rate: number;
  /** A citation with its URL, and any caveat (a nearby date, an intraday quote). */
  readonly source: string;
  /** The verbatim sentence, or for a derived rate, the derivation. */
  readonly excerpt: string;
}

/** The columns of `data/fx-rates.csv`; one rate per set, date and pair; rates > 0; base ≠ quote. */
export const fxRatesSchema: FileSchema = {
  file: "fx-rates.csv",
  columns: [
    col.string("set"),
    col.date("date"),
    col.currency("base"),
    col.currency("quote"),
    col.number("rate", { sign: "positive" }),
    col.string("source"),
    col.string("excerpt"),
  ],
  key: ["set", "date", "base", "quote"],
  distinct: [["base", "quote"]],
};

const read = csvLoader(fxRatesSchema);

/**
 * The exchange rates as an Arquero table of {@link FxRateTableRow}s. Reads `data/fx-rates.csv`
 * by default (read once, then cached); `path` reads another file, uncached. Invalid data is an
 * error. `fxRates()` (fx.ts) gives the rows `convert()` uses.
 */
export function loadFxRates(path?: string): ColumnTable {
  return read(path);
}
