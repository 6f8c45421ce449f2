import { derived } from "../data/csv-loader.js";
import { loadFxRates, type FxRateTableRow } from "../data/load-fx-rates.js";
import { tableRows } from "../data/table-rows.js";
import type { FxRate } from "./fx-rate.js";

/**
 * The rows of `data/fx-rates.csv` as plain, frozen {@link FxRate} objects, in file order (read
 * once, then cached): `fxRates().find((r) => r.set === "article" && r.base === "JPY")?.rate` → 0.048067.
 */
export const fxRates: () => readonly FxRate[] = derived(loadFxRates, (table) =>
  Object.freeze(
    tableRows<FxRateTableRow>(table).map((r) =>
      Object.freeze({
        set: r.set,
        date: r.date.toISOString().slice(0, 10),
        base: r.base,
        quote: r.quote,
        rate: r.rate,
        source: r.source,
      }),
    ),
  ),
);
