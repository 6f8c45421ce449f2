import assert from "node:assert/strict";
import {
  amortizedCostOfHours,
  clusterValue,
  depreciationPerHour,
  energyKwh,
  HOURS_PER_YEAR,
  interconnectValue,
  INTERCONNECT_FRACTION,
  POWER_FRACTION,
  PRICE_OOMS_PER_YEAR,
  PUE,
  SERVER_OVERHEAD,
  SERVER_POWER_RATIO,
} from "../../src/cost/epoch-method.js";

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

describe("cost/epoch-method", () => {
  it("the defaults are Epoch's constants", () => {
    assert.deepEqual(
      [
        PRICE_OOMS_PER_YEAR,
        INTERCONNECT_FRACTION,
        SERVER_OVERHEAD,
        SERVER_POWER_RATIO,
        POWER_FRACTION,
        PUE,
        HOURS_PER_YEAR,
      ],
      [0.14, 0.19, 1.64, 1.82, 0.75, 1.25, 8766],
    );
  });

  it("amortizedCostOfHours is the amortized view's formula on plain numbers", () => {
    const perHour = depreciationPerHour("price-performance", 0.14, 5);
    // the worked case of cost/amortized: $6,227,520 of capex + $275,051.19 of energy
    close(
      amortizedCostOfHours(2_788_000, 30_000, 1.64, 0.19, perHour, 700, 1.82, 0.75, 1.25, 0.0826),
      6_502_570.9,
      0.1,
    );
  });

  it("clusterValue(price, overhead, f) = price × overhead ÷ (1 − f), per GPU or for a fleet", () => {
    // $30,000 × 1.64 = $49,200 of server; ÷ (1 − 0.19) = $60,740.74 with the interconnect
    close(clusterValue(30_000, 1.64, 0.19), 60_740.74, 0.01);
    close(clusterValue(30_000, 1, 0), 30_000, 1e-9);
  });

  it("interconnectValue(serverValue, f) is the rest of a total of which it is f: serverValue × f ÷ (1 − f)", () => {
    // $49,200 × 0.19 ÷ 0.81 = $11,540.74; with the servers it makes $60,740.74, of which 19% is $11,540.74
    close(interconnectValue(49_200, 0.19), 11_540.74, 0.01);
    close(interconnectValue(49_200, 0.19) / (49_200 + interconnectValue(49_200, 0.19)), 0.19, 1e-12);
  });

  it("depreciationPerHour: 0.14 · ln 10 ÷ 8,766 by the trend, 1 ÷ (years × 8,766) straight-line", () => {
    // 0.14 × 2.302585 ÷ 8,766 = 3.67741e-5
    close(depreciationPerHour("price-performance", 0.14, 5), 3.67741e-5, 1e-10);
    // 1 ÷ (5 × 8,766) = 1 ÷ 43,830 = 2.28154e-5
    close(depreciationPerHour("straight-line", 0.14, 5), 1 / 43_830, 1e-15);
  });

  it("energyKwh: GPU-hours × TDP × serverPowerRatio × powerFraction × PUE ÷ 1000", () => {
    // 0.7 kW × 1.82 × 0.75 × 1.25 = 1.194375 kWh
    close(energyKwh(1, 700, 1.82, 0.75, 1.25), 1.194375, 1e-12);
    // 2,788,000 GPU-hours × 1.194375 kWh = 3,329,917.5 kWh
    close(energyKwh(2_788_000, 700, 1.82, 0.75, 1.25), 3_329_917.5, 1e-6);
  });
});
