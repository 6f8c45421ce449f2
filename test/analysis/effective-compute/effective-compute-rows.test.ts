import assert from "node:assert/strict";
import { defaultEstimate as e } from "../../charts/fixtures.js";
import { effectiveComputeRows } from "../../../src/analysis/effective-compute/effective-compute-rows.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { pricesIn } from "../../../src/assumptions/prices-in.js";

describe("analysis/effective-compute/effective-compute-rows", () => {
  it("effectiveComputeRows: the GPU's price ÷ its speed ratio, beside the H100's price", () => {
    const { gpuPrice, h100Price } = pricesIn(e.assumptions);
    const [h100, full, half] = effectiveComputeRows(e);
    assert.deepEqual([h100!.low, h100!.high], [h100Price.low, h100Price.high]);
    assert.deepEqual([full!.low, full!.high], [gpuPrice.low, gpuPrice.high]);
    // at half speed an H100's worth of compute takes two H800s: ¥8–10M against ¥5.5M
    assert.deepEqual([half!.low, half!.high], [gpuPrice.low / 0.5, gpuPrice.high / 0.5]);
    // ¥4M ÷ ¥5.5M = 0.727, ¥5M ÷ ¥5.5M = 0.909; doubled: 1.45–1.82
    assert.equal(full!.againstH100, "0.73–0.91× the H100");
    assert.equal(half!.againstH100, "1.45–1.82× the H100");
    assert.equal(half!.label, "H800 at 0.5× (the article)");
  });

  it("effectiveComputeRows follows the speedRatio assumption's ends", () => {
    const rows = effectiveComputeRows(estimate({ speedRatio: 1 }));
    assert.deepEqual(
      rows.map((r) => r.label),
      ["H100 (the reference)", "H800 at 1.0× (datasheets)"],
    );
  });
});
