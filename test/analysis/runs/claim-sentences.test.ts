import assert from "node:assert/strict";
import { defaultRunCosts as costs } from "../../charts/fixtures.js";
import { costShares } from "../../../src/analysis/runs/cost-shares.js";
import { claimSentences, gpuHoursSentences } from "../../../src/analysis/runs/claim-sentences.js";

describe("analysis/runs/claim-sentences", () => {
  it("claimSentences lists each comparison under its verdict, with its share, for both readings", () => {
    const [reported, sameBasis] = claimSentences(costShares(costs));
    assert.match(reported!, /^Against DeepSeek's reported figure \(under 10%\), the claim holds against /);
    // $5,576,000 ÷ $40,000,000 = 13.9%: Epoch's GPT-4 figure is among those it does not hold against
    assert.match(reported!, /; it does not hold against .*GPT-4 \(Epoch AI, amortized, 13\.9%\)/);
    assert.match(sameBasis!, /^On the same basis as each estimate \(under 10%\), the claim /);
    assert.match(sameBasis!, /it holds at the low end only against GPT-4 \(AI Index, rental, /);
  });

  it("gpuHoursSentences sets each run's hours against DeepSeek-V3's: Llama 3.1 405B 30.84M ÷ 2.788M = 11.1×", () => {
    const lines = gpuHoursSentences(costs);
    assert.ok(lines.includes("Llama 3.1 405B: 30,840,000 GPU-hours (H100), 11.1× DeepSeek-V3's 2,788,000."));
    // R1's 147K hours are 0.05× V3's: two decimals below 1
    assert.ok(lines.includes("DeepSeek-R1: 147,000 GPU-hours (H800), 0.05× DeepSeek-V3's 2,788,000."));
  });
});
