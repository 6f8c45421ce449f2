import assert from "node:assert/strict";
import { breakEvenText } from "../../../src/analysis/break-even/break-even-text.js";
import { breakEven } from "../../../src/cost/break-even.js";

describe("analysis/break-even/break-even-text", () => {
  it("breakEvenText writes years to one decimal and hours to three significant digits", () => {
    // card only: $30,000 ÷ $2 = 15,000 h = 1.71 years; $30,000 ÷ $3 = 10,000 h = 1.14 years
    const view = breakEven({ capexPerGpu: 30_000, ratePerGpuHour: { low: 2, high: 3, currency: "USD" } });
    assert.equal(breakEvenText(view), "Break-even after 1.1–1.7 years of use (10,000–15,000 GPU-hours).");
  });
});
