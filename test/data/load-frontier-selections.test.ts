import assert from "node:assert/strict";
import { loadFrontierSelections, type FrontierSelectionRow } from "../../src/data/load-frontier-selections.js";
import { loadFrontierModels, type FrontierModelRow } from "../../src/data/load-frontier-models.js";

const rows = () => loadFrontierSelections().objects() as FrontierSelectionRow[];

describe("data/load-frontier-selections", () => {
  it("holds the paper's 41 (39013e2, December-2023 USD), the working notebook's 61 (e13599f) and model_costs.csv's 82 (263c40a), each row with its commit and file", () => {
    const by = (s: string) => rows().filter((r) => r.selection === s);
    const commits = (s: string) => [...new Set(by(s).map((r) => r.dataset_commit.slice(0, 7)))];
    assert.deepEqual([by("paper").length, by("working").length, by("model-costs").length], [41, 61, 82]);
    assert.deepEqual(
      [commits("paper"), commits("working"), commits("model-costs")],
      [["39013e2"], ["e13599f"], ["263c40a"]],
    );
    assert.deepEqual(
      [...new Set(by("paper").map((r) => `${r.dataset_file} ${r.cost_usd_as_of.toISOString().slice(0, 10)}`))],
      ["cost_analysis.ipynb 2023-12-01"],
    );
    assert.deepEqual(
      [...new Set(by("working").map((r) => `${r.dataset_file} ${r.cost_usd_as_of.toISOString().slice(0, 10)}`))],
      ["model_costs.csv 2024-12-01"],
    );
  });

  it("each paper cost is the notebook's printed line, pandas index and seven digits: DeepSpeech2 1228 2.063058e+02", () => {
    for (const r of rows().filter((x) => x.selection === "paper")) {
      const [index, value] = r.quote.trim().split(/\s+/) as [string, string];
      assert.equal(Number(index), r.model_dataset_index, r.model);
      assert.equal(Number(value), r.amortized_cost_usd, r.model);
    }
    const ds2 = rows().find((r) => r.selection === "paper" && r.model === "DeepSpeech2 (English)")!;
    assert.equal(ds2.quote, "1228    2.063058e+02");
  });

  it("model_costs.csv's 82 agree with data/frontier-models.csv, cost for cost (to its cents), imputed for imputed", () => {
    const frontier = new Map((loadFrontierModels().objects() as FrontierModelRow[]).map((r) => [r.model, r]));
    for (const r of rows().filter((x) => x.selection === "model-costs")) {
      const f = frontier.get(r.model)!;
      assert.equal(r.amortized_cost_usd.toFixed(2), (f.amortized_cost_usd_dec2024 as number).toFixed(2), r.model);
      assert.equal(r.hardware_imputed_by_epoch, f.hardware_imputed_by_epoch, r.model);
      assert.equal(r.quote, f.quote, r.model);
    }
  });
});
