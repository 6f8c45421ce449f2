import assert from "node:assert/strict";
import { assumptionsTable } from "../../src/analysis/assumptions-table.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { assumptionNames, assumptionSpecs } from "../../src/assumptions/specs.js";

describe("analysis/assumptions-table", () => {
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
    assert.equal(byName.gpuPrice!.value, "¥4.0M–¥5.0M");
    assert.equal(byName.gpu!.value, "H800");
    assert.equal(byName.pue!.source, assumptionSpecs.pue.source);
  });

  it("assumptionsTable takes only checked assumptions", () => {
    assert.throws(() => assumptionsTable({ gpuCount: 2048 } as never), {
      message: 'invalid assumptions: {"gpuCount":2048} (expected the result of assumptions())',
    });
  });
});
