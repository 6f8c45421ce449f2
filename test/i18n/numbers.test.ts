import assert from "node:assert/strict";
import { amountText, compactIn, countIn, dayIn, percentIn, timesIn } from "../../src/i18n/numbers.js";

describe("i18n/numbers", () => {
  it("amountText writes money as each language does: $55.8M, 5,576万美元, 3.85亿元, 8億円, 400万円", () => {
    assert.equal(amountText("en", 55_760_000, 55_760_000, "USD"), "$55.8M");
    assert.equal(amountText("zh", 55_760_000, 55_760_000, "USD"), "5,576万美元");
    assert.equal(amountText("zh", 385_000_000, 385_000_000, "CNY"), "3.85亿元");
    // 200 × 400万円 = 8億円; 2,000 × 400万円 = 80億円
    assert.equal(amountText("ja", 200 * 4e6, 200 * 4e6, "JPY"), "8億円");
    assert.equal(amountText("ja", 2_000 * 4e6, 2_000 * 4e6, "JPY"), "80億円");
    assert.equal(amountText("ja", 4e6, 5e6, "JPY"), "400万～500万円");
  });

  it("multiples, counts, GPU-hours, shares and days follow the language", () => {
    assert.equal(timesIn("en", 9.49, 17.74), "9.5–17.7×");
    assert.equal(timesIn("zh", 9.49, 17.74), "9.5～17.7倍");
    assert.equal(countIn("ja", 2_000, 3_000), "2,000～3,000");
    assert.equal(compactIn("en", 2_788_000), "2.788M");
    assert.equal(compactIn("zh", 2_788_000), "278.8万");
    assert.equal(percentIn("zh", 0.175), "17.5%");
    assert.equal(dayIn("en", "2025-02-11"), "2025-02-11");
    assert.equal(dayIn("ja", "2025-02-11"), "2025年2月11日");
  });
});
