import assert from "node:assert/strict";
import { purchaseCost } from "../../src/cost/purchase.js";
import { INTERCONNECT_FRACTION, SERVER_OVERHEAD } from "../../src/cost/epoch-method.js";
import { range } from "../../src/range/range.js";
import { money } from "../../src/money/money.js";

describe("cost/purchase", () => {
  it("purchaseCost gives GPUs × unit price as the article computes it (¥8–15B)", () => {
    const view = purchaseCost({ gpuCount: range(2000, 3000), gpuPrice: { low: 4e6, high: 5e6, currency: "JPY" } });
    // low: 2,000 × ¥4,000,000 = ¥8,000,000,000 (80亿日元); high: 3,000 × ¥5,000,000 = ¥15,000,000,000 (150亿日元)
    assert.equal(view.low, 8_000_000_000);
    assert.equal(view.high, 15_000_000_000);
    assert.equal(view.currency, "JPY");
    assert.equal(view.breakdown[0]?.formula, "2,000–3,000 GPUs × 4,000,000–5,000,000 JPY");
  });

  it("purchaseCost's all-in line is GPUs × serverOverhead ÷ (1 − interconnectFraction), Epoch's acquisition method", () => {
    const view = purchaseCost({ gpuCount: 2048, gpuPrice: money(30_000, "USD") });
    // 2,048 × $30,000 = $61,440,000; × 1.64 = $100,761,600; ÷ 0.81 = $124,397,037
    const expected = (2048 * 30_000 * SERVER_OVERHEAD) / (1 - INTERCONNECT_FRACTION);
    assert.ok(Math.abs(view.allIn.low - expected) < 1e-6);
    assert.ok(Math.abs(expected - 124_397_037) < 1);
    // the breakdown lines add up to the all-in figure: GPUs + servers + interconnect
    const [gpus, servers, network, allIn] = view.breakdown;
    assert.ok(Math.abs(gpus!.low + servers!.low + network!.low - allIn!.low) < 1e-6);
  });

  it("purchaseCost accepts the price as the article writes it", () => {
    const view = purchaseCost({ gpuCount: "2000～3000块", gpuPrice: "400万～500万日元" });
    assert.deepEqual([view.low, view.high, view.currency], [8e9, 1.5e10, "JPY"]);
  });

  it("purchaseCost checks its inputs", () => {
    assert.throws(() => purchaseCost({ gpuCount: 2048.5, gpuPrice: 30_000 }), {
      message:
        'invalid gpuCount: 2048.5 (expected a positive whole number, or a range of them as [low, high] or {"low": …, "high": …} or text such as "2000～3000块")',
    });
    assert.throws(() => purchaseCost({ gpuCount: 2048, gpuPrice: 30_000, interconnectFraction: 1 }), {
      message:
        'invalid interconnectFraction: 1 (expected a fraction in [0, 1), or a range of them as [low, high] or {"low": …, "high": …})',
    });
  });
});
