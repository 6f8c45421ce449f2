import assert from "node:assert/strict";
import { breakEven, ownVersusRent } from "../../src/cost/break-even.js";
import { HOURS_PER_YEAR } from "../../src/cost/epoch-method.js";

const close = (actual: number | null, expected: number, tolerance: number) =>
  assert.ok(
    actual !== null && Math.abs(actual - expected) <= tolerance,
    `${actual} is not within ${tolerance} of ${expected}`,
  );

describe("cost/break-even", () => {
  it("breakEven is capex ÷ (rate − running cost) hours, and years at a utilization", () => {
    // an H800 card at ¥4,000,000–¥5,000,000 ÷ 151.65 = $26,376.5–$32,970.7; renting at $2/h, no running cost:
    // 26,376.5 ÷ 2 = 13,188 h (1.50 years 24/7); 32,970.7 ÷ 2 = 16,485 h (1.88 years)
    const view = breakEven({
      capexPerGpu: { low: 4e6 / 151.65, high: 5e6 / 151.65, currency: "USD" },
      ratePerGpuHour: 2,
    });
    close(view.hours.low, 13_188.3, 0.1);
    close(view.hours.high, 16_485.3, 0.1);
    close(view.years.low, 13_188.3 / HOURS_PER_YEAR, 1e-4);
    assert.equal(view.note, undefined);
  });

  it("breakEven counts running cost against the rental margin and stretches years by utilization", () => {
    // $60,000 ÷ ($2.10 − $0.10) = 30,000 h; at 50% utilization: 30,000 ÷ (8,766 × 0.5) = 6.84 years
    const view = breakEven({ capexPerGpu: 60_000, ratePerGpuHour: 2.1, runningPerGpuHour: 0.1, utilization: 0.5 });
    close(view.hours.low, 30_000, 1e-6);
    close(view.years.high, 30_000 / (HOURS_PER_YEAR * 0.5), 1e-9);
  });

  it("breakEven says when owning never catches up, instead of a silent infinity", () => {
    const view = breakEven({ capexPerGpu: 60_000, ratePerGpuHour: { low: 0.05, high: 2 }, runningPerGpuHour: 0.1 });
    // best case: 60,000 ÷ (2 − 0.1) = 31,579 h; worst case: 0.05 − 0.1 < 0, never
    close(view.hours.low, 31_578.9, 0.1);
    assert.equal(view.hours.high, null);
    assert.equal(view.note, "at the lowest rental price and highest running cost, owning never breaks even");
  });

  it("ownVersusRent gives the cumulative costs the break-even chart draws", () => {
    const view = breakEven({ capexPerGpu: 60_000, ratePerGpuHour: 2, runningPerGpuHour: 0.1 });
    // after 10,000 h: own = 60,000 + 0.1 × 10,000 = 61,000; rent = 2 × 10,000 = 20,000
    assert.deepEqual(ownVersusRent(view, 10_000), {
      own: { low: 61_000, high: 61_000 },
      rent: { low: 20_000, high: 20_000 },
    });
  });

  it("breakEven without a running cost works in any currency (the default 0 takes the capex's currency)", () => {
    const view = breakEven({
      capexPerGpu: { low: 4e6, high: 4e6, currency: "JPY" },
      ratePerGpuHour: { low: 303.3, high: 303.3, currency: "JPY" },
    });
    // ¥4,000,000 ÷ ¥303.3 per hour ($2 at 151.65) = 13,188.3 h, the same as $26,376.5 ÷ $2
    close(view.hours.low, 4e6 / 303.3, 1e-9);
    assert.deepEqual(view.runningPerGpuHour, { low: 0, high: 0, currency: "JPY" });
  });

  it("breakEven checks its inputs", () => {
    assert.throws(() => breakEven({ capexPerGpu: 60_000, ratePerGpuHour: 2, utilization: 0 }), {
      message:
        'invalid utilization: 0 (expected a fraction in (0, 1], or a range of them as [low, high] or {"low": …, "high": …})',
    });
    assert.throws(() => breakEven({ capexPerGpu: { low: 1, high: 2, currency: "JPY" }, ratePerGpuHour: 2 }), {
      message: "cannot compare JPY and USD amounts (convert one first)",
    });
  });
});
