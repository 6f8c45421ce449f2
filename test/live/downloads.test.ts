import assert from "node:assert/strict";
import { estimate } from "../../src/assumptions/estimate.js";
import { estimateJson } from "../../src/live/downloads.js";

describe("live/downloads", () => {
  it("estimateJson keeps the overrides, the validated assumptions and every figure, as summary.json does", () => {
    const e = estimate({ gpuCount: 2048 });
    const json = JSON.parse(estimateJson(e, { gpuCount: 2048 })) as Record<string, Record<string, unknown>>;
    assert.deepEqual(json["overrides"], { gpuCount: 2048 });
    assert.deepEqual(json["assumptions"]!["gpuCount"], { low: 2048, high: 2048 });
    const { assumptions: _omitted, ...figures } = e;
    assert.deepEqual(json["estimate"], JSON.parse(JSON.stringify(figures)));
  });
});
