import assert from "node:assert/strict";
import { chipConstant } from "../../src/cost/chip-constants.js";
import { gpuIds } from "../../src/gpu/catalog.js";
import { SERVER_OVERHEAD, SERVER_POWER_RATIO } from "../../src/cost/epoch-method.js";

describe("cost/chip-constants", () => {
  it("chipConstant(gpu, name) follows the GPU as Epoch keys it, on the catalog's Epoch name: the A100 gets 2.03125 and 1.66", () => {
    const a100 = chipConstant("A100", "serverPowerRatio");
    // (6.5 kW ÷ 8) ÷ 0.4 kW = 2.03125: Epoch's DGX A100, on "NVIDIA A100 SXM4 80 GB"
    assert.equal(a100.value, 2.03125);
    assert.equal(a100.whose, "Epoch's");
    assert.equal(a100.epoch.hardware, "NVIDIA A100 SXM4 80 GB");
    assert.equal(a100.project, undefined);
    assert.equal(chipConstant("A100", "serverOverhead").value, 1.66);
    assert.equal(chipConstant("H100", "serverPowerRatio").value, SERVER_POWER_RATIO);
    // no "H100", "A100" or "V100" in "NVIDIA HGX H20" or "NVIDIA A800 SXM": Epoch's 1.8, kept
    assert.equal(chipConstant("H20", "serverPowerRatio").value, 1.8);
    assert.equal(chipConstant("A800", "serverPowerRatio").value, 1.8);
    for (const gpu of gpuIds()) assert.equal(chipConstant(gpu, "powerFraction").value, 0.75);
  });

  it("the H800: this project's choice, the DGX H100's 1.8214, shown beside Epoch's literal 1.8 with the line of each", () => {
    const h800 = chipConstant("H800", "serverPowerRatio");
    assert.equal(h800.value, 10.2 / 8 / 0.7);
    assert.equal(h800.whose, "this project's choice");
    assert.equal(h800.epoch.value, 1.8);
    assert.equal(h800.epoch.hardware, "NVIDIA H800 SXM5");
    assert.equal(h800.epoch.at, "cost_analysis_standalone.py:462 @ 263c40a");
    assert.equal(h800.project?.hardware, "NVIDIA H100 SXM5 80GB");
    assert.equal(h800.project?.at, "cost_analysis_standalone.py:456 @ 263c40a");
    assert.match(h800.project.why, /cut-down H100/);
    // the overhead is Epoch's own for the H800 (the average, as for the H100)
    assert.equal(chipConstant("H800", "serverOverhead").value, SERVER_OVERHEAD);
    assert.equal(chipConstant("H800", "serverOverhead").whose, "Epoch's");
  });
});
