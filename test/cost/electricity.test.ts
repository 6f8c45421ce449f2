import assert from "node:assert/strict";
import { amortizedCost } from "../../src/cost/amortized.js";
import { defaultElectricityPrice, electricityYearOf } from "../../src/cost/electricity.js";
import { defaultOf } from "../../src/assumptions/assumptions.js";
import { throwsText } from "../throws-text.js";

describe("cost/electricity", () => {
  it("one default: amortizedCost() and assumptions() both price a kWh from data/electricity-prices.csv, $0.0771 for 2024", () => {
    assert.equal(defaultElectricityPrice(2024, "trainingStart"), 0.0771);
    assert.deepEqual(defaultOf("electricityPrice"), { low: 0.0771, high: 0.0771, currency: "USD" });
    const base = { gpuHours: 1_000_000, gpuPrice: 30_000, tdpWatts: 700 };
    // without a date or a price, the default run's year (2024): the energy line reads $0.0771 a kWh
    assert.match(amortizedCost(base).breakdown[2]!.formula, /× 0\.0771 USD per kWh$/);
    // a run started in 2023: $0.0806
    assert.match(
      amortizedCost({ ...base, trainingStart: "2023-05-01" }).breakdown[2]!.formula,
      /× 0\.0806 USD per kWh$/,
    );
  });

  it("the year is a choice: training start (this project's) or publication (how Epoch's code calls energy_price)", () => {
    const dates = { trainingStart: "2023-11-01", published: "2024-02-01" };
    assert.deepEqual(electricityYearOf("training-start", dates), { year: 2023, basis: "trainingStart" });
    assert.deepEqual(electricityYearOf("publication", dates), { year: 2024, basis: "published" });
    const base = { gpuHours: 1_000_000, gpuPrice: 30_000, tdpWatts: 700, ...dates };
    assert.match(
      amortizedCost({ ...base, electricityYear: "publication" }).breakdown[2]!.formula,
      /× 0\.0771 USD per kWh$/,
    );
    // 2023 (training start) against 2024 (publication) in the assumptions' default too
    assert.equal(
      defaultOf("electricityPrice", { trainingStart: "2023-11-01", electricityYear: "training-start" }).low,
      0.0806,
    );
  });

  it("a year the series lacks, or publication keying without a date, is refused by name", () => {
    throwsText(
      () => defaultElectricityPrice(2031, "trainingStart"),
      "invalid electricityPrice: undefined (expected US dollars per kWh: data/electricity-prices.csv has no price for 2031, the year of trainingStart, so give electricityPrice)",
    );
    throwsText(
      () => amortizedCost({ gpuHours: 1, gpuPrice: 1, tdpWatts: 700, electricityYear: "publication" }),
      "invalid published: undefined (expected a date as YYYY-MM-DD or a valid Date)",
    );
    throwsText(
      () => amortizedCost({ gpuHours: 1, gpuPrice: 1, tdpWatts: 700, electricityYear: "pub" as never }),
      'invalid electricityYear: "pub" (expected one of training-start, publication)',
    );
  });
});
