import assert from "node:assert/strict";
import { loadTable } from "../../src/data/load-table.js";
import { loadGpus } from "../../src/data/load-gpus.js";
import { loadTrainingRuns } from "../../src/data/load-training-runs.js";
import { dataPath } from "../../src/node/data-files.js";
import { throwsText } from "../throws-text.js";

describe("data/load-table", () => {
  it("loadTable(name) is the loader of data/<name>.csv, the same cached table", () => {
    assert.equal(loadTable("gpus"), loadGpus());
    assert.equal(loadTable("training-runs"), loadTrainingRuns());
  });

  it("loadTable(name, path) reads another file with the file's columns", () => {
    const copy = loadTable("gpus", dataPath("gpus.csv"));
    assert.notEqual(copy, loadGpus());
    assert.deepEqual(copy.objects(), loadGpus().objects());
  });

  it("loadTable refuses a name that is no data file, with the known ones", () => {
    throwsText(
      () => loadTable("trainig-runs" as never),
      'invalid table: "trainig-runs" (expected one of article-figures, case-claims, case-stages, cases, electricity-prices, fleet-and-staff, frontier-models, frontier-selections, fx-rates, gpus, hardware-prices, run-compute, training-runs)',
    );
    throwsText(
      () => loadTable("constructor" as never),
      'invalid table: "constructor" (expected one of article-figures, case-claims, case-stages, cases, electricity-prices, fleet-and-staff, frontier-models, frontier-selections, fx-rates, gpus, hardware-prices, run-compute, training-runs)',
    );
  });
});
