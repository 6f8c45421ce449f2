import assert from "node:assert/strict";
import { programmeCost } from "../../src/cost/programme.js";

describe("cost/programme", () => {
  it("programmeCost is the final run × the experiments multiplier", () => {
    // $5,576,000 × 2–4 (Lambert's 2–4× for experiments) = $11,152,000–$22,304,000
    const view = programmeCost({ finalRun: 5_576_000, experimentsMultiplier: [2, 4] });
    assert.deepEqual([view.low, view.high], [11_152_000, 22_304_000]);
    // the trial runs are the part beyond the final run: $5,576,000 × (2 − 1) to × (4 − 1)
    assert.deepEqual([view.breakdown[1]?.low, view.breakdown[1]?.high], [5_576_000, 16_728_000]);
  });

  it("programmeCost refuses a multiplier below 1", () => {
    assert.throws(() => programmeCost({ finalRun: 1, experimentsMultiplier: 0.5 }), {
      message:
        'invalid experimentsMultiplier: 0.5 (expected a number ≥ 1, or a range of them as [low, high] or {"low": …, "high": …})',
    });
  });
});
