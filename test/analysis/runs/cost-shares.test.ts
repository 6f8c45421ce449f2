import assert from "node:assert/strict";
import { defaultRunCosts as costs } from "../../charts/fixtures.js";
import { costShares } from "../../../src/analysis/runs/cost-shares.js";
import type { RunCost } from "../../../src/analysis/runs/run-costs.js";

const run = (id: string, developer: string, key: RunCost["key"], low: number, high = low): RunCost => ({
  id,
  model: id,
  developer,
  gpu: null,
  gpuHours: null,
  costUsdLow: low,
  costUsdHigh: high,
  key,
  basis: key,
  source: "",
});

describe("analysis/runs/cost-shares", () => {
  it("costShares tests 'less than a tenth' against each basis: GPT-4 at $78.4M holds, at $40M it does not", () => {
    const shares = costShares(costs);
    const gpt4 = shares.filter((s) => s.model === "GPT-4");
    // $5,576,000 ÷ $78,352,034 = 7.1%; $5,576,000 ÷ $40,000,000 = 13.9%
    assert.deepEqual(
      gpt4.map((s) => [s.costText, s.reportedShareText, s.reportedVerdict]),
      [
        ["$78.4M", "7.1%", "holds"],
        ["$40.0M", "13.9%", "does not hold"],
      ],
    );
    assert.ok(shares.every((s) => s.developer !== "DeepSeek-AI"));
  });

  it("costShares pairs the same basis at the same rate: low with low, high with high", () => {
    const shares = costShares(
      [
        run("v3", "DeepSeek-AI", "reported", 5_576_000),
        run("v3", "DeepSeek-AI", "rental", 5_576_000, 13_705_808), // 2,788,000 h × $2 and × $4.916
        run("llama", "Meta", "rental", 61_680_000, 151_609_440), // 30,840,000 h × $2 and × $4.916
        run("gpt", "OpenAI", "amortized", 40_000_000),
      ],
      { of: "v3" },
    );
    // at any common rate the share is the ratio of hours: 2,788,000 ÷ 30,840,000 = 9.04%
    assert.equal(shares[0]!.sameBasisShareText, "9.0%");
    assert.equal(shares[0]!.sameBasisVerdict, "holds");
    // the reported $5.576M against $61.68M–$151.6M: 3.7%–9.0%
    assert.equal(shares[0]!.reportedShareText, "3.7–9.0%");
    // no amortized cost of v3 in the list
    assert.deepEqual(
      [shares[1]!.sameBasisShare, shares[1]!.sameBasisShareText, shares[1]!.sameBasisVerdict],
      [null, "—", "no cost on this basis"],
    );
  });

  it("costShares says 'holds at the low end only' when the threshold falls inside the range", () => {
    const [share] = costShares(
      [run("x", "A", "reported", 5), run("x", "A", "rental", 5, 15), run("y", "B", "rental", 100)],
      { of: "x" },
    );
    // 5 ÷ 100 = 5% < 10% ≤ 15 ÷ 100 = 15%
    assert.equal(share!.sameBasisVerdict, "holds at the low end only");
  });

  it("costShares checks its options", () => {
    assert.throws(() => costShares(costs, { of: "llama-2-total" }), {
      message: 'invalid of: "llama-2-total" (expected the id of a run with a reported cost in costs)',
    });
    assert.throws(() => costShares(costs, { threshold: 0 }), {
      message: "invalid threshold: 0 (expected a fraction in (0, 1])",
    });
  });
});
