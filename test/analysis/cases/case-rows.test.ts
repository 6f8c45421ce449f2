import assert from "node:assert/strict";
import { caseRows } from "../../../src/analysis/cases/case-rows.js";
import { checklistSentences } from "../../../src/analysis/cases/checklist-sentences.js";
import { claimRows } from "../../../src/analysis/cases/claim-rows.js";
import { assumptions } from "../../../src/assumptions/assumptions.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { rentalRateRange } from "../../../src/analysis/prices/rental-prices.js";
import { SHIPPED_CASE_IDS } from "../../cases/shipped.js";

describe("analysis/cases/case-rows", () => {
  const rows = caseRows();
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it("caseRows() sets every case side by side, in data/cases.csv's order", () => {
    assert.deepEqual(
      rows.map((r) => r.id),
      SHIPPED_CASE_IDS,
    );
  });

  it("rental is the run's GPU-hours at the market range of the year the run started: V3 2,788,000 h × the 2024 range", () => {
    const r = row("deepseek-v3");
    const market = rentalRateRange(undefined, { year: 2024 });
    assert.equal(r.rentalYear, 2024);
    assert.equal(r.rentalLow, 2_788_000 * market.low);
    assert.equal(r.rentalHigh, 2_788_000 * market.high);
  });

  it("MiniMax-M1's run started in 2025 (2025-06-16 − 504 h − 60 days = 2025-03-27): 258,048 h × the 2025 range", () => {
    const r = row("minimax-m1");
    const market = rentalRateRange(undefined, { year: 2025 });
    assert.equal(r.rentalYear, 2025);
    assert.equal(r.rentalLow, 258_048 * market.low);
  });

  it("the amortized view is estimate()'s for the case, and × the claim divides it by the claim", () => {
    const e = estimate(assumptions({ case: "sky-t1-32b-preview" }));
    const r = row("sky-t1-32b-preview");
    assert.deepEqual([r.amortizedLow, r.amortizedHigh], [e.amortized.low, e.amortized.high]);
    assert.equal(r.claimUsd, 450);
    assert.ok(r.timesClaimText.endsWith("×"));
  });

  it("no claim (Llama 3.1 405B): × the claim is empty; no GPU-hours (Kimi K2 Thinking): no rental or amortized figure, never 0", () => {
    assert.deepEqual([row("llama-3.1-405b").claimUsd, row("llama-3.1-405b").timesClaimText], [null, ""]);
    const k = row("kimi-k2-thinking");
    assert.deepEqual(
      [k.rentalLow, k.amortizedLow, k.rentalText, k.who],
      [null, null, "no GPU-hours stated", "press-unnamed, contested"],
    );
  });

  it("claimRows('s1-32b'): one run of 16 × 26/60 = 6.93 H100-hours; $20, $6 and under $50 imply $2.88, $0.87 and at most $7.21 an hour", () => {
    const rows = claimRows("s1-32b");
    const hours = (16 * 26) / 60;
    assert.deepEqual(
      rows.map((r) => [r.claim, r.impliedRate]),
      [
        ["about $20", 20 / hours],
        ["$6", 6 / hours],
        ["under $50", 50 / hours],
      ],
    );
    assert.deepEqual(
      rows.map((r) => r.impliedRateText),
      ["$2.88 per H100-hour", "$0.87 per H100-hour", "at most $7.21 per H100-hour"],
    );
  });

  it("checklistSentences takes a case id where no estimate can be made: Kimi K2 Thinking's is all unknown", () => {
    const lines = checklistSentences("kimi-k2-thinking");
    assert.equal(lines.length, 8);
    assert.ok(lines.slice(1).every((l) => l.startsWith("Unknown: ")));
  });

  it("checklistSentences(e) says what the claim counts, item by item, from the data", () => {
    const lines = checklistSentences(estimate(assumptions({ case: "deepseek-r1" })));
    assert.equal(
      lines[0],
      "What US$294,000 (DeepSeek-R1, Nature (2025), Supplementary Table 7 (147K GPU-hours at $2), as Nature's news report of 2025-09-17 puts it) counts:",
    );
    assert.equal(
      lines[3],
      "Not counted: the base model's own training (the figure counts DeepSeek-R1's own stages, on top of DeepSeek-V3-Base).",
    );
    assert.deepEqual(checklistSentences(estimate(assumptions({ case: "llama-3.1-405b" }))), [
      "Meta claims no cost for Llama 3.1 405B: there is nothing to count for or against.",
    ]);
  });
});
