import assert from "node:assert/strict";
import { gpuIds, gpuSpec } from "../../src/gpu/catalog.js";
import { GpuCostError } from "../../src/errors/error.js";

describe("gpu/catalog", () => {
  it("gpuIds() lists the catalog's GPUs in file order", () => {
    assert.deepEqual(gpuIds(), ["H100", "H800", "H20", "A100", "A800"]);
  });

  it('gpuSpec("H800") has the H100\'s BF16 and FP8 TFLOPS and memory bandwidth: the datasheets cut only NVLink', () => {
    const h100 = gpuSpec("H100");
    const h800 = gpuSpec("H800");
    assert.equal(h800.bf16Tflops, h100.bf16Tflops);
    assert.equal(h800.fp8Tflops, h100.fp8Tflops);
    assert.equal(h800.memoryBandwidthGbps, h100.memoryBandwidthGbps);
    assert.equal(h800.memoryGb, h100.memoryGb);
  });

  it('gpuSpec("H800").nvlinkGbps is 400 against the H100\'s 900 (400/900 = 0.44, less than half)', () => {
    assert.equal(gpuSpec("H800").nvlinkGbps, 400);
    assert.equal(gpuSpec("H100").nvlinkGbps, 900);
    assert.ok(gpuSpec("H800").nvlinkGbps / gpuSpec("H100").nvlinkGbps < 0.5);
  });

  it("gpuSpec(id) leaves out what the catalog does not have: no FP8 on the A100, no TDP for the H800", () => {
    assert.equal("fp8Tflops" in gpuSpec("A100"), false);
    assert.equal(gpuSpec("H800").tdpW, undefined);
    assert.equal(gpuSpec("H100").tdpW, 700);
    assert.ok(gpuSpec("H100").launchDate instanceof Date);
  });

  it('gpuSpec("H900") fails listing the known ids', () => {
    assert.throws(
      () => gpuSpec("H900"),
      (e: unknown) =>
        e instanceof GpuCostError && e.message === 'unknown gpu: "H900" (expected one of H100, H800, H20, A100, A800)',
    );
  });
});
