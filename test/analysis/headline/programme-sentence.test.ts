import assert from "node:assert/strict";
import { estimate } from "../../../src/assumptions/estimate.js";
import { programmeSentence } from "../../../src/analysis/headline/programme-sentence.js";

describe("analysis/headline/programme-sentence", () => {
  it("programmeSentence follows the experiments multiplier", () => {
    assert.match(
      programmeSentence(estimate()),
      /^The experiments multiplier is 1: the programme is the final run alone \(\$5\.73M–\$7\.10M\)/,
    );
    assert.match(
      programmeSentence(estimate({ experimentsMultiplier: [2, 4] })),
      /^The experiments multiplier is 2–4: the programme, \$11\.5M–\$28\.4M, counts 1–3 times/,
    );
  });
});
