import assert from "node:assert/strict";
import { claimOf } from "../../../src/analysis/findings/claim.js";
import { findings } from "../../../src/analysis/findings/findings.js";
import { assumptions } from "../../../src/assumptions/assumptions.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { loadTrainingRuns } from "../../../src/data/load-training-runs.js";
import { costLadder } from "../../../src/analysis/findings/cost-ladder.js";
import { loadFleetAndStaff, type FleetAndStaffRow } from "../../../src/data/load-fleet-and-staff.js";
import { tableRows } from "../../../src/data/table-rows.js";
import { contextHtml } from "../../../src/live/context-html.js";

/** The findings of a case at its defaults, with the runs the article's comparison reads. */
const of = (overrides: Parameters<typeof assumptions>[0]) => {
  const e = estimate(assumptions(overrides));
  return findings(e, claimOf(e), { runs: loadTrainingRuns() });
};

describe("analysis/findings for other cases", () => {
  it("DeepSeek-R1: its arithmetic (147K × $2), its base with the base's claim ($5,576,000 + $294,000 = $5.87M), Lambert's multiplier borrowed", () => {
    const f = of({ case: "deepseek-r1" });
    assert.equal(
      f[0]!.text,
      "DeepSeek-AI's US$294,000 is 147K H800 GPU-hours × an assumed $2 an hour, for the final training run only (r1-zero reinforcement learning, sft data, r1 reinforcement learning). It builds on DeepSeek-V3-Base: with the base's own claim, $5.87M.",
    );
    assert.match(f.find((x) => x.key === "programme")!.text, /\(Lambert's estimate for DeepSeek-V3, borrowed\)/);
    // the article's comparison with US models is the article's case's only
    assert.equal(
      f.some((x) => x.key === "comparison"),
      false,
    );
    assert.doesNotMatch(f.find((x) => x.key === "chips")!.text, /as the article computes it/);
  });

  it("Llama 3.1 405B claims no cost: the findings say so, and no sentence is a multiple of a claim", () => {
    const f = of({ case: "llama-3.1-405b" });
    assert.equal(
      f[0]!.text,
      "Meta claims no cost for Llama 3.1 405B: its 30.84M H100 GPU-hours are costed here, with no claim to set them against.",
    );
    for (const x of f) assert.doesNotMatch(x.text, /the reported figure|NaN|Infinity/, x.key);
  });

  it("Kimi K2 Thinking: the press's figure, said to be contested and by whom, with hours a user gives", () => {
    const f = of({ case: "kimi-k2-thinking", gpuCount: 2048, gpuHours: 1_000_000 });
    assert.match(f[0]!.text, /^The press's \$4\.6 million for Kimi K2 Thinking comes with no GPU-hours/);
    assert.match(f[0]!.text, /It builds on Kimi K2, whose cost is unknown/);
    assert.match(f[0]!.text, /It is contested by Yang Zhilin, Moonshot AI's founder and CEO/);
    assert.match(
      f[0]!.text,
      /"It is hard to quantify the training cost because a major part is research and experiments\."/,
    );
  });

  it("DeepSeek-V3, the article's case, keeps the article's comparison and Lambert's own label", () => {
    const f = of({});
    assert.equal(
      f.some((x) => x.key === "comparison"),
      true,
    );
    assert.match(f.find((x) => x.key === "programme")!.text, /\(Lambert's estimate\)/);
  });
});

describe("the cost ladder and the page's context for other cases", () => {
  it("the article's lab's fleet spending is the article's case's only: MiniMax-M1's ladder leaves it out and says so", () => {
    const e = estimate(assumptions({ case: "minimax-m1" }));
    const ladder = costLadder(e, claimOf(e), { figures: loadFleetAndStaff() });
    assert.equal(
      ladder.rows.some((r) => r.step === "capex"),
      false,
    );
    assert.match(ladder.note, /contested fleet spending/);
    assert.equal(ladder.rows[0]!.label, "Reported by MiniMax");
    const v3 = estimate();
    assert.ok(costLadder(v3, claimOf(v3), { figures: loadFleetAndStaff() }).rows.some((r) => r.step === "capex"));
  });

  it("a case that claims nothing has no reported step; a press figure is 'claimed by the press'", () => {
    const llama = estimate(assumptions({ case: "llama-3.1-405b" }));
    assert.equal(costLadder(llama, claimOf(llama)).rows[0]!.step, "finalRun");
    const kimi = estimate(assumptions({ case: "kimi-k2-thinking", gpuCount: 2048, gpuHours: 1_000_000 }));
    assert.equal(costLadder(kimi, claimOf(kimi)).rows[0]!.label, "Claimed by the press (unnamed sources)");
  });

  it("the page's 'before you quote' says who contests the claim, in their words, and lists the article's lab's contested figures for the article's case only", () => {
    const kimi = estimate(assumptions({ case: "kimi-k2-thinking", gpuCount: 2048, gpuHours: 1_000_000 }));
    const html = contextHtml(claimOf(kimi), tableRows<FleetAndStaffRow>(loadFleetAndStaff()), "#x");
    assert.match(html, /The \$4\.6 million is contested by Yang Zhilin/);
    assert.match(
      html,
      /<q>It is hard to quantify the training cost because a major part is research and experiments\.<\/q>/,
    );
    assert.doesNotMatch(html, /SemiAnalysis/);
    const v3 = estimate();
    assert.match(contextHtml(claimOf(v3), tableRows<FleetAndStaffRow>(loadFleetAndStaff()), "#x"), /SemiAnalysis/);
  });
});
