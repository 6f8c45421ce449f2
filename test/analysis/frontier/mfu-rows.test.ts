import assert from "node:assert/strict";
import { mfuRows, mfuSentences } from "../../../src/analysis/frontier/mfu-rows.js";
import { loadRunCompute } from "../../../src/data/load-run-compute.js";
import { loadTrainingRuns } from "../../../src/data/load-training-runs.js";
import { throwsText } from "../../throws-text.js";

const near = (a: number, b: number, tol: number) => assert.ok(Math.abs(a - b) <= tol, `${a} ≠ ${b}`);

describe("analysis/frontier/mfu-rows", () => {
  it("mfuRows: V3 at BF16 and FP8 beside Llama 3.1 405B, from hours and 6·N·D", () => {
    const rows = mfuRows(loadTrainingRuns(), loadRunCompute());
    assert.deepEqual(
      rows.map((r) => [r.id, r.precision]),
      [
        ["deepseek-v3-pre-training", "bf16"],
        ["deepseek-v3-pre-training", "fp8"],
        ["llama-3.1-405b", "bf16"],
        ["llama-3.1-405b", "fp8"],
      ],
    );
    const [v3bf16, v3fp8, llama] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
    // 6 × 37e9 × 14.8e12 = 3.2856e24 ÷ (2,664,000 h × 3,600 × 989.5e12) = 0.34622
    near(v3bf16.mfu, 3.2856e24 / (2_664_000 * 3_600 * 989.5e12), 1e-12);
    assert.equal(v3bf16.mfuText, "34.6%");
    assert.equal(v3fp8.mfuText, "17.3%");
    // DeepSeek reports MFU of the BF16 peak (ISCA '25, Table 4): 38.94% causal to 43.73% non-causal
    assert.equal(v3bf16.reportedMfuText, "38.9–43.7%");
    assert.equal(v3fp8.reportedMfuText, "—");
    // 6 × 405e9 × 15.6e12 = 3.7908e25 ÷ (30,840,000 × 3,600 × 989.5e12) = 0.34508
    near(llama.mfu, 3.7908e25 / (30_840_000 * 3_600 * 989.5e12), 1e-12);
    assert.equal(llama.reportedMfuText, "38.0–43.0%");
    assert.deepEqual(mfuSentences(rows), [
      "DeepSeek-V3's 3.29\u00a0×\u00a010²⁴ FLOP (6 × active parameters × tokens) in 2,664,000 H800-hours imply 34.6% of BF16 peak and 17.3% of FP8 peak; reported: 38.9–43.7% of BF16 peak.",
      "Llama 3.1 405B's 3.79\u00a0×\u00a010²⁵ FLOP (6 × active parameters × tokens) in 30,840,000 H100-hours imply 34.5% of BF16 peak and 17.3% of FP8 peak; reported: 38.0–43.0% of BF16 peak.",
    ]);
    throwsText(
      () => mfuRows(loadTrainingRuns(), loadRunCompute(), { ids: ["gpt-4-epoch"] }),
      'unknown run with compute figures: "gpt-4-epoch" (expected one of deepseek-v3-pre-training, llama-3.1-405b)',
    );
  });
});
