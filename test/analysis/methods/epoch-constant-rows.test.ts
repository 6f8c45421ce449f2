import assert from "node:assert/strict";
import { assumptions } from "../../../src/assumptions/assumptions.js";
import { epochConstantRows } from "../../../src/analysis/methods/epoch-constant-rows.js";

describe("analysis/methods/epoch-constant-rows", () => {
  it("epochConstantRows shows each constant in use beside Epoch's, whose each is, with the source line of each", () => {
    const rows = epochConstantRows(assumptions());
    assert.deepEqual(
      rows.map((r) => [r.constant, r.inUse, r.whose, r.epoch]),
      [
        // the H800: this project's 1.8214 (the DGX H100's) against Epoch's literal 1.8
        ["serverPowerRatio", "1.8214", "this project's choice", "1.8"],
        ["serverOverhead", "1.64", "Epoch's", "1.64"],
        ["powerFraction", "0.75", "Epoch's", "0.75"],
        ["pue", "1.25", "Epoch's", "1.25"],
        ["electricityYear", "the year of the training start", "this project's choice", "the publication year"],
      ],
    );
    assert.match(rows[0]!.epochSource, /^cost_analysis_standalone\.py:462 @ 263c40a, `return 1\.8`/);
    assert.match(rows[0]!.note, /cost_analysis_standalone\.py:456 @ 263c40a, `return \(10\.2 \/ 8\) \/ 0\.7`/);
    assert.match(rows[1]!.note, /only to a price whose Notes say single-unit/);
  });

  it("for the A100 every chip constant is Epoch's own; a value set is marked as given", () => {
    const rows = epochConstantRows(assumptions({ gpu: "A100", serverOverhead: 1 }));
    assert.deepEqual(
      rows.slice(0, 3).map((r) => [r.constant, r.inUse, r.whose, r.epoch]),
      [
        ["serverPowerRatio", "2.0313", "Epoch's", "2.0313"],
        ["serverOverhead", "1", "as given", "1.66"],
        ["powerFraction", "0.75", "Epoch's", "0.75"],
      ],
    );
  });
});
