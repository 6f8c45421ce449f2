import type { ColumnTable } from "arquero";
import { quantileSorted } from "d3-array";
import { loadHardwarePrices, type HardwarePriceRow } from "../../data/load-hardware-prices.js";
import { fail } from "../messages.js";
import { isList } from "../../validate/is-list.js";
import { gpuIds } from "../../gpu/catalog.js";
import type { Assumptions } from "../../assumptions/assumptions.js";
import { dayNumber, isoDate } from "../../cost/epoch-method.js";
import { moneyText } from "../../format/text.js";
import { rowsOf } from "../../data/rows-of.js";
import { knownKeys } from "../../validate/known-keys.js";
import { resultOf } from "../../validate/result-of.js";
import { ASSUMPTION_FIELDS } from "../../assumptions/result-fields.js";

/**
 * One dated rental price per GPU-hour, for the chart and the table.
 *
 * @category Rental prices
 */
export interface RentalPriceRow {
  readonly id: string;
  /** `YYYY-MM-DD`; `datePrecision` says whether it is a day, a month or a year. */
  readonly date: string;
  readonly datePrecision: HardwarePriceRow["date_precision"];
  readonly hardware: string;
  readonly formFactor: string;
  readonly basis: HardwarePriceRow["price_basis"];
  readonly provider: string;
  readonly priceUsd: number;
  readonly priceText: string;
  readonly source: string;
  readonly note: string;
  /** Whether the row counts towards `rentalRateRange()` (see its rule). */
  readonly inRange: boolean;
}

/**
 * Options of {@link rentalRateRange}: the year and the GPUs whose prices count.
 *
 * @category Rental prices
 */
export interface RentalRateOptions {
  /** The calendar year whose prices count. Defaults to 2024, the year DeepSeek-V3 trained and was published. */
  readonly year?: number;
  /** The GPUs whose prices count. Defaults to the H100 and the H800, which have the same compute (the H800's own prices are few). */
  readonly hardware?: readonly string[];
}

/**
 * The `rentalRate` range derived from dated prices, with the rows it rests on.
 *
 * @category Rental prices
 */
export interface RentalRateRange {
  readonly low: number;
  readonly median: number;
  readonly high: number;
  readonly currency: "USD";
  /** The prices counted, once each. */
  readonly n: number;
  readonly ids: readonly string[];
  /** The rule in one sentence. */
  readonly rule: string;
}

/**
 * The rental-rate range from dated prices (data/hardware-prices.csv by default), by one rule:
 * 1. rows priced per GPU-hour, for the GPUs asked (H100, H800), in the SXM form DeepSeek used or
 *    unspecified (a market report), so neither PCIe nor NVL cards;
 * 2. dated in the year asked (2024);
 * 3. market prices only: on-demand, committed, capacity blocks and market reports; DeepSeek's own
 *    assumed $2 is left out, since it is the figure being tested;
 * 4. an offer listed several times on one day (same provider, date, basis and price, as NovoNimbus's
 *    four listings of 2024-02-14) counts once;
 * then the lowest, the median and the highest price.
 *
 * `rentalRateRange()` → { low: 2, median: 3.49, high: 4.916, n: 13, … }
 *
 * @category Rental prices
 */
export function rentalRateRange(
  table: ColumnTable = loadHardwarePrices(),
  options: RentalRateOptions = {},
): RentalRateRange {
  knownKeys(options, ["year", "hardware"], "options");
  const { year = 2024, hardware = ["H100", "H800"] } = options;
  if (!Number.isInteger(year)) fail("notPositiveWhole", { name: "year", value: year });
  if (!isList(hardware) || hardware.length === 0 || !hardware.every((h) => gpuIds().includes(h)))
    fail("notListOf", { name: "hardware", value: hardware, choices: gpuIds() });
  const rows = countedRows(rowsOf<HardwarePriceRow>(table, "table"), year, hardware);
  if (rows.length === 0) fail("noRentalPrices", { hardware, year });
  const prices = Float64Array.from(rows.map((r) => r.price_usd)).sort();
  const median = quantileSorted(prices as unknown as number[], 0.5) as number;
  return {
    low: prices[0]!,
    median,
    high: prices[prices.length - 1]!,
    currency: "USD",
    n: rows.length,
    ids: rows.map((r) => r.id),
    rule: `every ${hardware.join(" or ")} price per GPU-hour of ${year} (SXM, or a market report), market prices only (DeepSeek's own assumed $2 left out), an offer listed twice on one day counted once: ${rows.length} prices, lowest ${moneyText(prices[0]!, prices[0]!, "USD")}, median ${moneyText(median, median, "USD")}, highest ${moneyText(prices[prices.length - 1]!, prices[prices.length - 1]!, "USD")}`,
  };
}

/**
 * Every rental price per GPU-hour of the GPUs asked, in date order, with what each is and whether
 * it counts towards {@link rentalRateRange} under the same options.
 *
 * @example
 * rentalPriceRows().length; // the dated 2024 H100/H800 prices per GPU-hour behind rentalRate
 *
 * @category Rental prices
 */
export function rentalPriceRows(
  table: ColumnTable = loadHardwarePrices(),
  options: RentalRateOptions = {},
): RentalPriceRow[] {
  knownKeys(options, ["year", "hardware"], "options");
  const { year = 2024, hardware = ["H100", "H800"] } = options;
  const all = rowsOf<HardwarePriceRow>(table, "table");
  const counted = new Set(countedRows(all, year, hardware).map((r) => r.id));
  return all
    .filter((r) => r.per === "gpu-hour" && hardware.includes(r.hardware))
    .sort((x, y) => x.date.getTime() - y.date.getTime())
    .map((r) => ({
      id: r.id,
      date: r.date.toISOString().slice(0, 10),
      datePrecision: r.date_precision,
      hardware: r.hardware,
      formFactor: r.form_factor,
      basis: r.price_basis,
      provider: r.provider ?? "",
      priceUsd: r.price_usd,
      priceText: moneyText(r.price_usd, r.price_usd, "USD"),
      source: r.source,
      note: r.note ?? "",
      inRange: counted.has(r.id),
    }));
}

function countedRows(rows: readonly HardwarePriceRow[], year: number, hardware: readonly string[]): HardwarePriceRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const counts =
      r.per === "gpu-hour" &&
      hardware.includes(r.hardware) &&
      (r.form_factor === "SXM" || r.form_factor === "unspecified") &&
      r.date.getUTCFullYear() === year &&
      r.price_basis !== "assumed-rental";
    if (!counts) return false;
    const offer = `${r.provider ?? ""}|${r.date.toISOString()}|${r.price_basis}|${r.price_usd}`;
    if (seen.has(offer)) return false;
    seen.add(offer);
    return true;
  });
}

/**
 * The final run's dates, for the rental-price chart: from `trainingStart` for the GPU-hours spread
 * over the cluster's GPUs around the clock (2,788,000 h ÷ 2,048 GPUs ÷ 24 = 56.7 days → 2024-09-01
 * to 2024-10-28), and the date of DeepSeek-V3's report.
 *
 * @example
 * trainingWindow(assumptions()); // { start: "2024-09-01", end: …, published: "2024-12-27" }
 *
 * @category Rental prices
 */
export function trainingWindow(
  a: Assumptions,
  options: { gpus?: number } = {},
): { start: string; end: string; published: string } {
  resultOf(a, ASSUMPTION_FIELDS, "a", "assumptions()");
  knownKeys(options, ["gpus"], "options");
  const { gpus = a.case.runGpus ?? a.gpuCount.low } = options;
  if (!(Number.isInteger(gpus) && gpus > 0)) fail("notPositiveWhole", { name: "gpus", value: gpus });
  const days = a.gpuHours.high / gpus / 24;
  return { start: a.trainingStart, end: isoDate(dayNumber(a.trainingStart) + days), published: a.case.published };
}
