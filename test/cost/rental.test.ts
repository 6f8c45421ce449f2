import assert from "node:assert/strict";
import { rentalCost } from "../../src/cost/rental.js";

describe("cost/rental", () => {
  it("rentalCost is GPU-hours × hourly rate", () => {
    // 2,788,000 h × $2 = $5,576,000 (the article: 278.8万小时 × 2美元 = 557.6万美元; "每小时费用为2美元")
    const view = rentalCost({ gpuHours: "278.8万小时", ratePerGpuHour: "2美元" });
    assert.deepEqual([view.low, view.high, view.currency], [5_576_000, 5_576_000, "USD"]);
  });

  it("rentalCost over a range of rates", () => {
    // 2,788,000 h × $2–$4.916 = $5,576,000–$13,705,808
    const view = rentalCost({ gpuHours: 2_788_000, ratePerGpuHour: { low: 2, high: 4.916, currency: "USD" } });
    assert.equal(view.low, 5_576_000);
    assert.ok(Math.abs(view.high - 13_705_808) < 1e-6);
    assert.equal(view.breakdown[0]?.formula, "2,788,000 GPU-hours × 2–4.916 USD per GPU-hour");
  });

  it("rentalCost checks its inputs", () => {
    assert.throws(() => rentalCost({ gpuHours: "2000块", ratePerGpuHour: 2 }), {
      message:
        'invalid gpuHours: "2000块" (expected a positive number, or a range of them as [low, high] or {"low": …, "high": …} or text such as "278.8万小时"; it reads as GPU, not hour)',
    });
    assert.throws(() => rentalCost({ gpuHours: 1, ratePerGpuHour: { low: 3, high: 2 } }), {
      message: "invalid ratePerGpuHour: low 3 > high 2 (expected low ≤ high)",
    });
  });
});
