import assert from "node:assert/strict";
import { modelFlopsUtilization } from "../../src/compute/model-flops-utilization.js";
import { peakFlopsPerGpu } from "../../src/compute/peak-flops.js";
import { throwsText } from "../throws-text.js";

describe("compute/model-flops-utilization", () => {
  it("modelFlopsUtilization = flop ÷ (gpuHours × 3,600 × peak): a worked case of 1 GPU-hour at 1e15 FLOP/s doing 1.8e18 FLOP is 50%", () => {
    // 1 h × 3,600 s × 1e15 FLOP/s = 3.6e18 FLOP possible; 1.8e18 ÷ 3.6e18 = 0.5
    assert.equal(modelFlopsUtilization({ flop: 1.8e18, gpuHours: 1, peakFlopsPerGpu: 1e15 }), 0.5);
  });

  it("DeepSeek-V3's pre-training: 3.2856e24 FLOP in 2.664M H800-hours is 34.6% of BF16 peak, 17.3% of FP8", () => {
    // 2.664e6 × 3,600 × 989.5e12 = 9.48983e24; 3.2856e24 ÷ 9.48983e24 = 0.34622
    const bf16 = modelFlopsUtilization({
      flop: 3.2856e24,
      gpuHours: 2.664e6,
      peakFlopsPerGpu: peakFlopsPerGpu("H800", "bf16"),
    });
    assert.ok(Math.abs(bf16 - 3.2856e24 / 9.48983e24) < 1e-5);
    // FP8 peak is twice BF16 (1,979 against 989.5 TFLOPS), so half the utilization
    const fp8 = modelFlopsUtilization({
      flop: 3.2856e24,
      gpuHours: 2.664e6,
      peakFlopsPerGpu: peakFlopsPerGpu("H800", "fp8"),
    });
    assert.ok(Math.abs(fp8 - bf16 / 2) < 1e-12);
  });

  it("above 1 when the hours cannot have done the work: 3.29e24 FLOP in 100,000 H800-hours", () => {
    // 1e5 × 3,600 × 989.5e12 = 3.5622e23; 3.2856e24 ÷ 3.5622e23 = 9.22
    assert.ok(modelFlopsUtilization({ flop: 3.2856e24, gpuHours: 1e5, peakFlopsPerGpu: 989.5e12 }) > 9);
  });

  it("peakFlopsPerGpu(gpu, precision) reads data/gpus.csv in FLOP/s; FP8 on an A100 is an error", () => {
    assert.equal(peakFlopsPerGpu("H100"), 989.5e12);
    assert.equal(peakFlopsPerGpu("H800", "fp8"), 1979e12);
    throwsText(
      () => peakFlopsPerGpu("A100", "fp8"),
      'invalid precision: "fp8" (expected bf16: data/gpus.csv has no FP8 peak for A100)',
    );
    throwsText(
      () => peakFlopsPerGpu("H800", "fp16" as "bf16"),
      'invalid precision: "fp16" (expected one of bf16, fp8)',
    );
    throwsText(
      () => modelFlopsUtilization({ flop: 1, gpuHours: -1, peakFlopsPerGpu: 1 }),
      "invalid gpuHours: -1 (expected a positive number)",
    );
  });
});
