import assert from "node:assert/strict";
import { loadGpus, gpusSchema, type GpuRow } from "../../src/data/load-gpus.js";

describe("data/load-gpus", () => {
  it("loadGpus() reads the five GPUs with numbers as numbers and dates as Dates", () => {
    const rows = loadGpus().objects() as GpuRow[];
    assert.deepEqual(
      rows.map((r) => r.gpu),
      ["H100", "H800", "H20", "A100", "A800"],
    );
    for (const r of rows) {
      for (const c of ["bf16_tflops", "memory_gb", "memory_bandwidth_gbps", "nvlink_gbps"] as const)
        assert.equal(typeof r[c], "number");
      assert.ok(r.launch_date === null || r.launch_date instanceof Date);
      assert.ok(r.source.length > 0 && r.quote.length > 0, `${r.gpu} has a source and a quote`);
    }
  });

  it("only the optional columns are empty: FP8 on Ampere, the H800's TDP, unknown launch days", () => {
    const optional = gpusSchema.columns.filter((c) => !c.required).map((c) => c.name);
    assert.deepEqual(optional, ["epoch_hardware", "fp8_tflops", "tdp_w", "launch_date"]);
    const rows = loadGpus().objects() as GpuRow[];
    assert.deepEqual(
      rows.filter((r) => r.fp8_tflops === null).map((r) => r.gpu),
      ["A100", "A800"],
    );
    assert.deepEqual(
      rows.filter((r) => r.tdp_w === null).map((r) => r.gpu),
      ["H800"],
    );
  });

  it("each GPU names its chip as Epoch AI's chip database does (data/Chip dataset-Grid view.csv @ 263c40a), the name Epoch keys its constants on", () => {
    const rows = loadGpus().objects() as GpuRow[];
    // lines 189, 75, 47, 461 and 193 of Epoch's chip table begin with these names
    assert.deepEqual(
      rows.map((r) => [r.gpu, r.epoch_hardware]),
      [
        ["H100", "NVIDIA H100 SXM5 80GB"],
        ["H800", "NVIDIA H800 SXM5"],
        ["H20", "NVIDIA HGX H20"],
        ["A100", "NVIDIA A100 SXM4 80 GB"],
        ["A800", "NVIDIA A800 SXM"],
      ],
    );
  });
});
