import assert from "node:assert/strict";
import { simulation as sim } from "../charts/fixtures.js";
import { monteCarloMarkers } from "../../src/analysis/monte-carlo-markers.js";

describe("analysis/monte-carlo-markers", () => {
  it("monteCarloMarkers writes each marker in the simulation's currency", () => {
    const [p05] = monteCarloMarkers(sim.amortized, "USD");
    assert.match(p05.text, /^\$\d\.\d\dM$/);
  });

  it("monteCarloMarkers refuses no draws", () => {
    assert.throws(() => monteCarloMarkers(new Float64Array(0), "USD"), {
      message: "invalid draws: {} (expected one or more draws)",
    });
  });
});
