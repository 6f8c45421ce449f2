import assert from "node:assert/strict";
import { defaultEstimate as e } from "./fixtures.js";
import { matchSnapshot } from "./snapshot.js";
import { effectiveComputeChart } from "../../src/charts/effective-compute-chart.js";

describe("charts/effective-compute-chart", () => {
  it("effectiveComputeChart(estimate()) matches its snapshot", () => {
    matchSnapshot("effective-compute", effectiveComputeChart(e));
  });

  it("effectiveComputeChart checks its options", () => {
    assert.throws(() => effectiveComputeChart(e, { speedRatios: [0] }), {
      message: "invalid speedRatios: [0] (expected a non-empty list of positive numbers)",
    });
  });
});
