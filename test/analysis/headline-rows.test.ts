import assert from "node:assert/strict";
import { headlineRows } from "../../src/analysis/headline-rows.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { defaultEstimate as e } from "../charts/fixtures.js";

describe("analysis/headline-rows", () => {
  it("headlineRows writes each view as the README's table does: compact ends and × the reported figure", () => {
    const rows = headlineRows(e);
    assert.deepEqual(
      rows.map((r) => r.key),
      ["purchase", "allIn", "rental", "reported", "amortized", "programme"],
    );
    const purchase = rows[0]!;
    // 2,000 × ¥4,000,000 ÷ 151.65 = $52,753,049.79; 3,000 × ¥5,000,000 ÷ 151.65 = $98,911,968.35
    assert.equal(purchase.low, (2000 * 4_000_000) / 151.65);
    assert.deepEqual([purchase.lowText, purchase.highText], ["$52.8M", "$98.9M"]);
    assert.deepEqual([purchase.lowExact, purchase.highExact], ["52,753,049.79 USD", "98,911,968.35 USD"]);
    // ÷ $5,576,000 reported: 9.46 and 17.74
    assert.equal(purchase.timesReportedText, "9.5–17.7×");
    assert.equal(purchase.timesReportedLow, purchase.low / 5_576_000);
    const reported = rows[3]!;
    assert.deepEqual([reported.lowText, reported.highText, reported.timesReportedText], ["$5.58M", "", "1×"]);
  });

  it("headlineRows writes amounts in the estimate's currency", () => {
    const yen = headlineRows(estimate({ currency: "JPY" }))[0]!;
    // 2,000 × ¥4,000,000 = ¥8,000,000,000
    assert.deepEqual([yen.lowText, yen.highText, yen.currency], ["¥8.0B", "¥15.0B", "JPY"]);
  });
});
