import assert from "node:assert/strict";
import { sensitivity } from "../../src/assumptions/sensitivity.js";
import { estimate } from "../../src/assumptions/estimate.js";

describe("assumptions/sensitivity", () => {
  it("sensitivity() moves one assumption at a time between its ends, the rest at their midpoints", () => {
    const s = sensitivity({}, { view: "purchase" });
    // purchase = GPUs × price: with price at its midpoint ¥4.5M, 2,000 vs 3,000 GPUs → ¥9.0B vs ¥13.5B (in USD at 151.65)
    const count = s.rows.find((r) => r.assumption === "gpuCount")!;
    assert.ok(Math.abs(count.atLow - (2000 * 4.5e6) / 151.65) < 1e-3);
    assert.ok(Math.abs(count.atHigh - (3000 * 4.5e6) / 151.65) < 1e-3);
    assert.equal(count.rangeFrom, "assumption");
    // the base is every input at its midpoint: 2,500 × ¥4.5M
    assert.ok(Math.abs(s.base - (2500 * 4.5e6) / 151.65) < 1e-3);
  });

  it("sensitivity() tries the documented plausible range of a point assumption, largest swing first", () => {
    const s = sensitivity({}, { view: "programme" });
    const multiplier = s.rows.find((r) => r.assumption === "experimentsMultiplier")!;
    // the experiments multiplier is 1 by default; its plausible range is 1–4, so the programme runs from 1× to 4× the midpoint run
    assert.equal(multiplier.rangeFrom, "plausible");
    assert.ok(Math.abs(multiplier.atHigh / multiplier.atLow - 4) < 1e-9);
    for (let i = 1; i < s.rows.length; i++) assert.ok(s.rows[i - 1]!.swing >= s.rows[i]!.swing);
    // inputs that do not enter the view (the rental rate for the programme) are left out
    assert.ok(!s.rows.some((r) => r.assumption === "rentalRate" || r.assumption === "gpuCount"));
  });

  it("sensitivity() bars straddle the base", () => {
    const s = sensitivity({});
    const e = estimate({});
    assert.ok(s.base >= e.programme.low && s.base <= e.programme.high);
    for (const r of s.rows)
      assert.ok(
        Math.min(r.atLow, r.atHigh) <= s.base + 1e-6 && Math.max(r.atLow, r.atHigh) >= s.base - 1e-6,
        r.assumption,
      );
  });

  it("sensitivity() refuses an unknown view", () => {
    assert.throws(() => sensitivity({}, { view: "total" as never }), {
      message: 'invalid view: "total" (expected one of purchase, rental, reported, amortized, programme)',
    });
  });
});
