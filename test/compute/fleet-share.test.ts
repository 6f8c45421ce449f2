import assert from "node:assert/strict";
import { costPerCompute } from "../../src/compute/cost-per-compute.js";
import { fleetShare, runDays } from "../../src/compute/fleet-share.js";
import { throwsText } from "../throws-text.js";

describe("compute/fleet-share and compute/cost-per-compute", () => {
  it("fleetShare = gpuHours ÷ (fleetGpus × years × 8,766 h): V3's 2.788M hours are 15.9% of 2,000 GPUs' year, 0.64% of 50,000's", () => {
    // 2,000 × 8,766 = 17,532,000 GPU-hours; 2,788,000 ÷ 17,532,000 = 0.15902
    assert.ok(Math.abs(fleetShare({ gpuHours: 2_788_000, fleetGpus: 2_000 }) - 2_788_000 / 17_532_000) < 1e-15);
    // 50,000 × 8,766 = 438,300,000; 2,788,000 ÷ 438,300,000 = 0.006361
    assert.ok(Math.abs(fleetShare({ gpuHours: 2_788_000, fleetGpus: 50_000 }) - 0.006361) < 1e-6);
    // over two years, half the share
    assert.equal(
      fleetShare({ gpuHours: 2_788_000, fleetGpus: 2_000, years: 2 }),
      fleetShare({ gpuHours: 2_788_000, fleetGpus: 2_000 }) / 2,
    );
  });

  it("runDays = gpuHours ÷ GPUs ÷ 24: 2,788,000 ÷ 2,048 ÷ 24 = 56.72 days (the paper: pre-training in under two months)", () => {
    assert.ok(Math.abs(runDays({ gpuHours: 2_788_000, gpuCount: 2_048 }) - 56.722) < 0.001);
  });

  it("costPerCompute = cost ÷ (flop ÷ 1e24): GPT-4's $40,695,706.40 over 2.1e25 FLOP is $1,937,890.78 per 1e24", () => {
    // 40,695,706.40 ÷ 21 = 1,937,890.78
    assert.ok(Math.abs(costPerCompute({ cost: 40_695_706.4, flop: 2.1e25 }) - 1_937_890.78) < 0.01);
    assert.equal(costPerCompute({ cost: 10, flop: 2e9, per: 1e9 }), 5);
    throwsText(() => fleetShare({ gpuHours: 1, fleetGpus: 0 }), "invalid fleetGpus: 0 (expected a positive number)");
    throwsText(() => costPerCompute({ cost: -5, flop: 1 }), "invalid cost: -5 (expected a positive number)");
  });

  it("options with a field they do not know are refused: a misspelt years would silently be 1", () => {
    throwsText(
      () => fleetShare({ gpuHours: 2_788_000, fleetGpus: 2_000, year: 2 } as never),
      "invalid options.year: 2 (expected only the fields gpuHours, fleetGpus, years)",
    );
    throwsText(
      () => costPerCompute({ cost: 1, flop: 1e24, unit: 1e21 } as never),
      "invalid options.unit: 1e+21 (expected only the fields cost, flop, per)",
    );
  });
});
