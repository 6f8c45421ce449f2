import { derived } from "./csv-loader.js";
import { tableRows } from "./table-rows.js";
import { loadElectricityPrices, type ElectricityPriceRow } from "./load-electricity-prices.js";

const byYear: () => ReadonlyMap<number, number> = derived(
  loadElectricityPrices,
  (table) =>
    new Map(
      tableRows<ElectricityPriceRow>(table)
        .filter((r) => r.region === "US industrial average")
        .map((r) => [r.year, r.usd_per_kwh]),
    ),
);

/**
 * The US industrial average price of a kWh in `year`, US dollars, from data/electricity-prices.csv
 * (Epoch AI's series): `electricityPriceIn(2024)` → 0.0771. `undefined` for a year the file lacks.
 */
export function electricityPriceIn(year: number): number | undefined {
  return byYear().get(year);
}

/** The years the series covers, in order: 2010 … 2025. */
export function electricityYears(): number[] {
  return [...byYear().keys()].sort((a, b) => a - b);
}
