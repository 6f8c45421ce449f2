import assert from "node:assert/strict";
import { assumptions } from "../../../src/assumptions/assumptions.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { trainingStartRows } from "../../../src/analysis/methods/training-start-rows.js";
import { loadFrontierModels } from "../../../src/data/load-frontier-models.js";

describe("analysis/methods/training-start-rows", () => {
  it("trainingStartRows: this project's rule from the report's date (2024-12-27) and Epoch's rule from its database's (2024-12-24), whose each is", () => {
    const [ours, epochs] = trainingStartRows(assumptions(), loadFrontierModels());
    // ours: 2024-12-27 − 2,788,000 ÷ 2,048 = 1,361 h − 60 days = 2024-09-01 07:00
    assert.deepEqual([ours!.published, ours!.start, ours!.inUse], ["2024-12-27", "2024-09-01", "in use"]);
    assert.match(ours!.publishedBy, /the report's date/);
    // Epoch's: its V3 row has no training time, so its median 33.0625 days: 2024-12-24 − 33.0625 d − 60 d = 2024-09-21 22:30
    assert.deepEqual(
      [epochs!.published, epochs!.start, epochs!.startAt],
      ["2024-12-24", "2024-09-21", "2024-09-21T22:30:00.000Z"],
    );
    assert.match(epochs!.publishedBy, /^Epoch's database \(data\/All ML Systems - full view\.csv at 263c40a/);
    // each valuation is the estimate's own at that start
    const at = (start: string) => estimate({ valuation: "training-start", trainingStart: start }).amortized;
    assert.equal(ours!.atTrainingStartLow, at("2024-09-01").low);
    assert.equal(epochs!.atTrainingStartHigh, at("2024-09-21").high);
    // 20 more days of depreciation: 10^(−0.14 × 20 ÷ 365.25) = 0.98250 of the hardware, which is 98.3% of the cost
    // (the energy is unchanged): −1.64% at the low end, −1.66% at the high end
    assert.equal(epochs!.againstFirst, "−1.64% to −1.66%");
    assert.ok(Math.abs(Math.pow(10, (-0.14 * 20) / 365.25) - 0.9825) < 5e-5);
  });

  it("trainingStartRows marks Epoch's start in use when trainingStart holds it", () => {
    const [ours, epochs] = trainingStartRows(assumptions({ trainingStart: "2024-09-21" }), loadFrontierModels());
    assert.deepEqual([ours!.inUse, epochs!.inUse], ["", "in use"]);
  });
});
