import assert from "node:assert/strict";
import { estimate } from "../../../src/assumptions/estimate.js";
import { alternativeRows, alternativeSentences } from "../../../src/analysis/methods/alternatives.js";

describe("analysis/methods/alternatives", () => {
  it("alternativeRows and alternativeSentences give the amortized view under every method, the chosen one marked", () => {
    const e = estimate();
    assert.deepEqual(
      alternativeRows(e).map((r) => [r.method, r.chosen]),
      [
        ["price-performance, valued at purchase", "as chosen"],
        ["price-performance, valued at training start", ""],
        ["straight-line over 5 years", ""],
      ],
    );
    const lines = alternativeSentences(e);
    assert.equal(
      lines[0],
      `Amortized, price-performance, valued at purchase (as chosen): $5.73M–$7.10M, 1.0–1.3× the reported $5.58M.`,
    );
    // valued at training start the run is charged 10^(−0.14 × 1.2047) = 0.678 of the price: 0.7–0.9× the reported figure
    assert.equal(
      lines[1],
      `Amortized, price-performance, valued at training start: $3.97M–$4.90M, 0.7–0.9× the reported $5.58M.`,
    );
    assert.equal(
      lines[3],
      "The choice decides the verdict: at or above the reported figure with price-performance, valued at purchase; below it with price-performance, valued at training start; straight-line over 5 years.",
    );
  });
});
