import assert from "node:assert/strict";
import { simulate } from "../../src/assumptions/simulate.js";
import { throwsText } from "../throws-text.js";

describe("assumptions/distribution-rules", () => {
  it("simulate() refuses a distribution whose draws break the assumption's rule: negative GPU-hours", () => {
    throwsText(
      () => simulate({}, { n: 10, distributions: { gpuHours: { kind: "uniform", low: -1, high: 5 } } }),
      'invalid distributions.gpuHours: {"kind":"uniform","low":-1,"high":5} (expected draws that gpuHours allows, each a positive number: its low, -1, is not)',
    );
    throwsText(
      () => simulate({}, { n: 10, distributions: { gpuHours: { kind: "triangular", low: 0, mode: 1e6, high: 3e6 } } }),
      'invalid distributions.gpuHours: {"kind":"triangular","low":0,"mode":1000000,"high":3000000} (expected draws that gpuHours allows, each a positive number: its low, 0, is not)',
    );
  });

  it("an interconnect share of 1, as a point or a uniform's end, and a log-normal where the rule has an upper end", () => {
    throwsText(
      () => simulate({}, { n: 10, distributions: { interconnectFraction: { kind: "point", value: 1 } } }),
      'invalid distributions.interconnectFraction: {"kind":"point","value":1} (expected draws that interconnectFraction allows, each a fraction in [0, 1): its value, 1, is not)',
    );
    throwsText(
      () => simulate({}, { n: 10, distributions: { interconnectFraction: { kind: "uniform", low: 0.1, high: 1 } } }),
      'invalid distributions.interconnectFraction: {"kind":"uniform","low":0.1,"high":1} (expected draws that interconnectFraction allows, each a fraction in [0, 1): its high, 1, is not)',
    );
    // a log-normal has draws above 1 however small its p95: with 0.1–0.3 as its 5th and 95th percentiles,
    // μ = −1.753, σ = 0.334, and 1 is 5.25 σ above μ: about 1 draw in 13 million, a share of 1 or more
    throwsText(
      () => simulate({}, { n: 10, distributions: { interconnectFraction: { kind: "lognormal", p05: 0.1, p95: 0.3 } } }),
      'invalid distributions.interconnectFraction: {"kind":"lognormal","p05":0.1,"p95":0.3} (expected draws that interconnectFraction allows, each a fraction in [0, 1): a log-normal has no upper end)',
    );
    throwsText(
      () => simulate({}, { n: 10, distributions: { powerFraction: { kind: "uniform", low: 0.5, high: 1.2 } } }),
      'invalid distributions.powerFraction: {"kind":"uniform","low":0.5,"high":1.2} (expected draws that powerFraction allows, each a fraction in (0, 1]: its high, 1.2, is not)',
    );
  });

  it("a PUE below 1, an experiments multiplier whose 90% interval starts below 1", () => {
    throwsText(
      () => simulate({}, { n: 10, distributions: { pue: { kind: "uniform", low: 0.9, high: 1.4 } } }),
      'invalid distributions.pue: {"kind":"uniform","low":0.9,"high":1.4} (expected draws that pue allows, each a number ≥ 1: its low, 0.9, is not)',
    );
    throwsText(
      () => simulate({}, { n: 10, distributions: { experimentsMultiplier: { kind: "lognormal", p05: 0.5, p95: 4 } } }),
      'invalid distributions.experimentsMultiplier: {"kind":"lognormal","p05":0.5,"p95":4} (expected draws that experimentsMultiplier allows, each a number ≥ 1: its p05, 0.5, is not)',
    );
  });

  it("draws past a plausible bound, prices in the simulation's currency", () => {
    throwsText(
      () => simulate({}, { n: 10, distributions: { gpuHours: { kind: "uniform", low: 1, high: 1e11 } } }),
      'invalid distributions.gpuHours: {"kind":"uniform","low":1,"high":100000000000} (expected draws that are each at most 10,000,000,000 GPU-hours: over 300 times Llama 3.1 405B\'s 30.84M H100-hours in data/training-runs.csv; its high, 100000000000, is beyond)',
    );
    // in yen: $10,000,000 × 150 = ¥1,500,000,000 a GPU at most
    throwsText(
      () => simulate({ currency: "JPY" }, { n: 10, distributions: { gpuPrice: { kind: "point", value: 2e9 } } }),
      'invalid distributions.gpuPrice: {"kind":"point","value":2000000000} (expected draws that are each at most 1,500,000,000 JPY per GPU, 10,000,000 USD at a round 150 JPY to the dollar: 250 times the $40,000 an H100 sells for at most, per aiwiki.ai; its value, 2000000000, is beyond)',
    );
    throwsText(
      () =>
        simulate({}, { n: 10, distributions: { lifetimeYears: { kind: "triangular", low: 0.01, mode: 5, high: 6 } } }),
      'invalid distributions.lifetimeYears: {"kind":"triangular","low":0.01,"mode":5,"high":6} (expected draws that are each at least 0.1 years: 36.5 days, shorter than DeepSeek-V3\'s final run: 2,788,000 GPU-hours on 2,048 GPUs, about 57 days; its low, 0.01, is beyond)',
    );
  });

  it("distributions within the rules are drawn as given", () => {
    const s = simulate({}, { n: 4, distributions: { pue: { kind: "uniform", low: 1.1, high: 1.4 } } });
    assert.deepEqual(s.distributions.pue, { kind: "uniform", low: 1.1, high: 1.4 });
    for (const x of s.amortized) assert.ok(Number.isFinite(x) && x > 0);
  });

  it("simulate() refuses options and distributions objects it cannot read whole", () => {
    throwsText(
      () => simulate({}, { samples: 1e6 } as never),
      "invalid options.samples: 1000000 (expected only the fields n, seed, distributions, freeze)",
    );
    throwsText(
      () => simulate({}, { n: 10, distributions: new Map() as never }),
      "invalid distributions: {} (expected a plain object, not a Map)",
    );
    throwsText(
      () =>
        simulate({}, { n: 10, distributions: { pue: { kind: "uniform", low: 1.1, high: 1.4, mode: 1.2 } as never } }),
      "invalid distributions.pue.mode: 1.2 (expected only the fields kind, low, high)",
    );
  });
});
