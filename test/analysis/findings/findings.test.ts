import assert from "node:assert/strict";
import { claimOf } from "../../../src/analysis/findings/claim.js";
import { findingKeys, findings } from "../../../src/analysis/findings/findings.js";
import { HEADLINE_MONTE_CARLO, headlineDraws } from "../../../src/analysis/headline/headline-draws.js";
import { assumptions } from "../../../src/assumptions/assumptions.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { simulate } from "../../../src/assumptions/simulate.js";
import { withExperiments } from "../../../src/assumptions/with-experiments.js";
import { loadTrainingRuns } from "../../../src/data/load-training-runs.js";

/** The findings of `overrides`, with the Monte Carlo the page and the report run (here 20,000 draws, for speed). */
function findingsOf(overrides = {}, n = 20_000) {
  const e = estimate(overrides);
  const draws = headlineDraws(
    simulate(withExperiments(assumptions(overrides)), { ...HEADLINE_MONTE_CARLO, n }),
    e.reported!.low,
  );
  return { e, draws, list: findings(e, claimOf(e), { draws, runs: loadTrainingRuns() }) };
}

describe("analysis/findings/findings", () => {
  it("findings(e, claim, {draws, runs}) gives six sentences in order, each computed from the estimate", () => {
    const { list } = findingsOf();
    assert.deepEqual(
      list.map((f) => f.key),
      [...findingKeys],
    );
    const [claim] = list;
    // Table 1: 2,788K H800 GPU-hours × $2 = $5.576M
    assert.equal(
      claim!.text,
      "DeepSeek-AI's $5.576M is 2.788M H800 GPU-hours × an assumed $2 an hour, for the final training run only (pre-training, context extension, post-training).",
    );
  });

  it("the final run and the programme quote the Monte Carlo's median with its 90% interval and basis", () => {
    const { e, draws, list } = findingsOf();
    const run = list.find((f) => f.key === "finalRun")!;
    const m = (x: number) => `$${(x / 1e6).toPrecision(3)}M`;
    assert.equal(run.figure, m(draws.amortized!.p50));
    assert.ok(
      run.text.startsWith(
        "On Epoch AI's amortized basis (the hardware value the run used up, plus energy; price-performance, valued at purchase), the final run cost ",
      ),
    );
    assert.ok(run.text.includes(`(90% interval ${m(draws.amortized!.p05)}–${m(draws.amortized!.p95)})`), run.text);
    // at a multiplier of 1 the programme counts Lambert's 2–4: its median ÷ $5,576,000
    const programme = list.find((f) => f.key === "programme")!;
    assert.ok(
      programme.text.startsWith("With experiments at 2–4× the final run (Lambert's estimate), the programme cost "),
    );
    assert.ok(programme.text.endsWith(` ${(draws.programme!.p50 / e.reported!.low).toFixed(1)}× the reported figure.`));
  });

  it("without draws the findings quote the ends of the stated ranges, and say so", () => {
    const e = estimate();
    const run = findings(e, claimOf(e)).find((f) => f.key === "finalRun")!;
    // $5,732,282 → $5.73M; $7,101,119 → $7.10M (both ends to the same digits); ÷ $5,576,000 = 1.03–1.27
    assert.ok(
      run.text.includes("cost $5.73M–$7.10M (the ends of the stated ranges), 1.0–1.3× the reported figure."),
      run.text,
    );
  });

  it("the methods finding says the method decides when the alternatives fall on both sides of the reported figure", () => {
    const { list, draws } = findingsOf();
    const methods = list.find((f) => f.key === "methods")!.text;
    // at purchase $5.73M–$7.10M is above $5.576M; at training start $3.97M–$4.90M and straight-line $3.65M–$4.50M below
    assert.ok(
      methods.startsWith(
        "Valued otherwise, it is $3.97M–$4.90M (price-performance, valued at training start) and $3.65M–$4.50M (straight-line over 5 years): the method, more than any uncertain input, decides",
      ),
      methods,
    );
    assert.ok(methods.endsWith(`(${(draws.amortizedBelowReported! * 100).toFixed(1)}% of the draws fall below it).`));
    // with a cheap GPU every method is below the reported figure
    const cheap = findings(estimate({ gpuPrice: 5000 }), claimOf(estimate())).find((f) => f.key === "methods")!.text;
    assert.match(cheap, /on every method the final run cost less than reported\.$/);
  });

  it("the chips finding follows gpuCount: 2,048 × JPY 4–5M ÷ 151.65 = $54.0M–$67.5M", () => {
    const chips = (o: object) => findingsOf(o, 2000).list.find((f) => f.key === "chips")!.text;
    assert.equal(
      chips({}),
      "The chips cost $52.8M–$98.9M (2,000–3,000 × JPY 4.0M–5.0M, as the article computes it), or $107M–$200M with servers and network: capital for a fleet that serves many runs, not the cost of one run.",
    );
    assert.ok(chips({ gpuCount: 2048 }).startsWith("The chips cost $54.0M–$67.5M (2,048 × JPY 4.0M–5.0M,"));
  });

  it("the comparison finding tests the article's claim against the published estimates only", () => {
    const text = findingsOf({}, 2000).list.find((f) => f.key === "comparison")!.text;
    // $5,576,000 ÷ $78.4M = 7.1% and ÷ $191.4M = 2.9% (rental); ÷ $40.1M = 13.9% and ÷ $30M = 18.6% (Epoch)
    assert.equal(
      text,
      "The article's \"不到10分之1\" (V3 cost as a share of US models' cost under 10%) holds against GPT-4 (AI Index, rental, 7.1%) and Gemini Ultra (AI Index, rental, 2.9%), not against GPT-4 (Epoch AI, amortized, 13.9%) or Gemini Ultra (Epoch AI, amortized, 18.6%).",
    );
  });

  it("no finding writes the claim's own words or figures as literals: they follow the claim given", () => {
    const e = estimate();
    const other = { ...claimOf(e), lab: "Example Lab", amountText: "$9.999M", gpu: "H100", gpuHours: 1_234_000 };
    const text = findings(e, other)
      .map((f) => f.text)
      .join(" ");
    assert.ok(text.includes("Example Lab's $9.999M is 1.234M H100 GPU-hours"));
    assert.doesNotMatch(text, /DeepSeek|5\.576M|H800|2\.788M/);
  });

  it("in yen the findings never write a bare ¥", () => {
    const text = findingsOf({ currency: "JPY" }, 2000)
      .list.map((f) => f.text)
      .join(" ");
    assert.ok(text.includes("$5.576M (JPY 845.6M)"), text);
    assert.doesNotMatch(text, /(?<!JP|CN)¥/);
  });
});
