import assert from "node:assert/strict";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { JUDGED_HOURS_HIGH } from "../../src/assumptions/case-uncertainty.js";
import { uncertaintyOf } from "../../src/assumptions/uncertainty-of.js";
import { dayNumber } from "../../src/cost/epoch-method.js";

describe("assumptions/case-uncertainty", () => {
  it("the hours' uncertainty follows the case: DeepSeek-V3's sourced range, triangular 2,664,000–3,073,120 at 2,788,000", () => {
    const u = uncertaintyOf(assumptions(), "gpuHours");
    assert.deepEqual([u.low, u.central, u.high], [2_664_000, 2_788_000, 3_073_120]);
    assert.match(u.source, /^most likely the reported 2,788K; low: pre-training alone/);
  });

  it("a case whose source gives no range takes this project's stated judgement, shown as such: MiniMax-M1's 258,048 h to 1.25 × = 322,560 h", () => {
    const u = uncertaintyOf(assumptions({ case: "minimax-m1" }), "gpuHours");
    assert.deepEqual([u.low, u.central, u.high], [258_048, 258_048, 258_048 * JUDGED_HOURS_HIGH]);
    assert.equal(258_048 * 1.25, 322_560);
    assert.match(u.source, /^a stated judgement, for want of a range in the source/);
  });

  it("the training start's range is the one rule with Epoch's other gaps: MiniMax-M1 2025-06-16 − 504 h − 180 / 60 / 20 days", () => {
    const u = uncertaintyOf(assumptions({ case: "minimax-m1" }), "trainingStart");
    // 2025-06-16 − 21 days = 2025-05-26; − 180 days = 2024-11-27, − 60 = 2025-03-27, − 20 = 2025-05-06
    assert.deepEqual(
      [u.low, u.central, u.high],
      [dayNumber("2024-11-27"), dayNumber("2025-03-27"), dayNumber("2025-05-06")],
    );
  });

  it("a run's GPU count is held where no source gives a fleet: Sky-T1's 8 H100s", () => {
    const u = uncertaintyOf(assumptions({ case: "sky-t1-32b-preview" }), "gpuCount");
    assert.deepEqual([u.low, u.central, u.high, u.distribution.kind], [8, 8, 8, "point"]);
  });
});
