import assert from "node:assert/strict";
import { DEEPSEEK_V3_GPU_COUNT, DEEPSEEK_V3_STAGES, DEEPSEEK_V3_USD_PER_GPU_HOUR } from "../../src/cost/deepseek-v3.js";
import { loadTrainingRuns, type TrainingRunRow } from "../../src/data/load-training-runs.js";

describe("cost/deepseek-v3", () => {
  const rows = loadTrainingRuns().objects() as TrainingRunRow[];
  const byId = (id: string) => rows.find((r) => r.id === id) ?? assert.fail(`no row ${id} in data/training-runs.csv`);

  it("the constants in code are the rows of data/training-runs.csv (one source for Table 1)", () => {
    const ids = ["deepseek-v3-pre-training", "deepseek-v3-context-extension", "deepseek-v3-post-training"];
    assert.deepEqual(
      DEEPSEEK_V3_STAGES.map((s) => s.gpuHours),
      ids.map((id) => byId(id).gpu_hours),
    );
    // each stage's stated cost is its hours × $2: 2,664,000 × 2 = 5,328,000 …
    for (const id of ids) assert.equal(byId(id).cost_usd, byId(id).gpu_hours! * DEEPSEEK_V3_USD_PER_GPU_HOUR);
    assert.equal(byId("deepseek-v3-total").gpu_count, DEEPSEEK_V3_GPU_COUNT);
  });
});
