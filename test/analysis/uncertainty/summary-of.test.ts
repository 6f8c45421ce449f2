import assert from "node:assert/strict";
import { summaryOf } from "../../../src/analysis/uncertainty/summary-of.js";
import { summarize } from "../../../src/uncertainty/summary.js";

describe("analysis/uncertainty/summary-of", () => {
  it("summaryOf(draws) is summarize(draws), computed once per array of draws", () => {
    const draws = Float64Array.from({ length: 1001 }, (_, i) => (i * 7919) % 1001);
    const first = summaryOf(draws);
    assert.deepEqual(first, summarize(draws));
    // the same array: the same summary object, not a second sort
    assert.equal(summaryOf(draws), first);
    // another array with the same values: its own summary
    assert.notEqual(summaryOf(Float64Array.from(draws)), first);
    assert.equal(summaryOf(new Float64Array(0)), undefined);
  });
});
