import assert from "node:assert/strict";
import {
  uncertaintyTable,
  type UncertaintyRow,
  assumptionsTable,
} from "../../../src/analysis/uncertainty/assumptions-table.js";
import { assumptions } from "../../../src/assumptions/assumptions.js";
import { assumptionNames, assumptionSpecs } from "../../../src/assumptions/specs.js";

describe("analysis/uncertainty/assumptions-table", () => {
  it("assumptionsTable lists every assumption in order, with the value in use, its meaning and source", () => {
    const rows = assumptionsTable(assumptions({ gpuCount: 2048 })).objects() as {
      name: string;
      value: string;
      meaning: string;
      source: string;
    }[];
    assert.deepEqual(
      rows.map((r) => r.name),
      assumptionNames,
    );
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    assert.equal(byName.gpuCount!.value, "2,048");
    assert.equal(byName.gpuPrice!.value, "JPY 4.0M–5.0M");
    assert.equal(byName.gpu!.value, "H800");
    assert.equal(byName.pue!.source, assumptionSpecs.pue.source);
  });

  it("assumptionsTable takes only checked assumptions", () => {
    assert.throws(() => assumptionsTable({ gpuCount: 2048 } as never), {
      message: 'invalid assumptions: {"gpuCount":2048} (expected the result of assumptions())',
    });
  });
});

describe("analysis/uncertainty/assumptions-table: uncertaintyTable", () => {
  it("uncertaintyTable gives each quantitative assumption its central value, range, distribution and source", () => {
    const rows = uncertaintyTable(assumptions({ pue: [1.2, 1.3] })).objects() as UncertaintyRow[];
    const row = (name: string) => rows.find((r) => r.name === name)!;
    assert.deepEqual(
      { ...row("gpuPrice"), source: "" },
      {
        name: "gpuPrice",
        central: "JPY 4.5M",
        range: "JPY 4.0M–5.0M",
        distribution: "uniform",
        from: "documented",
        source: "",
      },
    );
    assert.deepEqual(
      [row("pue").distribution, row("pue").from, row("pue").range],
      ["uniform", "given range", "1.2–1.3"],
    );
    assert.deepEqual([row("tdpWatts").distribution, row("tdpWatts").range], ["held", "700"]);
    assert.deepEqual(
      [row("trainingStart").central, row("trainingStart").range],
      ["2024-09-01", "2024-05-04–2024-10-11"],
    );
    assert.throws(() => uncertaintyTable({} as never), {
      message: "invalid assumptions: {} (expected the result of assumptions())",
    });
  });
});
