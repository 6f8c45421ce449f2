import assert from "node:assert/strict";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { simulate } from "../../src/assumptions/simulate.js";
import { countsFinalRunOnly, EXPERIMENTS_LAMBERT, withExperiments } from "../../src/assumptions/with-experiments.js";
import { loadScenario } from "../../src/node/scenarios.js";

describe("assumptions/with-experiments", () => {
  it("EXPERIMENTS_LAMBERT is the full-programme scenario's multiplier, one fact in two places", async () => {
    const scenario = await loadScenario("full-programme");
    assert.deepEqual(assumptions(scenario.assumptions).experimentsMultiplier, EXPERIMENTS_LAMBERT);
    assert.deepEqual(EXPERIMENTS_LAMBERT, { low: 2, high: 4 });
  });

  it("withExperiments(a) puts Lambert's 2–4 in for a multiplier of 1, and keeps every other assumption", () => {
    const a = assumptions({ gpuCount: 2048, currency: "JPY" });
    assert.ok(countsFinalRunOnly(a));
    const b = withExperiments(a);
    assert.deepEqual(b, { ...a, experimentsMultiplier: EXPERIMENTS_LAMBERT });
    assert.equal(countsFinalRunOnly(b), false);
    // $5.73M–$7.10M × 2–4: the final run is the same, the programme counts the experiments
    const [e, f] = [estimate(a), estimate(b)];
    assert.deepEqual(f.amortized, e.amortized);
    assert.ok(Math.abs(f.programme.low - 2 * e.amortized.low) < 1e-6);
  });

  it("withExperiments(a) leaves a multiplier the assumptions set as it is", () => {
    const a = assumptions({ experimentsMultiplier: [1.5, 3] });
    assert.equal(withExperiments(a), a);
  });

  it("the final run's Monte Carlo draws are the same with the multiplier drawn: each input has its own stream", () => {
    const a = assumptions();
    const [x, y] = [simulate(a, { n: 2000, seed: 1 }), simulate(withExperiments(a), { n: 2000, seed: 1 })];
    assert.deepEqual(y.amortized, x.amortized);
    assert.deepEqual(y.rental, x.rental);
    assert.notDeepEqual(y.programme, x.programme);
  });
});
