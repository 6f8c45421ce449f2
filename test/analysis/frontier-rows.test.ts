import assert from "node:assert/strict";
import { costPerComputeRows } from "../../src/analysis/cost-per-compute-rows.js";
import { fleetRows } from "../../src/analysis/fleet-rows.js";
import { mfuRows, mfuSentences } from "../../src/analysis/mfu-rows.js";
import { staffScenario } from "../../src/analysis/staff-scenario.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { loadFleetAndStaff } from "../../src/data/load-fleet-and-staff.js";
import { loadFrontierModels } from "../../src/data/load-frontier-models.js";
import { loadRunCompute } from "../../src/data/load-run-compute.js";
import { loadTrainingRuns } from "../../src/data/load-training-runs.js";
import { throwsText } from "../throws-text.js";

const near = (a: number, b: number, tol: number) => assert.ok(Math.abs(a - b) <= tol, `${a} ≠ ${b}`);

describe("analysis: MFU, cost per compute, fleet and staff rows", () => {
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
    assert.equal(v3fp8.reportedMfuText, "19.5%");
    // 6 × 405e9 × 15.6e12 = 3.7908e25 ÷ (30,840,000 × 3,600 × 989.5e12) = 0.34508
    near(llama.mfu, 3.7908e25 / (30_840_000 * 3_600 * 989.5e12), 1e-12);
    assert.equal(llama.reportedMfuText, "38.0–43.0%");
    assert.deepEqual(mfuSentences(rows), [
      "DeepSeek-V3's 2,664,000 H800-hours imply 34.6% of BF16 peak and 17.3% of FP8 peak; reported: 19.5% of FP8 peak.",
      "Llama 3.1 405B's 30,840,000 H100-hours imply 34.5% of BF16 peak and 17.3% of FP8 peak; reported: 38.0–43.0% of BF16 peak.",
    ]);
    throwsText(
      () => mfuRows(loadTrainingRuns(), loadRunCompute(), { ids: ["gpt-4-epoch"] }),
      'unknown run with compute figures: "gpt-4-epoch" (expected one of deepseek-v3-pre-training, llama-3.1-405b)',
    );
  });

  it("costPerComputeRows: every Epoch-costed model per 1e24 FLOP, and V3 on the basis given", () => {
    const rows = costPerComputeRows(loadFrontierModels(), {
      extra: [{ id: "deepseek-v3", costUsd: { low: 5.74e6, high: 7.11e6 }, basis: "this project's amortized view" }],
    });
    assert.equal(rows.length, 83);
    const gpt4 = rows.find((r) => r.id === "gpt-4")!;
    // $40,695,706.40 ÷ (2.1e25 ÷ 1e24) = $1,937,890.78
    near(gpt4.usdPer1e24FlopLow, 1_937_890.78, 0.01);
    const v3 = rows.find((r) => r.id === "deepseek-v3")!;
    // $5.74M ÷ 3.4078 = $1.684M
    near(v3.usdPer1e24FlopLow, 5.74e6 / 3.4078, 1e-3);
    assert.equal(v3.basis, "this project's amortized view");
    // the list of known ids is long: its start is asserted
    assert.throws(() => costPerComputeRows(loadFrontierModels(), { extra: [{ id: "v3", costUsd: 1, basis: "" }] }), {
      message: /^unknown frontier model: "v3" \(expected one of inception-v3, deepspeech2-english, /,
    });
  });

  it("fleetRows: the run's cluster for a year, the article's 2,000–3,000, SemiAnalysis's contested 50,000", () => {
    const rows = fleetRows(loadFleetAndStaff(), { gpuHours: 2_788_000, gpuCount: 2_048 });
    assert.deepEqual(
      rows.map((r) => [r.id, r.status]),
      [
        ["run-cluster", "reported"],
        ["fleet-article", "reported"],
        ["fleet-semianalysis", "contested"],
      ],
    );
    // 56.72 days ÷ 365.25 = 15.5%; 2,788,000 ÷ (3,000 × 8,766) = 10.6%, ÷ (2,000 × 8,766) = 15.9%; ÷ (50,000 × 8,766) = 0.64%
    assert.deepEqual(
      rows.map((r) => r.shareText),
      ["15.5%", "10.6–15.9%", "0.64%"],
    );
    near(rows[1]!.shareLow, 2_788_000 / (3_000 * 8_766), 1e-15);
    assert.equal(rows[0]!.shortLabel, "The run's cluster, 56.7 days, 2,048");
  });

  it("staffScenario: staff = compute × s ÷ (1 − s), total = compute ÷ (1 − s), at Epoch's 29–49%, labelled a scenario", () => {
    const e = estimate({ experimentsMultiplier: [2, 4] });
    const rows = staffScenario(e, loadFleetAndStaff());
    const [run, programme, staff, total] = rows as [
      (typeof rows)[0],
      (typeof rows)[0],
      (typeof rows)[0],
      (typeof rows)[0],
    ];
    assert.equal(run.costLow, e.amortized.low);
    assert.equal(programme.costHigh, e.programme.high);
    // 0.29 ÷ 0.71 = 0.40845; 0.49 ÷ 0.51 = 0.96078
    near(staff.costLow, (e.programme.low * 0.29) / 0.71, 1e-6);
    near(staff.costHigh, (e.programme.high * 0.49) / 0.51, 1e-6);
    near(total.costHigh, e.programme.high / 0.51, 1e-6);
    assert.deepEqual(
      rows.map((r) => r.status),
      [
        "this project's estimate",
        "scenario, outside the reported figure",
        "scenario, outside the reported figure",
        "scenario, outside the reported figure",
      ],
    );
  });

  it("fleetRows refuses an option it does not know", () => {
    throwsText(
      () => fleetRows(loadFleetAndStaff(), { gpuHours: 2_788_000, gpuCount: 2_048, fleets: ["x"] } as never),
      'invalid options.fleets: ["x"] (expected only the fields gpuHours, gpuCount, ids, years)',
    );
  });
});
