import assert from "node:assert/strict";
import { costPerComputeRows } from "../../../src/analysis/frontier/cost-per-compute-rows.js";
import { loadFrontierModels } from "../../../src/data/load-frontier-models.js";

const near = (a: number, b: number, tol: number) => assert.ok(Math.abs(a - b) <= tol, `${a} ≠ ${b}`);

describe("analysis/frontier/cost-per-compute-rows", () => {
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
});
