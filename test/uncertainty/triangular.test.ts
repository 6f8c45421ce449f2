import assert from "node:assert/strict";
import { sample } from "../../src/uncertainty/sample.js";
import { mean } from "../../src/uncertainty/summary.js";
import { fillTriangular, triangular } from "../../src/uncertainty/triangular.js";
import { unitSource } from "./unit-source.js";
import { throwsText } from "../throws-text.js";

/** Fills `n` draws of `d` from the fixed uniforms `us`. */
function fromUniforms(d: ReturnType<typeof triangular>, us: number[]): number[] {
  const out = new Float64Array(us.length);
  fillTriangular(out, d, unitSource(us));
  return Array.from(out);
}

describe("uncertainty/triangular", () => {
  it("triangular(low, mode, high) is the plain object { kind: 'triangular', low, mode, high }", () => {
    assert.deepEqual(triangular(0.3, 0.4, 0.6), { kind: "triangular", low: 0.3, mode: 0.4, high: 0.6 });
  });

  it("fillTriangular inverts the CDF: a = 0, c = 1, b = 4 (F(c) = 1/4)", () => {
    // u = 0      → 0 + √(0 · 4 · 1)              = 0 (low)
    // u = 0.0625 → 0 + √(0.0625 · 4 · 1)         = 0.5
    // u = 0.25   → 4 − √((1 − 0.25) · 4 · 3)     = 4 − 3 = 1 (the mode)
    // u = 0.5    → 4 − √(0.5 · 4 · 3)            = 4 − √6
    const [a, c, b] = [0, 1, 4];
    const xs = fromUniforms(triangular(a, c, b), [0, 0.0625, 0.25, 0.5]);
    assert.deepEqual(xs, [0, 0.5, 1, 4 - Math.sqrt(6)]);
  });

  it("fillTriangular handles a mode at either end (right or left triangle)", () => {
    // mode = low: F(c) = 0, x = b − (b − a)·√(1 − u); u = 0.75 → 4 − 4 · 0.5 = 2
    // mode = high: F(c) = 1, x = a + (b − a)·√u;       u = 0.25 → 0 + 4 · 0.5 = 2
    assert.deepEqual(fromUniforms(triangular(0, 0, 4), [0, 0.75]), [0, 2]);
    assert.deepEqual(fromUniforms(triangular(0, 4, 4), [0, 0.25]), [0, 2]);
  });

  it("draws stay in [low, high] and their mean is (low + mode + high) / 3 within 5 standard errors", () => {
    // a = 2.0e6, c = 2.5e6, b = 3.5e6 GPU-hours: mean = 8e6 / 3 ≈ 2.667e6;
    // variance = (a² + b² + c² − ab − ac − bc) / 18; n = 200,000 → se = sd / √n ≈ 716
    const [a, c, b, n] = [2.0e6, 2.5e6, 3.5e6, 200_000];
    const xs = sample(triangular(a, c, b), n, { seed: 2 });
    assert.ok(xs.every((x) => x >= a && x <= b));
    const sd = Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18);
    assert.ok(Math.abs(mean(xs)! - (a + b + c) / 3) < (5 * sd) / Math.sqrt(n), `mean ${mean(xs)}`);
  });

  it("triangular refuses a mode outside [low, high], a zero width and non-finite values", () => {
    throwsText(
      () => triangular(1, 5, 4),
      "invalid triangular: low 1, mode 5, high 4 (expected low ≤ mode ≤ high and low < high)",
    );
    throwsText(
      () => triangular(2, 2, 2),
      "invalid triangular: low 2, mode 2, high 2 (expected low ≤ mode ≤ high and low < high)",
    );
    throwsText(() => triangular(0, Infinity, 4), "invalid triangular.mode: Infinity (expected a finite number)");
  });
});
