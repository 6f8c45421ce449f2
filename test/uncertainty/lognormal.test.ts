import assert from "node:assert/strict";
import { range } from "../../src/range/range.js";
import { fillLognormal, lognormal90, lognormalParams, NORMAL_Q95 } from "../../src/uncertainty/lognormal.js";
import { sample } from "../../src/uncertainty/sample.js";
import { quantile } from "../../src/uncertainty/summary.js";
import { unitSource } from "./unit-source.js";
import { throwsText } from "../throws-text.js";
import { correlation } from "./correlation.js";

describe("uncertainty/lognormal", () => {
  it("lognormal90(range) reads the range as the 5th and 95th percentiles", () => {
    assert.deepEqual(lognormal90(range(1.5, 2.5)), { kind: "lognormal", p05: 1.5, p95: 2.5 });
  });

  it("lognormalParams gives μ = (ln p05 + ln p95)/2 and σ = (ln p95 − ln p05)/(2·Φ⁻¹(0.95))", () => {
    // p05 = 1, p95 = e²: μ = (0 + 2)/2 = 1; σ = (2 − 0)/(2 · 1.64485…) = 1/1.64485…
    const { mu, sigma } = lognormalParams(lognormal90(range(1, Math.E ** 2)));
    assert.ok(Math.abs(mu - 1) < 1e-15);
    assert.ok(Math.abs(sigma - 1 / NORMAL_Q95) < 1e-15);
  });

  it("200,000 draws have their 5th/95th percentiles within 1% of p05/p95 and median within 0.5% of √(p05·p95)", () => {
    // p05 = $1.5, p95 = $2.5 per GPU-hour: σ = ln(2.5/1.5)/3.29 ≈ 0.155. The standard error of an
    // empirical 5 % quantile is √(0.05·0.95/n)/f(q) ≈ 0.00049/0.4425 ≈ 0.0011 (0.07 % of 1.5), so
    // 1 % is over 10 standard errors; the median's is ≈ 0.00084 (0.04 % of √3.75 ≈ 1.936).
    const [p05, p95, n] = [1.5, 2.5, 200_000];
    const xs = sample(lognormal90(range(p05, p95)), n, { seed: 3 });
    assert.ok(Math.abs(quantile(xs, 0.05)! / p05 - 1) < 0.01, `q05 ${quantile(xs, 0.05)}`);
    assert.ok(Math.abs(quantile(xs, 0.95)! / p95 - 1) < 0.01, `q95 ${quantile(xs, 0.95)}`);
    assert.ok(Math.abs(quantile(xs, 0.5)! / Math.sqrt(p05 * p95) - 1) < 0.005, `median ${quantile(xs, 0.5)}`);
    assert.ok(xs.every((x) => x > 0));
  });

  it("consecutive draws are uncorrelated, the two normals of each polar pair included (|r| < 4/√n)", () => {
    // Lag-1 correlation of ln(draws); n = 100,000 → sd of r ≈ 1/√n ≈ 0.0032, 4 sd ≈ 0.0126.
    // Reusing one value of each pair twice would give r ≈ 0.5.
    const n = 100_000;
    const logs = Array.from(sample(lognormal90(range(1.5, 2.5)), n + 1, { seed: 4 }), Math.log);
    const [xs, ys] = [logs.slice(0, n), logs.slice(1)];
    const r = correlation(xs, ys);
    assert.ok(Math.abs(r) < 4 / Math.sqrt(n), `lag-1 r = ${r}`);
  });

  it("fillLognormal fills an odd count (the polar method makes normals in pairs)", () => {
    const out = new Float64Array(3);
    fillLognormal(out, lognormal90(range(1, 2)), unitSource([0.75])); // x = y = 0.5, s = 0.5, accepted
    // f = √(−2 ln 0.5 / 0.5) = √(4 ln 2); z = 0.5 · f for both of the pair, then a second pair
    const z = 0.5 * Math.sqrt(4 * Math.log(2));
    const { mu, sigma } = lognormalParams(lognormal90(range(1, 2)));
    assert.deepEqual(
      Array.from(out),
      [1, 2, 3].map(() => Math.exp(mu + sigma * z)),
    );
  });

  it("lognormal90 needs 0 < p05 < p95, finite", () => {
    throwsText(() => lognormal90({ low: 0, high: 2 }), "invalid lognormal90: p05 0, p95 2 (expected 0 < p05 < p95)");
    throwsText(() => lognormal90({ low: 2, high: 2 }), "invalid lognormal90: p05 2, p95 2 (expected 0 < p05 < p95)");
    throwsText(
      () => lognormal90({ low: 1, high: Number.NaN }),
      "invalid lognormal90.p95: NaN (expected a finite number)",
    );
    throwsText(() => lognormal90(null as never), "invalid lognormal90: null (expected a range {low, high})");
  });
});
