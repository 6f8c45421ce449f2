import assert from "node:assert/strict";
import { cases } from "../../src/cases/cases.js";
import { caseOf } from "../../src/cases/case-of.js";
import { checklist } from "../../src/cases/checklist.js";
import { baseChain } from "../../src/cases/chain.js";
import { dataCase } from "../../src/cases/case-of.js";
import { caseTrainingStart } from "../../src/cases/case-run.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { estimate } from "../../src/assumptions/estimate.js";
import type { CaseSummaryRow } from "../../src/cases/cases.js";
import { throwsText } from "../throws-text.js";
import { SHIPPED_CASE_IDS } from "./shipped.js";

const close = (actual: number, expected: number, tolerance = 1e-9) =>
  assert.ok(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)), `${actual} ≠ ${expected}`);
const row = (id: string) => (cases().objects() as CaseSummaryRow[]).find((r) => r.id === id)!;

describe("cases/cases", () => {
  it("cases() lists the shipped cases by the ids users type, DeepSeek-V3 first", () => {
    assert.deepEqual(cases().array("id"), SHIPPED_CASE_IDS);
  });

  it("deepseek-v3: 2,664,000 + 119,000 + 5,000 = 2,788,000 H800 GPU-hours; × $2 = $5,576,000, Table 1's total", () => {
    const c = caseOf("deepseek-v3");
    assert.equal(c.gpuHours, 2_664_000 + 119_000 + 5_000);
    const e = estimate(assumptions({ case: "deepseek-v3" }));
    assert.equal(e.reported!.low, 2_788_000 * 2);
    assert.equal(e.reported!.low, 5_576_000);
    assert.deepEqual(
      e.reported!.breakdown.map((l) => [l.label, l.low]),
      [
        ["Pre-training", 2_664_000 * 2],
        ["Context extension", 119_000 * 2],
        ["Post-training", 5_000 * 2],
      ],
    );
    assert.equal(row("deepseek-v3").impliedRateUsd, 2);
  });

  it("deepseek-r1: 101,000 + 5,000 + 41,000 = 147,000 GPU-hours × $2 = $294,000, on top of V3: $5,576,000 + $294,000 = $5,870,000", () => {
    const c = caseOf("deepseek-r1");
    assert.equal(c.gpuHours, 147_000);
    assert.equal(estimate(assumptions({ case: "deepseek-r1" })).reported!.low, 147_000 * 2);
    assert.equal(baseChain(c, dataCase).totalUsd, 5_576_000 + 294_000);
    assert.equal(row("deepseek-r1").withBase, "$5.87M");
  });

  it("minimax-m1: 512 GPUs × 3 weeks (504 h) = 258,048 GPU-hours, so $534,700 implies $2.072 an hour", () => {
    const c = caseOf("minimax-m1");
    assert.equal(c.gpuHours, 512 * 3 * 7 * 24);
    close(row("minimax-m1").impliedRateUsd!, 534_700 / 258_048);
    assert.equal(estimate(assumptions({ case: "minimax-m1" })).reported!.low, 534_700);
    // MiniMax-Text-01 has no case: the chain is unknown, never 0
    assert.equal(baseChain(c, dataCase).totalUsd, null);
    assert.equal(row("minimax-m1").withBase, "unknown");
  });

  it("sky-t1-32b-preview: 8 × 19 = 152 H100-hours, so $450 implies $2.96 an hour; 'less than $450' is a bound, compared at $450", () => {
    const c = caseOf("sky-t1-32b-preview");
    assert.equal(c.gpuHours, 8 * 19);
    close(row("sky-t1-32b-preview").impliedRateUsd!, 450 / 152);
    assert.equal((450 / 152).toFixed(2), "2.96");
    assert.equal(c.claims[0]!.upperBound, true);
    assert.equal(estimate(assumptions({ case: "sky-t1-32b-preview" })).reported!.low, 450);
  });

  it("s1-32b: 16 × 26/60 = 6.93 H100-hours; $6, $20 and $50 for that run imply $0.87, $2.88 and $7.21 an hour", () => {
    const c = caseOf("s1-32b");
    close(c.gpuHours!, (16 * 26) / 60);
    const rates = c.claims.map((k) => k.figure / c.gpuHours!);
    assert.deepEqual(
      c.claims.map((k) => k.text),
      ["about $20", "$6", "under $50"],
    );
    close(rates[0]!, 20 / ((16 * 26) / 60));
    close(rates[1]!, 6 / ((16 * 26) / 60));
    close(rates[2]!, 50 / ((16 * 26) / 60));
    assert.deepEqual(
      rates.map((r) => r.toFixed(2)),
      ["2.88", "0.87", "7.21"],
    );
  });

  it("llama-3.1-405b: 30.84M H100-hours and no claim: every view stands, × the claim is absent, never 0 or NaN", () => {
    const e = estimate(assumptions({ case: "llama-3.1-405b" }));
    assert.equal(e.assumptions.gpuHours.low, 30_840_000);
    assert.equal(e.reported, undefined);
    assert.equal(e.timesReported, undefined);
    for (const v of [e.purchase, e.rental, e.amortized, e.programme]) assert.ok(Number.isFinite(v.low) && v.low > 0);
    for (const alt of e.alternatives) assert.equal(alt.timesReported, undefined);
    assert.equal(row("llama-3.1-405b").claim, "");
    // rental at the default $2–$4.916: 30,840,000 × 2 = $61,680,000
    assert.equal(e.rental.low, 30_840_000 * 2);
  });

  it("kimi-k2-thinking: the press's $4.6M, contested by Moonshot's founder; no GPU-hours, so they must be given", () => {
    const c = caseOf("kimi-k2-thinking");
    assert.equal(c.claims[0]!.who, "press-unnamed");
    assert.match(c.claims[0]!.contested!.by, /Yang Zhilin/);
    assert.equal(row("kimi-k2-thinking").contested.startsWith("contested by Yang Zhilin"), true);
    throwsText(
      () => assumptions({ case: "kimi-k2-thinking" }),
      'case kimi-k2-thinking states no GPU count (expected gpuCount given with the case: assumptions({ case: "kimi-k2-thinking", gpuCount: … }))',
    );
    throwsText(
      () => assumptions({ case: "kimi-k2-thinking", gpuCount: 2048 }),
      'case kimi-k2-thinking states no GPU-hours (expected gpuHours given with the case: assumptions({ case: "kimi-k2-thinking", gpuHours: … }))',
    );
    const e = estimate(assumptions({ case: "kimi-k2-thinking", gpuCount: 2048, gpuHours: 1_000_000 }));
    assert.equal(e.reported!.low, 4_600_000);
    assert.match(e.reported!.label, /press/);
  });

  it("the checklist is computed from the data, and agrees with the research notes for every case", () => {
    const expected: Record<string, string> = {
      // finalRun, experiments, baseModel, dataGeneration, postTraining, owning, staff
      "deepseek-v3": "counted, not counted, counted, unknown, counted, not counted, not counted",
      "deepseek-r1": "counted, not counted, not counted, counted, counted, not counted, not counted",
      "minimax-m1": "counted, not counted, not counted, unknown, counted, not counted, not counted",
      "kimi-k2-thinking": "unknown, unknown, unknown, unknown, unknown, unknown, unknown",
      "sky-t1-32b-preview": "counted, unknown, not counted, not counted, counted, not counted, not counted",
      "s1-32b": "counted, unknown, not counted, not counted, counted, not counted, not counted",
    };
    for (const [id, want] of Object.entries(expected)) {
      const c = caseOf(id);
      assert.equal(
        checklist(c, c.claims[0]!)
          .map((l) => l.counted)
          .join(", "),
        want,
        id,
      );
    }
  });

  it("the case supplies the defaults: minimax-m1 runs on 512 H800s; any other assumption still overrides", () => {
    const a = assumptions({ case: "minimax-m1" });
    assert.equal(a.gpu, "H800");
    assert.deepEqual([a.gpuCount.low, a.gpuCount.high], [512, 512]);
    assert.equal(a.gpuHours.low, 258_048);
    // the one rule: 2025-06-16 − 258,048 ÷ 512 = 504 h (21 days) − 60 days = 2025-03-27
    assert.equal(a.trainingStart, "2025-03-27");
    assert.equal(caseTrainingStart(caseOf("minimax-m1")).day, "2025-03-27");
    const b = assumptions({ case: "minimax-m1", gpuHours: 300_000, gpuCount: 1024 });
    assert.deepEqual([b.gpuHours.low, b.gpuCount.low, b.case.id], [300_000, 1024, "minimax-m1"]);
  });

  it("a case on the H100 takes the article's H100 price (JPY 5.5M) as its GPU price, with the H100 price's uncertainty", () => {
    const a = assumptions({ case: "sky-t1-32b-preview" });
    assert.deepEqual([a.gpu, a.gpuPrice.low, a.gpuPrice.currency], ["H100", 5_500_000, "JPY"]);
  });

  it("an unknown case is refused with the known ids and the closest", () => {
    throwsText(
      () => assumptions({ case: "deepseek-v4" }),
      'invalid case: "deepseek-v4" (expected one of deepseek-v3, deepseek-r1, llama-3.1-405b, minimax-m1, kimi-k2-thinking, sky-t1-32b-preview, s1-32b, or a case object with id, model, claim, gpu, gpuCount, gpuHours, published, source and quote; did you mean "deepseek-v3"?)',
    );
  });
});
