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
    // energy: 2,788,000 h × 0.7 kW × 1.82 × 0.75 × 1.25 = 3,329,917.5 kWh × $0.0826 = $275,051.19
    // total: $6,227,520 + $275,051 = $6,502,571
    close(view.low, 6_502_571, 1);
    assert.equal(view.low, view.high);
    const [servers, network, energy] = view.breakdown;
    close(servers!.low + network!.low, 6_227_520, 1);
    close(energy!.low, 275_051.19, 0.01);
    assert.equal(energy!.formula, "3,329,918 kWh × 0.0826 USD per kWh");
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
    // capex: 2,788,000 h × $60,740.74 ÷ (5 × 8,766 h) = $3,863,682; + energy $275,051 = $4,138,733
    close(view.low, 3_863_682 + 275_051.19, 1);
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
    const energy = 2_788_000 * 1.194375 * 0.0806;
    close(view.low, capex(6) + energy, 1);
    close(view.high, capex(4) + energy, 1);
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
  });
});
