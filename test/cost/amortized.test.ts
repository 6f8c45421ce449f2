import assert from "node:assert/strict";
import { amortizedCost } from "../../src/cost/amortized.js";
import { depreciationPerHour } from "../../src/cost/epoch-method.js";
import { money } from "../../src/money/money.js";

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

describe("cost/amortized", () => {
  it("amortizedCost follows Epoch's method (Cottier et al. 2024), worked by hand for a $30,000 GPU", () => {
    const view = amortizedCost({
      gpuHours: 2_788_000,
      gpuPrice: money(30_000, "USD"),
      tdpWatts: 700,
      electricityPrice: money(0.0826, "USD"),
    });
    // hardware per GPU: $30,000 × 1.64 ÷ (1 − 0.19) = $60,740.74
    // per GPU-hour: 0.14 × ln 10 ÷ 8,766 h = 3.67741e-5 of value → $60,740.74 × 3.67741e-5 = $2.23369 per GPU-hour
    // capex: 2,788,000 h × $2.23369 = $6,227,520
    // energy: 2,788,000 h × 0.7 kW × (10.2 kW ÷ 8 ÷ 0.7 kW) × 0.75 × 1.25 = 2,788,000 × 1.275 × 0.9375
    //   = 3,332,531.25 kWh × $0.0826 = $275,267.08
    // total: $6,227,520 + $275,267 = $6,502,787
    close(view.low, 6_502_787, 1);
    assert.equal(view.low, view.high);
    const [servers, network, energy] = view.breakdown;
    close(servers!.low + network!.low, 6_227_520, 1);
    close(energy!.low, 275_267.08, 0.01);
    assert.equal(energy!.formula, "3,332,531 kWh × 0.0826 USD per kWh");
    // the interconnect line is reproducible from the line above it: × 0.19 ÷ 0.81
    close(network!.low, (servers!.low * 0.19) / 0.81, 1e-6);
  });

  it("straight-line depreciation spreads value over lifetimeYears × 8,766 h", () => {
    const view = amortizedCost({
      gpuHours: 2_788_000,
      gpuPrice: money(30_000, "USD"),
      tdpWatts: 700,
      electricityPrice: money(0.0826, "USD"),
      depreciation: "straight-line",
      lifetimeYears: 5,
    });
    // capex: 2,788,000 h × $60,740.74 ÷ (5 × 8,766 h) = $3,863,682; + energy $275,267 = $4,138,949
    close(view.low, 3_863_682 + 275_267.08, 1);
    // 1 ÷ (5 × 8,766) = 2.2815e-5 of value per hour
    close(depreciationPerHour("straight-line", 0, 5), 1 / 43_830, 1e-15);
  });

  it("amortizedCost gives a range whose ends come from the inputs' ends, whichever way they push", () => {
    const view = amortizedCost({
      gpuHours: 2_788_000,
      gpuPrice: money(30_000, "USD"),
      tdpWatts: 700,
      depreciation: "straight-line",
      lifetimeYears: [4, 6],
    });
    // a longer life lowers the cost per hour: low end at 6 years, high end at 4 years
    const capex = (years: number) => (2_788_000 * 60_740.74074) / (years * 8766);
    // no date and no price: the default run's year, 2024 (trainingStart 2024-09-01): 2,788,000 h × 1.275 kW × 0.75 × 1.25 × $0.0771
    const energy = 2_788_000 * 1.1953125 * 0.0771;
    close(view.low, capex(6) + energy, 1);
    close(view.high, capex(4) + energy, 1);
  });

  it("valued at training start, the hardware is worth price × 10^(−0.14 × years since purchase), as Epoch's get_hardware_value_at_training_start", () => {
    const base = {
      gpuHours: 2_788_000,
      gpuPrice: money(30_000, "USD"),
      tdpWatts: 700,
      electricityPrice: money(0.0826, "USD"),
    };
    const atPurchase = amortizedCost(base);
    const atStart = amortizedCost({
      ...base,
      valuation: "training-start",
      purchaseDate: "2023-06-19",
      trainingStart: "2024-09-01",
    });
    // 2023-06-19 → 2024-06-19 is 366 days (2024 is a leap year), + 74 to 2024-09-01 = 440 days ÷ 365.25 = 1.204654 years
    // 10^(−0.14 × 1.204654) = 10^(−0.168652) = 0.678185: the capex ($6,227,520) shrinks to $4,223,412
    const share = 10 ** ((-0.14 * 440) / 365.25);
    close(share, 0.678185, 1e-6);
    const energy = 275_267.08;
    close(atStart.low, (atPurchase.low - energy) * share + energy, 1e-3);
    close(atStart.low, 4_223_412 + energy, 2);
    // a start before the purchase is the purchase day: no depreciation (Epoch: "training can only start after acquisition")
    const early = amortizedCost({
      ...base,
      valuation: "training-start",
      purchaseDate: "2024-09-01",
      trainingStart: "2023-06-19",
    });
    close(early.low, atPurchase.low, 1e-6);
    // straight-line charges price ÷ life per hour whenever the run falls in the life: the valuation does not change it
    const straight = { ...base, depreciation: "straight-line" as const };
    close(
      amortizedCost({
        ...straight,
        valuation: "training-start",
        purchaseDate: "2023-06-19",
        trainingStart: "2024-09-01",
      }).low,
      amortizedCost(straight).low,
      1e-9,
    );
  });

  it("amortizedCost checks its inputs", () => {
    const base = { gpuHours: 2_788_000, gpuPrice: money(30_000, "USD"), tdpWatts: 700 };
    assert.throws(() => amortizedCost({ ...base, depreciation: "double-declining" as never }), {
      message: 'invalid depreciation: "double-declining" (expected one of price-performance, straight-line)',
    });
    assert.throws(() => amortizedCost({ ...base, pue: 0.9 }), {
      message: 'invalid pue: 0.9 (expected a number ≥ 1, or a range of them as [low, high] or {"low": …, "high": …})',
    });
    assert.throws(() => amortizedCost({ ...base, electricityPrice: money(0.4, "CNY") }), {
      message: "cannot combine USD and CNY amounts (convert one first)",
    });
    assert.throws(() => amortizedCost({ ...base, valuation: "at-cost" as never }), {
      message: 'invalid valuation: "at-cost" (expected one of purchase, training-start)',
    });
    assert.throws(() => amortizedCost({ ...base, valuation: "training-start", trainingStart: "2024-09-01" }), {
      message: "invalid purchaseDate: undefined (expected a date as YYYY-MM-DD or a valid Date)",
    });
    assert.throws(
      () =>
        amortizedCost({
          ...base,
          valuation: "training-start",
          purchaseDate: "2023-06-19",
          trainingStart: "2024-02-30",
        }),
      { message: 'invalid trainingStart: "2024-02-30" (expected a date as YYYY-MM-DD or a valid Date)' },
    );
  });
});
