import type { ColumnTable } from "arquero";
import { fail } from "./messages.js";
import { csvLoader } from "./csv-loader.js";
import type { ParsedRow } from "./parse-csv.js";
import { fxRateBounds } from "./plausible.js";
import { col, withinBounds, type Currency, type FileSchema } from "./schema.js";

/**
 * One row of `data/fx-rates.csv`: 1 `base` = `rate` `quote` on `date`, in the named `set`
 * (`"market"`: market rates around 2025-02-10; `"article"`: the CNY-per-JPY rate implied by the
 * Nikkei article's own conversions, with the market USD/JPY).
 *
 * @category Data
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

/**
 * The columns of `data/fx-rates.csv`; one rate per set, date and pair; rates > 0; base ≠ quote;
 * a rate and its inverse in one set on one day agree (see {@link checkInverses}).
 */
const fxRatesSchema: FileSchema = {
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
  // 15165 for 151.65: a rate 100 times off makes every converted price 100 times off
  checks: [
    withinBounds("rate", (r) => ({
      what: `a ${r.base as string}/${r.quote as string} rate`,
      bounds: fxRateBounds(r.base as Currency, r.quote as Currency),
    })),
  ],
  acrossRows: checkInverses,
};

/**
 * A set may quote a pair both ways on one day (USD/JPY and JPY/USD), and `convert()` then takes
 * either: the two must be one rate. Each is a rounded figure, so "one rate" means one true rate
 * that rounds to both as written: a rate written 151.65 is somewhere in [151.645, 151.655] (half
 * a unit of its last digit), so its inverse is in [1 ÷ 151.655, 1 ÷ 151.645]; a JPY/USD row
 * written 0.006594 (± 0.0000005) agrees if its own interval meets that one. A fixed tolerance
 * would be too loose for a rate written to six digits and too tight for one written to two; the
 * digits as written are the precision the source gives. Rows on different days may differ.
 */
function checkInverses(rows: readonly ParsedRow[], file: string): void {
  const seen = new Map<string, ParsedRow>();
  for (const row of rows) {
    const { set, date, base, quote } = row.texts as Record<string, string>;
    const inverse = seen.get(JSON.stringify([set, date, quote, base]));
    if (inverse) {
      const [r, h] = [inverse.values.rate as number, halfUnit(inverse.texts.rate as string)];
      const low = 1 / (r + h) - halfUnit(row.texts.rate as string);
      const high = 1 / (r - h) + halfUnit(row.texts.rate as string);
      const rate = row.values.rate as number;
      if (rate < low || rate > high) {
        fail("dataFxInverse", {
          file,
          line: row.line,
          value: row.texts.rate as string,
          other: { line: inverse.line, pair: `${quote}/${base}`, rate: inverse.texts.rate as string },
          low: Number(low.toPrecision(6)),
          high: Number(high.toPrecision(6)),
        });
      }
    }
    seen.set(JSON.stringify([set, date, base, quote]), row);
  }
}

/** Half a unit of the last digit of a number as written: "151.65" → 0.005, "0.0066" → 0.00005, "1.5e2" → 5. */
function halfUnit(text: string): number {
  const [, decimals = "", exponent = "0"] = /^-?\d+(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text) ?? [];
  return 0.5 * 10 ** (Number(exponent) - decimals.length);
}

const read = csvLoader(fxRatesSchema);

/**
 * The exchange rates as an Arquero table of {@link FxRateTableRow}s. Reads `data/fx-rates.csv`
 * by default (read once, then cached); `path` reads another file, uncached. Invalid data is an
 * error. `fxRates()` (fx.ts) gives the rows `convert()` uses.
 */
export function loadFxRates(path?: string): ColumnTable {
  return read(path);
}
