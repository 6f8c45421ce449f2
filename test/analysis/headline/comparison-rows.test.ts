import assert from "node:assert/strict";
import { defaultEstimate as e } from "../../charts/fixtures.js";
import { comparisonRows } from "../../../src/analysis/headline/comparison-rows.js";

describe("analysis/headline/comparison-rows", () => {
  it("comparisonRows writes each view against the reported figure from estimate().timesReported", () => {
    const purchase = comparisonRows(e, ["purchase"])[0]!;
    // 2,000 × ¥4,000,000 ÷ 151.65 = $52,753,050; ÷ $5,576,000 = 9.46; 3,000 × ¥5,000,000 ÷ 151.65 ÷ $5,576,000 = 17.74
    assert.equal(
      purchase.timesReportedText,
      `${e.timesReported!.purchase.low.toFixed(1)}–${e.timesReported!.purchase.high.toFixed(1)}× reported`,
    );
    assert.equal(purchase.timesReportedText, "9.5–17.7× reported");
    assert.equal(purchase.costText, "$52.8M–$98.9M");
  });
});
