import assert from "node:assert/strict";
import { assumptions } from "../../../src/assumptions/assumptions.js";
import { estimate } from "../../../src/assumptions/estimate.js";
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
    assert.ok(allIn!.includes(`${(t.low / e.reported!.low).toFixed(1)}–${(t.high / e.reported!.low).toFixed(1)}×`));
  });

  it("timesReportedSentences writes the programme beside the final run, never a copy: Lambert's 2–4 at a multiplier of 1", () => {
    // $5.73M × 2 = $11.5M, ÷ $5.576M = 2.06; $7.1M × 4 = $28.4M, ÷ $5.576M = 5.09
    assert.equal(
      timesReportedSentences(e)[4],
      "The programme (final run × 2–4 for experiments, Lambert's estimate) comes to 2.1–5.1× the reported figure ($11.5M–$28.4M against $5.58M).",
    );
  });

  it("a case that claims nothing says so in one sentence, with no multiple of a claim", () => {
    assert.deepEqual(timesReportedSentences(estimate(assumptions({ case: "llama-3.1-405b" }))), [
      "Meta claims no cost for Llama 3.1 405B: no view is set against a claim.",
    ]);
  });
});
