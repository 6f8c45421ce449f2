import assert from "node:assert/strict";
import { headlineDraws } from "../../../src/analysis/headline/headline-draws.js";
import { assumptions } from "../../../src/assumptions/assumptions.js";
import { simulate } from "../../../src/assumptions/simulate.js";
import { quantile } from "../../../src/uncertainty/summary.js";

describe("analysis/headline/headline-draws", () => {
  it("headlineDraws(sim, reported) gives each view's R-7 5th, 50th and 95th percentiles and the share below the reported figure", () => {
    const sim = simulate(assumptions(), { n: 4000, seed: 3 });
    const d = headlineDraws(sim, 5_576_000);
    for (const view of ["rental", "amortized", "programme"] as const)
      assert.deepEqual(d[view], {
        p05: quantile(sim[view], 0.05),
        p50: quantile(sim[view], 0.5),
        p95: quantile(sim[view], 0.95),
      });
    const below = sim.amortized.filter((x) => x < 5_576_000).length;
    assert.deepEqual([d.n, d.seed, d.amortizedBelowReported], [4000, 3, below / 4000]);
    assert.equal(headlineDraws(sim).amortizedBelowReported, undefined);
  });
});
