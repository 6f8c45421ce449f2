import assert from "node:assert/strict";
import { shownProgramme } from "../../../src/analysis/headline/shown-programme.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { withExperiments } from "../../../src/assumptions/with-experiments.js";

describe("analysis/headline/shown-programme", () => {
  it("shownProgramme(e) at a multiplier of 1 is the final run × Lambert's 2–4, as estimate(withExperiments(a)) gives it", () => {
    const e = estimate();
    const p = shownProgramme(e);
    // $5,732,282 × 2 = $11,464,565; $7,101,119 × 4 = $28,404,474
    assert.deepEqual([p.lambert, p.multiplier], [true, { low: 2, high: 4 }]);
    assert.ok(Math.abs(p.low - 2 * e.amortized.low) < 1e-6 && Math.abs(p.high - 4 * e.amortized.high) < 1e-6);
    const f = estimate(withExperiments(e.assumptions));
    assert.deepEqual([p.low, p.high], [f.programme.low, f.programme.high]);
  });

  it("shownProgramme(e) is the estimate's own programme when the assumptions count experiments", () => {
    const e = estimate({ experimentsMultiplier: 3 });
    const p = shownProgramme(e);
    assert.deepEqual(
      [p.lambert, p.multiplier, p.low, p.high],
      [false, { low: 3, high: 3 }, e.programme.low, e.programme.high],
    );
  });
});
