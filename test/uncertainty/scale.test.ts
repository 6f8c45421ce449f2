import assert from "node:assert/strict";
import { scaleDistribution } from "../../src/uncertainty/scale.js";
import { sample } from "../../src/uncertainty/sample.js";
import { triangular } from "../../src/uncertainty/triangular.js";
import { lognormal90 } from "../../src/uncertainty/lognormal.js";
import { range } from "../../src/range/range.js";

describe("uncertainty/scale", () => {
  it("scaleDistribution(d, k) is the distribution of k × X: yen to dollars at 1 ÷ 151.65", () => {
    const k = 1 / 151.65;
    assert.deepEqual(scaleDistribution({ kind: "uniform", low: 4e6, high: 5e6 }, k), {
      kind: "uniform",
      low: 4e6 * k,
      high: 5e6 * k,
    });
    assert.deepEqual(scaleDistribution({ kind: "point", value: 2 }, 3), { kind: "point", value: 6 });
    assert.deepEqual(scaleDistribution(lognormal90(range(2, 4)), 2), { kind: "lognormal", p05: 4, p95: 8 });
    const t = triangular(1, 2, 4);
    assert.equal(scaleDistribution(t, 1), t);
    // the same stream gives draws k times as large (up to rounding)
    const [x, y] = [sample(t, 100, { seed: 3 }), sample(scaleDistribution(t, 10), 100, { seed: 3 })];
    assert.ok(x.every((v, i) => Math.abs(y[i]! - 10 * v) < 1e-12));
  });
});
