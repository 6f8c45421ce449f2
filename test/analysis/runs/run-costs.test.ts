import assert from "node:assert/strict";
import { COMPARED_RUNS, runCosts } from "../../../src/analysis/runs/run-costs.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { loadTrainingRuns } from "../../../src/data/load-training-runs.js";
import { throwsText } from "../../throws-text.js";

const runs = loadTrainingRuns();

describe("analysis/runs/run-costs", () => {
  it("runCosts gives each published cost with its basis, and each run's GPU-hours × the common rate", () => {
    const costs = runCosts(runs, { ids: ["deepseek-v3-total", "llama-3.1-405b", "gpt-4-ai-index", "gpt-4-epoch"] });
    assert.deepEqual(
      costs.map((c) => [c.id, c.key]),
      [
        ["deepseek-v3-total", "reported"], // the paper's $5.576M
        ["deepseek-v3-total", "rental"], // 2,788,000 h × $2
        ["llama-3.1-405b", "rental"], // 30,840,000 h × $2
        ["gpt-4-ai-index", "rental"], // AI Index 2024, cloud rental prices
        ["gpt-4-epoch", "amortized"], // Epoch AI, amortized hardware + energy
      ],
    );
    // 30,840,000 H100-hours × $2 = $61,680,000
    assert.deepEqual([costs[2]!.costUsdLow, costs[2]!.costUsdHigh], [61_680_000, 61_680_000]);
    assert.equal(
      costs[1]!.costUsdLow,
      costs[0]!.costUsdLow,
      "at DeepSeek's own $2 the rental cost is the reported one",
    );
    // the AI Index's GPT-4, inflation-adjusted to 2023 dollars: $78,352,034
    assert.equal(costs[3]!.costUsdLow, 78_352_034);
    assert.equal(costs[1]!.basis, "GPU-hours × $2 per GPU-hour (a common rental rate)");
  });

  it("runCosts takes a rate range: low with low, high with high", () => {
    const [llama] = runCosts(runs, {
      ids: ["llama-3-total"],
      ratePerGpuHour: { low: 2, high: 4.916, currency: "USD" },
    });
    // 7,700,000 h × $2 = $15,400,000; × $4.916 = $37,853,200
    assert.equal(llama!.costUsdLow, 15_400_000);
    assert.ok(Math.abs(llama!.costUsdHigh - 37_853_200) < 1e-6);
  });

  it("runCosts adds DeepSeek-V3's amortized view from an estimate, and its programme above 1× experiments", () => {
    const plain = runCosts(runs, { ids: ["deepseek-v3-total"], estimate: estimate() });
    assert.deepEqual(
      plain.map((c) => c.key),
      ["reported", "rental", "amortized"],
    );
    const fuller = estimate({ experimentsMultiplier: [2, 4] });
    const costs = runCosts(runs, { ids: ["deepseek-v3-total"], estimate: fuller });
    const programme = costs.find((c) => c.key === "programme")!;
    assert.deepEqual([programme.costUsdLow, programme.costUsdHigh], [fuller.programme.low, fuller.programme.high]);
    assert.equal(programme.basis, "this project's estimate: amortized final run × 2–4 for experiments");
  });

  it("runCosts compares the default runs in order", () => {
    const ids = [...new Set(runCosts(runs).map((c) => c.id))];
    assert.deepEqual(ids, [...COMPARED_RUNS]);
  });

  it("runCosts checks its options", () => {
    assert.throws(() => runCosts(runs, { ratePerGpuHour: 0 }), {
      message:
        "invalid ratePerGpuHour: 0 (expected a positive number of US dollars per GPU-hour, or a range { low, high } of them)",
    });
    assert.throws(() => runCosts(runs, { ratePerGpuHour: { low: 300, high: 300, currency: "JPY" } as never }), {
      message:
        'invalid ratePerGpuHour: {"low":300,"high":300,"currency":"JPY"} (expected a positive number of US dollars per GPU-hour, or a range { low, high } of them)',
    });
    assert.throws(() => runCosts(runs, { estimate: estimate({ currency: "JPY" }) }), {
      message: 'invalid estimate.currency: "JPY" (expected USD: training-run costs are compared in US dollars)',
    });
    assert.throws(() => runCosts(runs, { ids: ["gpt-5"] }), {
      message: /^unknown training run: "gpt-5" \(expected one of deepseek-v3-pre-training, /,
    });
  });

  it("runCosts refuses an option it does not know: { rate } is not { ratePerGpuHour }", () => {
    throwsText(
      () => runCosts(loadTrainingRuns(), { rate: 3 } as never),
      "invalid options.rate: 3 (expected only the fields ratePerGpuHour, ids, estimate)",
    );
  });
});
