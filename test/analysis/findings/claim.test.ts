import assert from "node:assert/strict";
import { claimOf } from "../../../src/analysis/findings/claim.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { loadTrainingRuns, type TrainingRunRow } from "../../../src/data/load-training-runs.js";
import { tableRows } from "../../../src/data/table-rows.js";

describe("analysis/findings/claim", () => {
  it("claimOf(e) takes the claim from the reported run's row of data/training-runs.csv and the estimate's reported view", () => {
    const e = estimate();
    const claim = claimOf(e);
    const row = tableRows<TrainingRunRow>(loadTrainingRuns()).find((r) => r.id === claim.runId)!;
    // Table 1: 2,788,000 H800 GPU-hours × $2 = $5,576,000, written with four significant digits
    assert.deepEqual(
      [claim.lab, claim.model, claim.gpu, claim.gpuHours, claim.amount!.low, claim.amountText],
      [row.developer, row.model, row.gpu, row.gpu_hours, row.cost_usd, "$5.576M"],
    );
    assert.equal(claim.ratePerGpuHour!.low, row.cost_usd! / row.gpu_hours!);
    assert.deepEqual(claim.stages, ["Pre-training", "Context extension", "Post-training"]);
    assert.deepEqual([claim.inEstimate!.low, claim.inEstimate!.currency], [e.reported!.low, "USD"]);
    assert.match(claim.scope!, /include only the official training/);
    assert.deepEqual([claim.comparison?.quote, claim.comparison?.threshold], ["不到10分之1", 0.1]);
  });

  it("claimOf(e) keeps the figure as written and gives it in the estimate's currency beside", () => {
    const claim = claimOf(estimate({ currency: "JPY" }));
    // $5,576,000 × 151.65 = JPY 845,600,400
    assert.equal(claim.amountText, "$5.576M");
    assert.ok(Math.abs(claim.inEstimate!.low - 5_576_000 * 151.65) < 1e-3);
    assert.equal(claim.inEstimate!.currency, "JPY");
  });

  it("claimOf(e) without the article's figures has no comparison", () => {
    assert.equal(claimOf(estimate(), { articleFigures: [] }).comparison, undefined);
  });

  it("claimOf(e) reads the claim from the case, not from data/training-runs.csv: without the runs only the row the comparison needs is missing", () => {
    const claim = claimOf(estimate(), { runs: [] });
    assert.equal(claim.runId, null);
    assert.equal(claim.amountText, "$5.576M");
  });
});
