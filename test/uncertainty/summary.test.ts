import assert from "node:assert/strict";
import { interval90, mean, quantile, quantileStandardError, summarize } from "../../src/uncertainty/summary.js";
import { sample } from "../../src/uncertainty/sample.js";
import { uniform } from "../../src/uncertainty/uniform.js";
import { range } from "../../src/range/range.js";
import { throwsText } from "../throws-text.js";

describe("uncertainty/summary", () => {
  it("quantile(xs, p) uses the R-7 method (d3-array's quantileSorted): h = (n − 1)·p, linear between neighbours", () => {
    // [1, 2, 3, 4], p = 0.25: h = 3 · 0.25 = 0.75 → 1 + 0.75 · (2 − 1) = 1.75
    assert.equal(quantile([1, 2, 3, 4], 0.25), 1.75);
    // p = 0.5: h = 1.5 → 2 + 0.5 · (3 − 2) = 2.5
    assert.equal(quantile([4, 1, 3, 2], 0.5), 2.5);
    // [10, 20, 40], p = 0.9: h = 2 · 0.9 = 1.8 → 20 + 0.8 · (40 − 20) = 36
    assert.ok(Math.abs(quantile(new Float64Array([40, 10, 20]), 0.9)! - 36) < 1e-12);
    // p = 0 and p = 1 are the min and max
    assert.equal(quantile([3, 1, 2], 0), 1);
    assert.equal(quantile([3, 1, 2], 1), 3);
    assert.equal(quantile([7], 0.3), 7);
  });

  it("quantile does not reorder its input", () => {
    const xs = [4, 1, 3, 2];
    quantile(xs, 0.5);
    assert.deepEqual(xs, [4, 1, 3, 2]);
  });

  it("mean(xs) is the arithmetic mean", () => {
    // (1 + 2 + 3 + 10) / 4 = 4
    assert.equal(mean([1, 2, 3, 10]), 4);
  });

  it("interval90(xs) is { low: q05, high: q95 } by R-7", () => {
    // 0, 1, …, 100: h = 100 · 0.05 = 5 → 5; h = 100 · 0.95 = 95 → 95
    const xs = Array.from({ length: 101 }, (_, i) => 100 - i);
    assert.deepEqual(interval90(xs), { low: 5, high: 95 });
  });

  it("summarize(xs) gives n, mean, p05, p50, p95, min, max and the percentiles' standard errors", () => {
    // 1 … 21: n = 21, mean = 11; p05 at h = 20 · 0.05 = 1 → 2; p50 at h = 10 → 11; p95 at h = 19 → 20
    const xs = new Float64Array(Array.from({ length: 21 }, (_, i) => 21 - i));
    const s = summarize(xs)!;
    assert.deepEqual(
      { ...s, standardErrors: undefined },
      { n: 21, mean: 11, p05: 2, p50: 11, p95: 20, min: 1, max: 21, standardErrors: undefined },
    );
    // on 1 … 21 the values are one apart, so each error is the binomial band's half-width in ranks:
    // median √(21 · 0.5 · 0.5) = √5.25 = 2.2913; 5th and 95th √(21 · 0.05 · 0.95) = √0.9975 = 0.99875
    assert.ok(Math.abs(s.standardErrors.p50 - Math.sqrt(5.25)) < 1e-12);
    assert.ok(Math.abs(s.standardErrors.p05 - Math.sqrt(0.9975)) < 1e-12);
    assert.ok(Math.abs(s.standardErrors.p95 - Math.sqrt(0.9975)) < 1e-12);
  });

  it("quantileStandardError(xs, p): the median of n uniform draws on [0, 1] is known to ±0.5 ÷ √n", () => {
    // the sample median's standard error is √(p(1 − p) ÷ n) ÷ density = 0.5 ÷ √10,000 = 0.005 for a unit uniform
    const draws = sample(uniform(range(0, 1)), 10_000, { seed: 11 });
    const se = quantileStandardError(draws, 0.5)!;
    assert.ok(Math.abs(se - 0.005) < 0.0005, String(se));
    assert.equal(quantileStandardError([], 0.5), undefined);
    assert.equal(quantileStandardError([4], 0.5), 0);
  });

  it("the standard error says how much the percentile moves from seed to seed", () => {
    // 60 seeds of 4,000 uniform draws on [0, 10]: the 95th percentile's spread across seeds against the
    // error one run estimates: 10 × √(0.05 · 0.95 ÷ 4,000) = 0.0345
    const p95s: number[] = [];
    const errors: number[] = [];
    for (let seed = 0; seed < 60; seed++) {
      const s = summarize(sample(uniform(range(0, 10)), 4000, { seed }))!;
      p95s.push(s.p95);
      errors.push(s.standardErrors.p95);
    }
    const m = p95s.reduce((a, b) => a + b, 0) / p95s.length;
    const spread = Math.sqrt(p95s.reduce((a, b) => a + (b - m) ** 2, 0) / (p95s.length - 1));
    const estimated = errors.reduce((a, b) => a + b, 0) / errors.length;
    assert.ok(Math.abs(estimated - 0.0345) < 0.005, String(estimated));
    assert.ok(spread / estimated > 0.7 && spread / estimated < 1.4, `spread ${spread} against ${estimated}`);
  });

  it("summaries of no draws are undefined", () => {
    assert.equal(mean([]), undefined);
    assert.equal(quantile(new Float64Array(0), 0.5), undefined);
    assert.equal(interval90([]), undefined);
    assert.equal(summarize([]), undefined);
  });

  it("a NaN or infinite draw is an error naming its index, never a quiet NaN", () => {
    throwsText(() => mean([1, Number.NaN]), "invalid xs[1]: NaN (expected a finite number)");
    throwsText(
      () => summarize(new Float64Array([1, 2, Infinity])),
      "invalid xs[2]: Infinity (expected a finite number)",
    );
    throwsText(() => quantile([1, "2" as never], 0.5), 'invalid xs[1]: "2" (expected a finite number)');
  });

  it("quantile checks p, and summaries check that xs is an array", () => {
    throwsText(() => quantile([1, 2], 1.2), "invalid p: 1.2 (expected a number from 0 to 1)");
    throwsText(() => quantile([1, 2], Number.NaN), "invalid p: NaN (expected a number from 0 to 1)");
    throwsText(() => mean("12" as never), 'invalid xs: "12" (expected a Float64Array or an array of numbers)');
  });
});
