import assert from "node:assert/strict";
import { reportedCost, totalGpuHours } from "../../src/cost/reported.js";
import { defaultRun } from "../../src/cost/default-run.js";

describe("cost/reported", () => {
  it("reportedCost() reproduces DeepSeek-V3's Table 1 exactly", () => {
    const view = reportedCost();
    // 2,664,000 h × $2 = $5,328,000; 119,000 h × $2 = $238,000; 5,000 h × $2 = $10,000
    assert.deepEqual(
      view.breakdown.map((l) => [l.label, l.low]),
      [
        ["Pre-training", 5_328_000],
        ["Context extension", 238_000],
        ["Post-training", 10_000],
      ],
    );
    // 2,664K + 119K + 5K = 2,788K GPU-hours; × $2 = $5,576,000
    assert.equal(totalGpuHours(defaultRun().stages), 2_788_000);
    assert.deepEqual([view.low, view.high, view.currency], [5_576_000, 5_576_000, "USD"]);
  });

  it("reportedCost takes other stages and rates", () => {
    // R1 (Nature 2025 supplement): 101K + 41K + 5K = 147K GPU-hours × $2 = $294K
    const r1 = reportedCost({
      stages: [
        { stage: "R1-Zero", gpuHours: 101_000 },
        { stage: "R1", gpuHours: 41_000 },
        { stage: "SFT data", gpuHours: 5_000 },
      ],
    });
    assert.equal(r1.low, 294_000);
  });

  it("reportedCost checks its stages", () => {
    assert.throws(() => reportedCost({ stages: [] }), {
      message: "invalid stages: [] (expected a non-empty list of { stage, gpuHours })",
    });
    assert.throws(() => reportedCost({ stages: [{ stage: "Pre-training", gpuHours: -1 }] }), {
      message: "invalid stages[0].gpuHours: -1 (expected a positive number of GPU-hours)",
    });
    assert.throws(() => reportedCost({ stages: [{ stage: "", gpuHours: 1 }] }), {
      message: 'invalid stages[0].stage: "" (expected a non-empty string)',
    });
  });
});
