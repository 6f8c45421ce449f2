import assert from "node:assert/strict";
import { estimate } from "../../src/assumptions/estimate.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { ESTIMATE_FX_DATE } from "../../src/assumptions/prices-in.js";
import { fxQuote } from "../../src/fx/convert.js";
import { INTERCONNECT_FRACTION, SERVER_OVERHEAD } from "../../src/cost/epoch-method.js";

const close = (actual: number, expected: number, relative = 1e-12) =>
  assert.ok(
    Math.abs(actual - expected) <= Math.abs(expected) * relative,
    `${actual} is not within ${relative} of ${expected}`,
  );

describe("assumptions/estimate", () => {
  it("estimate({ currency: 'JPY' }) reproduces the article's ¥8–15B for the fleet", () => {
    const e = estimate({ currency: "JPY" });
    // 2,000 × ¥4,000,000 = ¥8,000,000,000; 3,000 × ¥5,000,000 = ¥15,000,000,000
    assert.deepEqual([e.purchase.low, e.purchase.high, e.purchase.currency], [8e9, 1.5e10, "JPY"]);
    assert.deepEqual(
      e.fx.map((q) => q.base),
      ["USD"],
    );
  });

  it("estimate({ currency: 'CNY' }) gives the article's 3.85亿–7.21亿元 at the article's implied rate", () => {
    const e = estimate({ currency: "CNY" });
    const rate = fxQuote("JPY", "CNY", { on: ESTIMATE_FX_DATE, rates: "article" }).rate;
    // ¥8B × rate and ¥15B × rate, rounded to 0.01亿 (1e6 yuan) as the article does: 3.85亿, 7.21亿
    close(e.purchase.low, 8e9 * rate);
    assert.equal(Math.round(e.purchase.low / 1e6) / 100, 3.85);
    assert.equal(Math.round(e.purchase.high / 1e6) / 100, 7.21);
  });

  it("estimate() keeps DeepSeek's reported $5.576M and rents the same hours at $2–$4.916", () => {
    const e = estimate();
    // 2,788,000 h × $2 = $5,576,000
    assert.deepEqual([e.reported!.low, e.reported!.high, e.reported!.currency], [5_576_000, 5_576_000, "USD"]);
    // 2,788,000 h × $4.916 = $13,705,808
    assert.equal(e.rental.low, 5_576_000);
    close(e.rental.high, 13_705_808);
    // rental ÷ reported: 1 to 4.916 ÷ 2 = 2.458
    close(e.timesReported!.rental.high, 2.458);
  });

  it("estimate() in USD converts yen prices at USD/JPY 151.65", () => {
    const e = estimate();
    // 2,000 × ¥4,000,000 ÷ 151.65 = $52,752,967
    close(e.purchase.low, 8e9 / 151.65);
    // all-in: × 1.64 ÷ 0.81
    close(e.purchase.allIn.high, ((1.5e10 / 151.65) * SERVER_OVERHEAD) / (1 - INTERCONNECT_FRACTION));
    // times reported: $52.75M ÷ $5.576M = 9.46; $98.91M ÷ $5.576M = 17.74
    close(e.timesReported!.purchase.low, 8e9 / 151.65 / 5_576_000);
  });

  it("estimate() gives the H800/H100 price ratio behind the headline's 1～3成: 9.1%–27.3%, not 10–30%", () => {
    const { gpuOverH100, discount } = estimate().priceRatio;
    // ¥4,000,000 ÷ ¥5,500,000 = 0.727; ¥5,000,000 ÷ ¥5,500,000 = 0.909
    close(gpuOverH100.low, 4 / 5.5);
    close(gpuOverH100.high, 5 / 5.5);
    // discount 1 − 0.909 = 9.1% to 1 − 0.727 = 27.3%
    close(discount.low, 1 - 5 / 5.5);
    close(discount.high, 1 - 4 / 5.5);
  });

  it("estimate() prices H100-equivalent compute at the speed ratio", () => {
    const e = estimate({ currency: "JPY" });
    // at the article's 0.5, an H800 at ¥4–5M buys half an H100: ¥8–10M per H100's worth, against ¥5.5M
    assert.deepEqual(
      [e.effectiveCompute.pricePerH100Equivalent.low, e.effectiveCompute.pricePerH100Equivalent.high],
      [4e6, 1e7],
    );
    // $2–$4.916 per H800-hour at 0.5–1.0 → $2–$9.832 per H100-hour of work
    close(e.effectiveCompute.costPerH100Hour.high, (4.916 * 151.65) / 0.5);
  });

  it("estimate() programme is the amortized final run × the experiments multiplier", () => {
    const e = estimate({ experimentsMultiplier: [2, 4] });
    close(e.programme.low, e.amortized.low * 2);
    close(e.programme.high, e.amortized.high * 4);
  });

  it("estimate() break-even compares all-in capex per GPU with the rental margin over energy", () => {
    const e = estimate({ gpuPrice: 30_000, rentalRate: 2 });
    // capex $30,000 × 1.64 ÷ 0.81 = $60,741; energy (10.2 kW ÷ 8) × 0.75 × 1.25 × $0.0771 (2024) = $0.09216 per hour
    // hours = 60,741 ÷ (2 − 0.09216) = 31,837 h = 3.63 years of 24/7 use
    const energy = (10.2 / 8) * 0.75 * 1.25 * 0.0771;
    close(e.breakEven.hours.low!, (30_000 * 1.64) / 0.81 / (2 - energy));
    close(e.breakEven.years.low!, (30_000 * 1.64) / 0.81 / (2 - energy) / 8766);
  });

  it("estimate accepts validated assumptions or plain overrides alike", () => {
    assert.deepEqual(estimate(assumptions({ gpuCount: 2048 })).purchase, estimate({ gpuCount: 2048 }).purchase);
  });
});

describe("assumptions/estimate: the amortized view under every method and valuation", () => {
  it("estimate().alternatives: Epoch's trend valued at purchase (chosen), at training start, and straight-line, each against the reported figure", () => {
    const e = estimate({ gpuPrice: 30_000 });
    const [purchase, start, straight] = e.alternatives;
    assert.deepEqual(
      e.alternatives.map((x) => [x.depreciation, x.valuation, x.chosen]),
      [
        ["price-performance", "purchase", true],
        ["price-performance", "training-start", false],
        ["straight-line", null, false],
      ],
    );
    assert.deepEqual([purchase!.low, purchase!.high], [e.amortized.low, e.amortized.high]);
    // energy: 2,788,000 h × 1.275 kW × 0.75 × 1.25 = 3,332,531.25 kWh × $0.0771 = $256,938.16
    const energy = 2_788_000 * 1.275 * 0.75 * 1.25 * 0.0771;
    // capex at purchase: 2,788,000 h × $30,000 × 1.64 ÷ 0.81 × 0.14 · ln 10 ÷ 8,766
    const capex = (((2_788_000 * 30_000 * 1.64) / 0.81) * 0.14 * Math.LN10) / 8766;
    close(purchase!.low, capex + energy);
    // at training start: bought 2023-06-19, used from 2024-09-01: 440 days ÷ 365.25 = 1.20465 years;
    // 10^(−0.14 × 1.20465) = 0.67819 of the price is left
    close(start!.low, capex * 10 ** ((-0.14 * 440) / 365.25) + energy);
    // straight-line over 5 years: 2,788,000 × $60,740.74 ÷ (5 × 8,766)
    close(straight!.low, (2_788_000 * 30_000 * 1.64) / 0.81 / (5 * 8766) + energy);
    assert.equal(straight!.method, "straight-line over 5 years");
    assert.equal(straight!.label, "Amortized hardware + energy: straight-line over 5 years");
    close(start!.timesReported!.low, start!.low / 5_576_000);
  });

  it("choosing training-start valuation makes it the estimate's own amortized view", () => {
    const e = estimate({ valuation: "training-start" });
    assert.deepEqual(
      e.alternatives.map((x) => x.chosen),
      [false, true, false],
    );
    assert.equal(e.amortized.low, e.alternatives[1]!.low);
    assert.match(
      e.amortized.breakdown[0]!.formula,
      /its value at training start: 10\^\(−0\.14 × 1\.20 yr from 2023-06-19 to 2024-09-01\)/,
    );
  });
});
