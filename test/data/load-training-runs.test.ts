import assert from "node:assert/strict";
import { loadTrainingRuns, type TrainingRunRow } from "../../src/data/load-training-runs.js";
import { gpuIds } from "../../src/gpu/catalog.js";

const rows = () => loadTrainingRuns().objects() as TrainingRunRow[];
const run = (id: string): TrainingRunRow => {
  const row = rows().find((r) => r.id === id);
  assert.ok(row, `no run ${id} in data/training-runs.csv`);
  return row;
};
const hours = (id: string) => run(id).gpu_hours as number;
const cost = (id: string) => run(id).cost_usd as number;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("data/load-training-runs", () => {
  it("loadTrainingRuns() types every row; each has a source and a quote; every GPU is in the catalog", () => {
    for (const r of rows()) {
      assert.ok(r.as_of instanceof Date);
      assert.ok(r.source.length > 0 && r.quote.length > 0, r.id);
      if (r.gpu !== null) assert.ok(gpuIds().includes(r.gpu), `${r.id}: ${r.gpu}`);
    }
  });

  it("a row has a cost basis exactly when it has a cost; published estimates have no GPU-hours", () => {
    for (const r of rows()) {
      assert.equal(r.cost_basis === null, r.cost_usd === null, r.id);
      if (r.cost_basis === "cloud-rental-estimate" || r.cost_basis === "amortized-estimate")
        assert.equal(r.gpu_hours, null, r.id);
    }
  });

  it("DeepSeek-V3's stages sum to its total: 2,664K + 119K + 5K = 2,788K H800-hours; $5.328M + $0.238M + $0.01M = $5.576M", () => {
    const stages = ["deepseek-v3-pre-training", "deepseek-v3-context-extension", "deepseek-v3-post-training"];
    assert.equal(sum(stages.map(hours)), hours("deepseek-v3-total"));
    assert.equal(sum(stages.map(cost)), cost("deepseek-v3-total"));
  });

  it("each DeepSeek-V3 cost is its GPU-hours × the assumed $2 per H800-hour (2,664K × $2 = $5.328M …)", () => {
    for (const id of [
      "deepseek-v3-pre-training",
      "deepseek-v3-context-extension",
      "deepseek-v3-post-training",
      "deepseek-v3-total",
    ]) {
      assert.equal(hours(id) * 2, cost(id), id);
    }
  });

  it("DeepSeek-R1's hours and cost agree at $2/h (147K × $2 = $294K) and its stages sum to the total (101K + 41K + 5K)", () => {
    // 147,000 h × $2 = $294,000
    assert.equal(hours("deepseek-r1-total") * 2, cost("deepseek-r1-total"));
    assert.equal(
      sum(["deepseek-r1-zero-rl", "deepseek-r1-rl", "deepseek-r1-sft-data"].map(hours)),
      hours("deepseek-r1-total"),
    );
    // 512 GPUs × 198 h = 101,376 ≈ 101K; 512 × 80 h = 40,960 ≈ 41K (the supplement rounds to 1K); its "about 4 days" (96 h) would be 49,152
    assert.match(run("deepseek-r1-rl").source, /4 days are 96 hours/);
    assert.match(run("deepseek-r1-total").source, /incremental: R1 is trained from DeepSeek-V3-Base/);
    assert.ok(Math.abs(512 * 198 - hours("deepseek-r1-zero-rl")) < 500);
    assert.ok(Math.abs(512 * 80 - hours("deepseek-r1-rl")) < 500);
  });

  it("Llama 2's four sizes sum to its total: 184,320 + 368,640 + 1,038,336 + 1,720,320 = 3,311,616 A100-hours", () => {
    assert.equal(sum(["llama-2-7b", "llama-2-13b", "llama-2-34b", "llama-2-70b"].map(hours)), hours("llama-2-total"));
  });

  it("Llama 3.1's three sizes sum to ≈39.3M H100-hours (1.46M + 7.0M + 30.84M = 39.30M)", () => {
    const total = sum(["llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b"].map(hours));
    assert.ok(Math.abs(total - hours("llama-3.1-total")) < 0.05e6, String(total));
  });

  it("Llama 3's two sizes sum to its 7.7M H100-hours (1.3M + 6.4M)", () => {
    assert.ok(Math.abs(sum(["llama-3-8b", "llama-3-70b"].map(hours)) - hours("llama-3-total")) < 0.05e6);
  });

  it("GPT-4 and Gemini Ultra estimates differ by method: AI Index (cloud rental, 2023 dollars) $78.4M / $191.4M, Epoch (amortized) $40M / $30M", () => {
    assert.equal(run("gpt-4-ai-index").cost_basis, "cloud-rental-estimate");
    assert.equal(run("gpt-4-epoch").cost_basis, "amortized-estimate");
    // Gemini Ultra: 191.4 / 30 ≈ 6.4× apart; GPT-4: 78.35 / 40 ≈ 1.96×
    assert.ok(cost("gemini-ultra-ai-index") / cost("gemini-ultra-epoch") > 6);
    assert.ok(Math.abs(cost("gpt-4-ai-index") / cost("gpt-4-epoch") - 1.9588) < 0.001);
    // the AI Index's figures are its dataset's inflation-adjusted costs, which each row's quote gives
    assert.ok(run("gpt-4-ai-index").quote.endsWith("78352033.69393542"));
    assert.equal(cost("gpt-4-ai-index"), Math.round(78352033.69393542));
    assert.match(
      run("gpt-4-ai-index").source,
      /^Stanford HAI, Artificial Intelligence Index Report 2024 .*commit 8bf74d40e67c042c67ae67a5ef771c9ba8e57776/,
    );
  });
});
