import assert from "node:assert/strict";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { assumptionSpecs } from "../../src/assumptions/specs.js";
import { assumptionUncertainties } from "../../src/assumptions/uncertainties.js";
import { quantitativeAssumptions, uncertaintyOf } from "../../src/assumptions/uncertainty-of.js";
import { caseCost, centralCase, withInput } from "../../src/assumptions/central-case.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { costViewNames } from "../../src/cost/cost-view.js";
import { dayNumber } from "../../src/cost/epoch-method.js";
import { rentalRateRange } from "../../src/analysis/prices/rental-prices.js";

describe("assumptions/uncertainty-of", () => {
  it("every quantitative assumption has a documented uncertainty with a source, and only those", () => {
    const quantitative = Object.entries(assumptionSpecs)
      .filter(([, s]) => s.kind.kind !== "choice")
      .map(([n]) => n);
    assert.deepEqual(quantitativeAssumptions, quantitative);
    for (const name of quantitativeAssumptions) assert.ok(assumptionUncertainties[name].source.length > 40, name);
  });

  it("every documented range holds the default, so the central case is inside it", () => {
    const a = assumptions();
    for (const name of quantitativeAssumptions) {
      const u = uncertaintyOf(a, name);
      assert.ok(u.low <= u.central && u.central <= u.high, name);
      assert.equal(u.from, "documented", name);
    }
  });

  it("the documented rental range is the one derived from the dated prices: lowest, median, highest of 2024", () => {
    const derived = rentalRateRange();
    const doc = assumptionUncertainties.rentalRate;
    assert.deepEqual([doc.low, doc.mode, doc.high], [derived.low, derived.median, derived.high]);
    assert.deepEqual(assumptionSpecs.rentalRate.default, { low: derived.low, high: derived.high, currency: "USD" });
  });

  it("uncertaintyOf: documented while at the default, a given range drawn across, a given value held", () => {
    const pue = uncertaintyOf(assumptions(), "pue");
    assert.deepEqual(
      [pue.central, pue.low, pue.high, pue.distribution],
      [1.25, 1.1, 1.4, { kind: "triangular", low: 1.1, mode: 1.25, high: 1.4 }],
    );
    const range = uncertaintyOf(assumptions({ pue: [1.2, 1.3] }), "pue");
    assert.deepEqual(
      [range.from, range.central, range.distribution],
      ["given range", 1.25, { kind: "uniform", low: 1.2, high: 1.3 }],
    );
    const held = uncertaintyOf(assumptions({ pue: 1.3 }), "pue");
    assert.deepEqual(
      [held.from, held.low, held.high, held.distribution],
      ["given value", 1.3, 1.3, { kind: "point", value: 1.3 }],
    );
    // dates as day numbers; a price keeps its own currency
    const start = uncertaintyOf(assumptions(), "trainingStart");
    assert.deepEqual([start.date, start.central], [true, dayNumber("2024-09-01")]);
    assert.equal(uncertaintyOf(assumptions(), "gpuPrice").currency, "JPY");
  });

  it("a default derived from another assumption keeps its documented uncertainty, centred on the new default", () => {
    // trainingStart in 2023 prices the electricity at 2023's $0.0806, still drawn from $0.056–$0.091
    const u = uncertaintyOf(assumptions({ trainingStart: "2023-11-01" }), "electricityPrice");
    assert.deepEqual([u.from, u.central, u.low, u.high], ["documented", 0.0806, 0.056, 0.091]);
  });
});

describe("assumptions/central-case", () => {
  it("caseCost gives every view as estimate() does at the same point", () => {
    const point = {
      gpuCount: 2500,
      gpuPrice: { low: 4.5e6, high: 4.5e6, currency: "JPY" as const },
      rentalRate: 3.49,
      valuation: "training-start",
    };
    const e = estimate(point);
    const c = centralCase(assumptions(point));
    for (const view of costViewNames) {
      const expected = e[view]!.low;
      assert.ok(Math.abs(caseCost(c, view) - expected) <= expected * 1e-12, view);
    }
  });

  it("withInput moves one input in its own unit and currency: ¥5M is $32,970.7 at 151.65", () => {
    const c = withInput(centralCase(assumptions()), "gpuPrice", 5e6);
    assert.ok(Math.abs(c.values.gpuPrice - 5e6 / 151.65) < 1e-9);
  });
});
