import assert from "node:assert/strict";
import {
  amortizedCostOfHours,
  chargedShare,
  clusterValue,
  dayNumber,
  isoDate,
  valueAtTrainingStart,
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
      [0.14, 0.19, 1.64, 10.2 / 8 / 0.7, 0.75, 1.25, 8766],
    );
  });

  it("the server power ratio is exactly Epoch's (10.2 kW ÷ 8 GPUs) ÷ 0.7 kW, not the docstring's rounded 1.82", () => {
    // 10.2 ÷ 8 = 1.275 kW per GPU; ÷ 0.7 kW = 1.821428…
    close(SERVER_POWER_RATIO, 1.8214285714, 1e-10);
    assert.notEqual(SERVER_POWER_RATIO, 1.82);
  });

  it("dayNumber and isoDate turn ISO dates into days since 1970-01-01 and back", () => {
    // 2024-09-01: 54 years … counted by Date: 19,967 days
    assert.equal(dayNumber("2024-09-01"), 19_967);
    assert.equal(dayNumber("2024-09-01") - dayNumber("2023-06-19"), 440);
    assert.equal(isoDate(19_967), "2024-09-01");
    assert.equal(isoDate(19_967.9), "2024-09-01");
  });

  it("valueAtTrainingStart: 10^(−rate × days ÷ 365.25), and nothing lost when training starts before the purchase", () => {
    // 440 days ÷ 365.25 = 1.204654 years; × 0.14 = 0.168652 orders of magnitude; 10^−0.168652 = 0.678185
    close(valueAtTrainingStart(dayNumber("2023-06-19"), dayNumber("2024-09-01"), 0.14), 0.678185, 1e-6);
    // one year of 365.25 days at 0.14: 10^−0.14 = 0.724436
    close(valueAtTrainingStart(0, 365.25, 0.14), 0.724436, 1e-6);
    assert.equal(valueAtTrainingStart(100, 50, 0.14), 1);
    // only the price-performance method with training-start valuation uses it
    assert.equal(chargedShare("price-performance", "purchase", 0, 365.25, 0.14), 1);
    assert.equal(chargedShare("straight-line", "training-start", 0, 365.25, 0.14), 1);
    close(chargedShare("price-performance", "training-start", 0, 365.25, 0.14), 0.724436, 1e-6);
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
    // with the exact ratio: 0.7 kW × (1.275 ÷ 0.7) = 1.275 kW; × 0.75 × 1.25 = 1.1953125 kWh
    close(energyKwh(1, 700, SERVER_POWER_RATIO, 0.75, 1.25), 1.1953125, 1e-12);
    // 0.7 kW × 1.82 × 0.75 × 1.25 = 1.194375 kWh
    close(energyKwh(1, 700, 1.82, 0.75, 1.25), 1.194375, 1e-12);
    // 2,788,000 GPU-hours × 1.194375 kWh = 3,329,917.5 kWh
    close(energyKwh(2_788_000, 700, 1.82, 0.75, 1.25), 3_329_917.5, 1e-6);
  });
});
