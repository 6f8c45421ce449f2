import assert from "node:assert/strict";
import { turningPoints } from "../../src/assumptions/turning-points.js";
import { estimate } from "../../src/assumptions/estimate.js";

const close = (actual: number, expected: number, relative = 1e-9) =>
  assert.ok(Math.abs(actual - expected) <= Math.abs(expected) * relative, `${actual} ≠ ${expected}`);

const t = turningPoints();
const row = (assumption: string, target: "reported" | "rental" = "reported") =>
  t.rows.find((r) => r.assumption === assumption && r.target === target)!;

// The central case, by hand: 2,788,000 GPU-hours; energy 2,788,000 h × 1.275 kW × 0.75 × 1.25 = 3,332,531.25 kWh
// × $0.0771 (2024) = $256,938.16; each dollar of GPU price costs 2,788,000 × 1.64 ÷ 0.81 × 0.14 · ln 10 ÷ 8,766 = $207.584.
const HOURS = 2_788_000;
const ENERGY = HOURS * 1.275 * 0.75 * 1.25 * 0.0771;
const PER_DOLLAR = ((HOURS * 1.64) / 0.81) * ((0.14 * Math.LN10) / 8766);

describe("assumptions/turning-points", () => {
  it("the GPU price at which the amortized cost equals the reported $5.576M, by hand: ¥3.89M, below the article's ¥4–5M", () => {
    // ($5,576,000 − $256,938.16) ÷ $207.584 per dollar = $25,623.9; × ¥151.65 per dollar = ¥3,885,828
    const dollars = (5_576_000 - ENERGY) / PER_DOLLAR;
    const r = row("gpuPrice");
    close(r.value as number, dollars * 151.65);
    assert.equal(r.inputCurrency, "JPY");
    assert.equal(r.inRange, false);
    assert.equal(r.cheaperWhen, "below");
    // and at that price estimate() agrees: the amortized cost is the reported figure
    close(
      estimate({ gpuPrice: { low: r.value as number, high: r.value as number, currency: "JPY" }, gpuHours: HOURS })
        .amortized.low,
      5_576_000,
      1e-9,
    );
  });

  it("the price-performance rate at which it does, inside its 95% interval 0.096–0.195: about 0.121", () => {
    // capex per unit of rate at the central price ¥4.5M = $29,673.6: 2,788,000 × $29,673.6 × 1.64 ÷ 0.81 × ln 10 ÷ 8,766
    const price = 4.5e6 / 151.65;
    const perRate = ((HOURS * price * 1.64) / 0.81) * (Math.LN10 / 8766);
    const r = row("priceOomsPerYear");
    close(r.value as number, (5_576_000 - ENERGY) / perRate);
    assert.equal(r.inRange, true);
  });

  it("owning is cheaper than renting until the rental price falls to the amortized cost per GPU-hour", () => {
    // central amortized cost ÷ 2,788,000 h: ($29,673.6 × $207.584 + $256,938) ÷ 2,788,000 = $2.3015 per GPU-hour
    const amortized = (4.5e6 / 151.65) * PER_DOLLAR + ENERGY;
    close(t.central.view, amortized);
    close(t.central.rental, HOURS * 3.49);
    const r = row("rentalRate", "rental");
    close(r.value as number, amortized / HOURS);
    assert.equal(r.cheaperWhen, "above");
    // the GPU-hours scale owning and renting alike: no number of hours turns the comparison
    assert.equal(row("gpuHours", "rental").value, null);
  });

  it("says when no value an assumption can take does it, and when a choice does", () => {
    // energy is 4% of the cost: no PUE brings $6.42M down to $5.58M
    const pue = row("pue");
    assert.equal(pue.value, null);
    assert.equal(pue.note, "no value it can take makes the amortized cost equal the reported cost: it stays above");
    assert.equal(row("rentalRate").note, "it does not enter the amortized view");
    // straight-line depreciation, or valuing the hardware at training start, crosses below the reported figure
    assert.deepEqual([row("depreciation").value, row("valuation").value], ["straight-line", "training-start"]);
    assert.equal(row("rates").note, "market leaves the amortized cost above the reported cost");
  });

  it("turningPoints refuses a view it cannot test", () => {
    assert.throws(() => turningPoints({}, { view: "rental" as never }), {
      message: 'invalid view: "rental" (expected one of amortized, programme)',
    });
  });
});
