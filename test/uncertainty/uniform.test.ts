import assert from "node:assert/strict";
import { range } from "../../src/range/range.js";
import { mean } from "../../src/uncertainty/summary.js";
import { sample } from "../../src/uncertainty/sample.js";
import { fillUniform, uniform } from "../../src/uncertainty/uniform.js";
import { unitSource } from "./unit-source.js";
import { throwsText } from "../throws-text.js";

describe("uncertainty/uniform", () => {
  it("uniform(range) is the plain object { kind: 'uniform', low, high }", () => {
    assert.deepEqual(uniform(range(2000, 3000)), { kind: "uniform", low: 2000, high: 3000 });
  });

  it("fillUniform maps a draw u to low + (high − low) · u", () => {
    // 2000 + 1000 · 0 = 2000; 2000 + 1000 · 0.25 = 2250; 2000 + 1000 · 0.5 = 2500
    const out = new Float64Array(3);
    fillUniform(out, uniform(range(2000, 3000)), unitSource([0, 0.25, 0.5]));
    assert.deepEqual(Array.from(out), [2000, 2250, 2500]);
  });

  it("draws stay in [low, high] and their mean is (low + high) / 2 within 5 standard errors", () => {
    // n = 200,000 on [2000, 3000]: sd = 1000/√12 ≈ 288.7, standard error = 288.7/√n ≈ 0.645
    const [low, high, n] = [2000, 3000, 200_000];
    const xs = sample(uniform(range(low, high)), n, { seed: 1 });
    assert.ok(xs.every((x) => x >= low && x <= high));
    const se = (high - low) / Math.sqrt(12) / Math.sqrt(n);
    assert.ok(Math.abs(mean(xs)! - (low + high) / 2) < 5 * se, `mean ${mean(xs)}`);
  });

  it("uniform refuses reversed or non-finite bounds, and what is not a range", () => {
    throwsText(() => uniform({ low: 3000, high: 2000 }), "invalid uniform: low 3000 > high 2000 (expected low ≤ high)");
    throwsText(() => uniform({ low: Number.NaN, high: 2 }), "invalid uniform.low: NaN (expected a finite number)");
    throwsText(() => uniform(5 as never), "invalid uniform: 5 (expected a range {low, high})");
  });
});
