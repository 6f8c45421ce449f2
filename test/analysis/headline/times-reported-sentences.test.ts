import assert from "node:assert/strict";
import { defaultEstimate as e } from "../../charts/fixtures.js";
import { timesReportedSentences } from "../../../src/analysis/headline/times-reported-sentences.js";

describe("analysis/headline/times-reported-sentences", () => {
  it("timesReportedSentences divides each view by the reported figure, as estimate().timesReported does", () => {
    const [purchase, allIn, rental] = timesReportedSentences(e);
    assert.equal(
      purchase,
      "Buying the fleet's GPUs costs 9.5–17.7× the reported figure ($52.8M–$98.9M against $5.58M).",
    );
    // rental: 2,788,000 h × $2 ÷ $5,576,000 = 1.0; × $4.916 ÷ $5,576,000 = 2.458
    assert.equal(
      rental,
      "Renting the final run's GPU-hours costs 1.0–2.5× the reported figure ($5.58M–$13.7M against $5.58M).",
    );
    const t = e.purchase.allIn;
    assert.ok(allIn!.includes(`${(t.low / e.reported.low).toFixed(1)}–${(t.high / e.reported.low).toFixed(1)}×`));
  });
});
