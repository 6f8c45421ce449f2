import type { ColumnTable } from "arquero";
import { csvLoader } from "./csv-loader.js";
import { ELECTRICITY_PRICE_BOUNDS } from "./plausible.js";
import { col, withinBounds, type FileSchema } from "./schema.js";

/**
 * One row of `data/electricity-prices.csv`: the average price of a kWh in one year.
 *
 * @category Data
 */
export interface ElectricityPriceRow {
  readonly year: number;
  readonly usd_per_kwh: number;
  /** What the price averages: `US industrial average`. */
  readonly region: string;
  readonly source: string;
  /** The figure as its source writes it (for Epoch's series, the line of code). */
  readonly quote: string;
  readonly note: string | null;
  readonly dataset_repository: string | null;
  readonly dataset_commit: string | null;
  readonly dataset_file: string | null;
  readonly dataset_line: number | null;
}

/** The columns of `data/electricity-prices.csv`; one price per year and region; prices > 0. */
const electricityPricesSchema: FileSchema = {
  file: "electricity-prices.csv",
  columns: [
    col.number("year", { sign: "positive", integer: true }),
    col.number("usd_per_kwh", { sign: "positive" }),
    col.string("region"),
    col.string("source"),
    col.string("quote"),
    col.string("note", false),
    col.string("dataset_repository", false),
    col.string("dataset_commit", false),
    col.string("dataset_file", false),
    col.number("dataset_line", { sign: "positive", integer: true, required: false }),
  ],
  key: ["year", "region"],
  // the bound of the assumptions' electricityPrice (./plausible.ts)
  checks: [
    withinBounds("usd_per_kwh", () => ({
      what: "a price per kWh",
      bounds: ELECTRICITY_PRICE_BOUNDS,
      unit: "USD per kWh",
    })),
  ],
};

const read = csvLoader(electricityPricesSchema);

/**
 * The price of electricity by year, as an Arquero table of {@link ElectricityPriceRow}s: the US
 * industrial averages of Epoch AI's `energy_price()` (training-cost-trends,
 * cost_analysis_standalone.py:464–485 at commit 263c40a; EIA, and Statista for earlier years),
 * 2010–2025, each with the commit and line it comes from. Reads `data/electricity-prices.csv` by
 * default (read once, then cached); `path` reads another file, uncached.
 */
export function loadElectricityPrices(path?: string): ColumnTable {
  return read(path);
}
