import assert from "node:assert/strict";
import { currencySymbol, moneyLabelExpr, moneyText, quantityText, timesText } from "../../src/charts/money-axis.js";

describe("charts/money-axis", () => {
  it("currencySymbol gives the symbols formatAmount writes", () => {
    assert.deepEqual(["USD", "JPY", "CNY", "EUR"].map((c) => currencySymbol(c as "USD")), ["$", "¥", "CN¥", "€"]);
  });

  it("moneyLabelExpr writes compact SI figures with B for billions and K for thousands", () => {
    assert.equal(moneyLabelExpr("JPY"), '"¥" + replace(replace(format(datum.value, ".3~s"), "G", "B"), "k", "K")');
  });

  it("moneyText, quantityText and timesText write ranges as the charts show them", () => {
    assert.equal(moneyText(5_576_000, 5_576_000, "USD"), "$5.58M");
    assert.equal(moneyText(8e9, 1.5e10, "JPY"), "¥8.0B–¥15.0B");
    assert.equal(quantityText(2000, 3000), "2,000–3,000");
    assert.equal(quantityText(2_788_000), "2,788,000");
    assert.equal(quantityText(0.75), "0.75");
    assert.equal(timesText(9.46, 17.74), "9.5–17.7×");
    assert.equal(timesText(1.001, 0.999), "1.0×");
    assert.equal(timesText(0.7272, 0.9090, 2), "0.73–0.91×");
  });
});
