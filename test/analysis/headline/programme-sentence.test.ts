import assert from "node:assert/strict";
import { estimate } from "../../../src/assumptions/estimate.js";
import { programmeSentence } from "../../../src/analysis/headline/programme-sentence.js";

describe("analysis/headline/programme-sentence", () => {
  it("programmeSentence follows the experiments multiplier; at 1 it names the programme shown beside the run", () => {
    // $5.73M–$7.1M × 2–4 = $11.5M–$28.4M
    assert.equal(
      programmeSentence(estimate()),
      "The experiments multiplier is 1: the final run alone ($5.73M–$7.10M), as the reported figure counts it. The programme shown beside it counts the trials before it at 2–4× (Lambert's estimate, the full-programme scenario): $11.5M–$28.4M.",
    );
    assert.match(
      programmeSentence(estimate({ experimentsMultiplier: [2, 4] })),
      /^The experiments multiplier is 2–4: the programme, \$11\.5M–\$28\.4M, counts 1–3 times/,
    );
  });
});
