import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadRunCompute, type RunComputeRow } from "../../src/data/load-run-compute.js";
import { loadTrainingRuns, type TrainingRunRow } from "../../src/data/load-training-runs.js";
import { dataPath } from "../../src/node/data-files.js";
import { throwsText } from "../throws-text.js";

const rows = () => loadRunCompute().objects() as RunComputeRow[];
const row = (id: string) => rows().find((r) => r.id === id) as RunComputeRow;

describe("data/load-run-compute", () => {
  it("every row is keyed by a run of data/training-runs.csv and has a source and a quote", () => {
    const runs = new Set((loadTrainingRuns().objects() as TrainingRunRow[]).map((r) => r.id));
    assert.deepEqual(
      rows().map((r) => r.id),
      ["deepseek-v3-pre-training", "llama-3.1-405b"],
    );
    for (const r of rows()) {
      assert.ok(runs.has(r.id), r.id);
      assert.ok(r.source.length > 0 && r.quote.length > 0, r.id);
    }
  });

  it("each figure is in its quote: DeepSeek-V3 671B total, 37B active, 14.8 trillion tokens, MFU 38.94–43.73% of the BF16 peak (DeepSeek's ISCA paper, Table 4)", () => {
    const v3 = row("deepseek-v3-pre-training");
    assert.deepEqual([v3.total_params, v3.active_params, v3.tokens], [671e9, 37e9, 14.8e12]);
    for (const text of [
      "671B total parameters",
      "37B activated for each token",
      "14.8 trillion",
      "calculated based on BF16 peak performance",
      "MFU (causal) | 38.94%",
      "MFU (non-causal) | 43.73%",
    ])
      assert.ok(v3.quote.includes(text), text);
    assert.deepEqual([v3.reported_mfu_low, v3.reported_mfu_high, v3.reported_mfu_precision], [0.3894, 0.4373, "bf16"]);
    // 385 TFLOPS causal ÷ 38.94% = 988.7 TFLOPS: the H800's dense BF16 peak (989.5 in data/gpus.csv), not its FP8 peak of 1,979
    assert.ok(Math.abs(385 / 0.3894 - 989.5) < 1);
    // the source names the paper, how it was read, and Epoch's 0.1947 as Epoch's own division (385 ÷ 1,979 = 0.1945)
    for (const text of ["arXiv:2505.09343", "Table 4", "PDF-to-text copy", "Epoch's own division by the FP8 peak"])
      assert.ok(v3.source.includes(text), text);
  });

  it("Llama 3.1 405B: 405B × 15.6T tokens, 3.8e25 FLOP as stated (6 × 405e9 × 15.6e12 = 3.79e25), MFU 38–43% of BF16", () => {
    const llama = row("llama-3.1-405b");
    assert.equal(llama.active_params, llama.total_params);
    for (const text of ["405B", "15.6T tokens", "3.8e25", "between 0.38 and 0.43"])
      assert.ok(llama.quote.includes(text), text);
    assert.ok(Math.abs((6 * llama.active_params * llama.tokens) / (llama.reported_flop as number) - 1) < 0.005);
    assert.deepEqual(
      [llama.reported_mfu_low, llama.reported_mfu_high, llama.reported_mfu_precision],
      [0.38, 0.43, "bf16"],
    );
  });

  it("a corrupted copy fails naming the file, line and column: an MFU without its precision, more active than total parameters", () => {
    const dir = mkdtempSync(join(tmpdir(), "gpu-cost-lab-compute-"));
    try {
      const text = readFileSync(dataPath("run-compute.csv"), "utf8");
      const noPrecision = join(dir, "a.csv");
      writeFileSync(noPrecision, text.replace(",0.3894,0.4373,bf16,", ",0.3894,0.4373,,"));
      throwsText(
        () => loadRunCompute(noPrecision),
        `invalid ${noPrecision} line 2, column reported_mfu_precision: "" (expected an MFU low, high and precision together, or none of them)`,
      );
      const swapped = join(dir, "b.csv");
      writeFileSync(swapped, text.replace("37000000000,671000000000", "671000000000,37000000000"));
      throwsText(
        () => loadRunCompute(swapped),
        `invalid ${swapped} line 2: active_params 671000000000 > total_params 37000000000 (expected active_params ≤ total_params)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
