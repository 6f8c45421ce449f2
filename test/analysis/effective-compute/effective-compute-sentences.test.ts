import assert from "node:assert/strict";
import { estimate } from "../../../src/assumptions/estimate.js";
import { effectiveComputeSentences } from "../../../src/analysis/effective-compute/effective-compute-sentences.js";

describe("analysis/effective-compute/effective-compute-sentences", () => {
  it("effectiveComputeSentences: ¥4–5M against ¥5.5M is 0.73–0.91× the price; at half the speed, 1.45–1.82×", () => {
    const lines = effectiveComputeSentences(estimate({ currency: "JPY" }));
    // ¥4M ÷ ¥5.5M = 0.727, ¥5M ÷ ¥5.5M = 0.909; ÷ 0.5 → 1.455, 1.818
    assert.deepEqual(lines, [
      "An H800 at JPY 4.0M–5.0M against an H100 at JPY 5.5M: 0.73–0.91× its price.",
      "At a speed ratio of 1.0 (the datasheets), one H100's worth of compute bought as H800s costs 0.73–0.91× an H100 (9–27% less).",
      "At a speed ratio of 0.5 (the article), one H100's worth of compute bought as H800s costs 1.45–1.82× an H100 (45–82% more).",
    ]);
    // with one speed ratio given, one sentence for it
    assert.equal(effectiveComputeSentences(estimate({ speedRatio: 1 })).length, 2);
  });
});
