import assert from "node:assert/strict";
import { trainingFlop, FLOP_PER_PARAMETER_TOKEN } from "../../src/compute/training-flop.js";
import { throwsText } from "../throws-text.js";

describe("compute/training-flop", () => {
  it("trainingFlop({ activeParams, tokens }) is 6·N·D: DeepSeek-V3 6 × 37e9 × 14.8e12 = 3.2856e24 FLOP", () => {
    assert.equal(FLOP_PER_PARAMETER_TOKEN, 6);
    // 6 × 37 × 14.8 = 3,285.6 → 3.2856e24
    assert.ok(Math.abs(trainingFlop({ activeParams: 37e9, tokens: 14.8e12 }) / 3.2856e24 - 1) < 1e-12);
  });

  it("a dense model counts every parameter: Llama 3.1 405B, 6 × 405e9 × 15.6e12 = 3.7908e25 ≈ the paper's 3.8e25", () => {
    // 6 × 405 × 15.6 = 37,908 → 3.7908e25
    assert.ok(Math.abs(trainingFlop({ activeParams: 405e9, tokens: 15.6e12 }) / 3.7908e25 - 1) < 1e-12);
  });

  it("a mixture of experts counts only the active parameters: V3 with all 671B would be 671 ÷ 37 = 18.1× more", () => {
    const ratio =
      trainingFlop({ activeParams: 671e9, tokens: 14.8e12 }) / trainingFlop({ activeParams: 37e9, tokens: 14.8e12 });
    assert.ok(Math.abs(ratio - 671 / 37) < 1e-12);
  });

  it("refuses what is not a positive finite number, naming it", () => {
    throwsText(
      () => trainingFlop({ activeParams: 0, tokens: 1 }),
      "invalid activeParams: 0 (expected a positive number)",
    );
    throwsText(
      () => trainingFlop({ activeParams: 1, tokens: Number.NaN }),
      "invalid tokens: NaN (expected a positive number)",
    );
    throwsText(
      () => trainingFlop({ activeParams: "37B" as unknown as number, tokens: 1 }),
      'invalid activeParams: "37B" (expected a positive number)',
    );
  });
});
