import { fail } from "./messages.js";
import { electricityPriceIn } from "../data/electricity-price.js";

/**
 * Which year's electricity price a run is charged: the year its training started
 * (`training-start`, this project's default, the year the power was used) or the year it was
 * published (`publication`, what Epoch AI's code does: `pub_year = row['Publication date'].year`,
 * passed to `energy_price`, cost_analysis_standalone.py:1189–1192 @ 263c40a, although the
 * function's docstring describes its argument as the "year in which the training run was
 * conducted", line 1144). Both readings are Epoch's; they differ only for a run trained in one
 * year and published in the next.
 */
export const electricityYears = ["training-start", "publication"] as const;
/**
 * `"training-start"` (this project's default) or `"publication"` (how Epoch's code calls `energy_price`).
 *
 * @category Cost views
 */
export type ElectricityYear = (typeof electricityYears)[number];

/**
 * The default price of a kWh, US dollars: the US industrial average in data/electricity-prices.csv
 * (Epoch AI's `energy_price` series, EIA) for `year`. The one definition of the electricity
 * default: `amortizedCost()` and `assumptions()` both call it. `basis` names the date the year
 * comes from, for the message when the series has no such year.
 *
 * `defaultElectricityPrice(2024, "trainingStart")` → 0.0771
 */
export function defaultElectricityPrice(year: number, basis: "trainingStart" | "published"): number {
  const price = electricityPriceIn(year);
  if (price === undefined) fail("noElectricityPrice", { year, basis });
  return price;
}

/** The year an electricity price is keyed by: of `trainingStart`, or of `published` for `"publication"`. */
export function electricityYearOf(
  electricityYear: ElectricityYear,
  { trainingStart, published }: { trainingStart: string; published: string },
): { year: number; basis: "trainingStart" | "published" } {
  return electricityYear === "publication"
    ? { year: Number(published.slice(0, 4)), basis: "published" }
    : { year: Number(trainingStart.slice(0, 4)), basis: "trainingStart" };
}
