import assert from "node:assert/strict";
import { table } from "arquero";
import { loadGpus } from "../../src/data/load-gpus.js";
import { tableRows } from "../../src/data/table-rows.js";

describe("data/table-rows", () => {
  it("tableRows(table) gives the rows as plain objects, in order, nulls kept: what objects() gives, without compiling code", () => {
    assert.deepEqual(tableRows(table({ gpu: ["H100", "H800"], tdp_w: [700, null] })), [
      { gpu: "H100", tdp_w: 700 },
      { gpu: "H800", tdp_w: null },
    ]);
    const gpus = loadGpus();
    assert.deepEqual(tableRows(gpus), gpus.objects());
  });
});
