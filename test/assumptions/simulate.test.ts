import assert from "node:assert/strict";
import { simulate, simulatedAssumptions } from "../../src/assumptions/simulate.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { sampleAll } from "../../src/uncertainty/sample.js";
import { interval90 } from "../../src/uncertainty/summary.js";
import {
  amortizedCostOfHours,
  dayNumber,
  depreciationPerHour,
  valueAtTrainingStart,
} from "../../src/cost/epoch-method.js";

describe("assumptions/simulate", () => {
  it("simulate() with every input frozen gives the estimate at the central values on every draw", () => {
    const a = assumptions({ gpuPrice: 30_000 });
    const s = simulate(a, { n: 1000, freeze: simulatedAssumptions });
    // central values: the default points, the mode of a documented triangular ($3.49 for the rental price)
    const e = estimate({ gpuPrice: 30_000, rentalRate: 3.49 });
    assert.equal(e.amortized.low, e.amortized.high);
    assert.ok(s.amortized.every((x) => Math.abs(x - e.amortized.low) <= e.amortized.low * 1e-12));
    assert.deepEqual(s.programme, s.amortized);
    assert.ok(s.rental.every((x) => Math.abs(x - e.rental.low) <= e.rental.low * 1e-12));
    assert.ok(Object.values(s.from).every((f) => f === "frozen"));
  });

  it("at the defaults every input is drawn from its documented uncertainty, but the two held on purpose", () => {
    const s = simulate({}, { n: 10 });
    const held = simulatedAssumptions.filter((k) => s.distributions[k].kind === "point");
    assert.deepEqual(held, ["tdpWatts", "experimentsMultiplier"]);
    assert.ok(Object.values(s.from).every((f) => f === "documented"));
    assert.deepEqual(s.distributions.pue, { kind: "triangular", low: 1.1, mode: 1.25, high: 1.4 });
    // the GPU price is uniform ¥4–5M, in dollars at 151.65: $26,376.5–$32,970.7
    const price = s.distributions.gpuPrice as { low: number; high: number };
    assert.ok(Math.abs(price.low - 4e6 / 151.65) < 1e-6 && Math.abs(price.high - 5e6 / 151.65) < 1e-6);
    // dates are drawn as day numbers: the H800's sales window, most likely 2023-06-19
    assert.deepEqual(s.distributions.purchaseDate, {
      kind: "triangular",
      low: dayNumber("2023-03-21"),
      mode: dayNumber("2023-06-19"),
      high: dayNumber("2023-10-17"),
    });
  });

  it("simulate(a, { seed }) is reproducible, and another seed gives other draws", () => {
    const one = simulate({}, { n: 5000, seed: 7 });
    const again = simulate({}, { n: 5000, seed: 7 });
    const other = simulate({}, { n: 5000, seed: 8 });
    assert.deepEqual(one.amortized, again.amortized);
    assert.notDeepEqual(one.amortized, other.amortized);
  });

  it("simulate() draws the same values sampleAll() gives, through the cost formula, valued at training start", () => {
    // 10,001 draws: more than two chunks and an odd tail, with a log-normal input (pairs of draws)
    const a = assumptions({ valuation: "training-start", experimentsMultiplier: [2, 4] });
    const s = simulate(a, { n: 10_001, seed: 3 });
    const d = sampleAll(s.distributions, 10_001, { seed: 3 });
    for (const i of [0, 1, 4095, 4096, 8192, 10_000]) {
      const share = valueAtTrainingStart(d.purchaseDate[i]!, d.trainingStart[i]!, d.priceOomsPerYear[i]!);
      const cost = amortizedCostOfHours(
        d.gpuHours[i]!,
        d.gpuPrice[i]! * share,
        d.serverOverhead[i]!,
        d.interconnectFraction[i]!,
        depreciationPerHour("price-performance", d.priceOomsPerYear[i]!, d.lifetimeYears[i]!),
        d.tdpWatts[i]!,
        d.serverPowerRatio[i]!,
        d.powerFraction[i]!,
        d.pue[i]!,
        d.electricityPrice[i]!,
      );
      assert.equal(s.amortized[i], cost);
      assert.equal(s.programme[i], cost * d.experimentsMultiplier[i]!);
      assert.equal(s.rental[i], d.gpuHours[i]! * d.rentalRate[i]!);
    }
  });

  it("drawing every input widens the amortized interval beyond the GPU price's alone", () => {
    const all = interval90(simulate({}, { n: 20_000, seed: 1 }).amortized)!;
    const priceOnly = interval90(
      simulate({}, { n: 20_000, seed: 1, freeze: simulatedAssumptions.filter((k) => k !== "gpuPrice") }).amortized,
    )!;
    assert.ok(all.high - all.low > 2 * (priceOnly.high - priceOnly.low));
    // the GPU price alone stays within the estimate's range, which varies the price only
    const e = estimate();
    assert.ok(priceOnly.low >= e.amortized.low && priceOnly.high <= e.amortized.high);
  });

  it("a value the user sets is held, a range the user sets is drawn across", () => {
    const s = simulate({ pue: 1.3, lifetimeYears: [4, 6] }, { n: 10 });
    assert.deepEqual([s.from.pue, s.distributions.pue], ["given value", { kind: "point", value: 1.3 }]);
    assert.deepEqual(
      [s.from.lifetimeYears, s.distributions.lifetimeYears],
      ["given range", { kind: "uniform", low: 4, high: 6 }],
    );
  });

  it("simulate() checks its options", () => {
    assert.throws(() => simulate({}, { n: -1 }), {
      message: "invalid n: -1 (expected a whole number from 0 to 100000000)",
    });
    assert.throws(() => simulate({}, { seed: 1.5 }), {
      message: "invalid seed: 1.5 (expected a whole number from 0 to 2^53 − 1)",
    });
    assert.throws(() => simulate({}, { distributions: { gpuCount: { kind: "point", value: 1 } } as never }), {
      message: `invalid distributions: "gpuCount" (expected one of ${simulatedAssumptions.join(", ")})`,
    });
    assert.throws(() => simulate({}, { freeze: ["gpuCount"] as never }), {
      message: `invalid freeze[0]: "gpuCount" (expected one of ${simulatedAssumptions.join(", ")})`,
    });
  });
});
