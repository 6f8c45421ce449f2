import assert from "node:assert/strict";
import { simulate, defaultDistribution } from "../../src/assumptions/simulate.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { sampleAll } from "../../src/uncertainty/sample.js";
import { interval90, mean } from "../../src/uncertainty/summary.js";
import { range } from "../../src/range/range.js";
import { amortizedCostOfHours, depreciationPerHour } from "../../src/cost/epoch-method.js";

describe("assumptions/simulate", () => {
  it("simulate() with every input a point gives the estimate's amortized figure on every draw", () => {
    const a = assumptions({ gpuPrice: 30_000 });
    const s = simulate(a, { n: 1000 });
    const e = estimate(a);
    assert.equal(e.amortized.low, e.amortized.high);
    assert.ok(s.amortized.every((x) => Math.abs(x - e.amortized.low) <= e.amortized.low * 1e-12));
    assert.deepEqual(s.programme, s.amortized);
  });

  it("simulate(a, { seed }) is reproducible, and another seed gives other draws", () => {
    const one = simulate({}, { n: 5000, seed: 7 });
    const again = simulate({}, { n: 5000, seed: 7 });
    const other = simulate({}, { n: 5000, seed: 8 });
    assert.deepEqual(one.amortized, again.amortized);
    assert.notDeepEqual(one.amortized, other.amortized);
  });

  it("simulate() draws the same values sampleAll() gives, through the cost formula", () => {
    // 10,001 draws: more than two chunks and an odd tail, with a log-normal input (pairs of draws)
    const a = assumptions({ gpuPrice: [25_000, 40_000], experimentsMultiplier: [2, 4], pue: [1.1, 1.4] });
    const s = simulate(a, { n: 10_001, seed: 3 });
    const d = sampleAll(s.distributions, 10_001, { seed: 3 });
    const perHour = depreciationPerHour("price-performance", 0.14, 5);
    for (const i of [0, 1, 4095, 4096, 8192, 10_000]) {
      const cost = amortizedCostOfHours(
        d.gpuHours[i]!,
        d.gpuPrice[i]!,
        d.serverOverhead[i]!,
        d.interconnectFraction[i]!,
        perHour,
        d.tdpWatts[i]!,
        d.serverPowerRatio[i]!,
        d.powerFraction[i]!,
        d.pue[i]!,
        d.electricityPrice[i]!,
      );
      assert.equal(s.amortized[i], cost);
      assert.equal(s.programme[i], cost * d.experimentsMultiplier[i]!);
    }
  });

  it("simulate() stays within the estimate's range, and its 90% interval lies inside it", () => {
    const a = assumptions({ gpuPrice: [25_000, 40_000], pue: [1.1, 1.4] });
    const s = simulate(a, { n: 20_000 });
    const e = estimate(a);
    assert.ok(s.amortized.every((x) => x >= e.amortized.low * (1 - 1e-12) && x <= e.amortized.high * (1 + 1e-12)));
    const i90 = interval90(s.amortized)!;
    assert.ok(i90.low > e.amortized.low && i90.high < e.amortized.high);
    // uniform inputs enter the formula linearly, so the mean is near the cost at the midpoints
    const mid = estimate({ gpuPrice: 32_500, pue: 1.25 }).amortized.low;
    assert.ok(Math.abs(mean(s.amortized)! - mid) / mid < 0.01);
  });

  it("defaultDistribution: a point stays a point, the multiplier is log-normal over its 90% interval, other ranges uniform", () => {
    assert.deepEqual(defaultDistribution("pue", range(1.25)), { kind: "point", value: 1.25 });
    assert.deepEqual(defaultDistribution("experimentsMultiplier", range(2, 4)), { kind: "lognormal", p05: 2, p95: 4 });
    assert.deepEqual(defaultDistribution("pue", range(1.1, 1.4)), { kind: "uniform", low: 1.1, high: 1.4 });
  });

  it("simulate() checks its options", () => {
    assert.throws(() => simulate({}, { n: -1 }), {
      message: "invalid n: -1 (expected a whole number from 0 to 100000000)",
    });
    assert.throws(() => simulate({}, { seed: 1.5 }), {
      message: "invalid seed: 1.5 (expected a whole number from 0 to 2^53 − 1)",
    });
    assert.throws(() => simulate({}, { distributions: { gpuCount: { kind: "point", value: 1 } } as never }), {
      message:
        'invalid distributions: "gpuCount" (expected one of gpuHours, gpuPrice, serverOverhead, interconnectFraction, priceOomsPerYear, lifetimeYears, tdpWatts, serverPowerRatio, powerFraction, pue, electricityPrice, experimentsMultiplier)',
    });
  });
});
