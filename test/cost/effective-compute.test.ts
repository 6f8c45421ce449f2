import assert from "node:assert/strict";
import { effectiveCompute } from "../../src/cost/effective-compute.js";

describe("cost/effective-compute", () => {
  it("effectiveCompute divides cost per GPU-hour by the speed ratio (1.0 datasheet, 0.5 article)", () => {
    const view = effectiveCompute({ gpuHours: 2_788_000, speedRatio: [0.5, 1], costPerGpuHour: 2 });
    // at 1.0: $2 ÷ 1 = $2 per H100-hour; at 0.5: $2 ÷ 0.5 = $4
    assert.deepEqual([view.costPerH100Hour.low, view.costPerH100Hour.high], [2, 4]);
    // 2,788,000 H800-hours × 0.5 = 1,394,000 H100-hours of work; × 1.0 = 2,788,000
    assert.deepEqual(view.h100EquivalentHours, { low: 1_394_000, high: 2_788_000 });
  });

  it("effectiveCompute checks the speed ratio", () => {
    assert.throws(() => effectiveCompute({ gpuHours: 1, speedRatio: 0, costPerGpuHour: 2 }), {
      message:
        'invalid speedRatio: 0 (expected a positive number, or a range of them as [low, high] or {"low": …, "high": …})',
    });
  });
});
