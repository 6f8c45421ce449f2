import assert from "node:assert/strict";
import { interval90, mean, quantile, summarize } from "../../src/uncertainty/summary.js";
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

  it("summarize(xs) gives n, mean, p05, p50, p95, min and max", () => {
    // 1 … 21: n = 21, mean = 11; p05 at h = 20 · 0.05 = 1 → 2; p50 at h = 10 → 11; p95 at h = 19 → 20
    const xs = new Float64Array(Array.from({ length: 21 }, (_, i) => 21 - i));
    assert.deepEqual(summarize(xs), { n: 21, mean: 11, p05: 2, p50: 11, p95: 20, min: 1, max: 21 });
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
