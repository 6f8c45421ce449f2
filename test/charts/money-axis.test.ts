import assert from "node:assert/strict";
import { formatAmount } from "../../src/amount/format-amount.js";
import { currencyPrefix, moneyLabelExpr } from "../../src/charts/money-axis.js";
import { currencies } from "../../src/money/currency.js";

describe("charts/money-axis", () => {
  it("currencyPrefix gives what formatAmount writes before the number: signs for dollars and euros, codes for yen and yuan", () => {
    assert.deepEqual(
      ["USD", "JPY", "CNY", "EUR"].map((c) => currencyPrefix(c as "USD")),
      ["$", "JPY ", "CNY ", "€"],
    );
    for (const c of currencies)
      assert.ok(formatAmount({ low: 5e6, high: 5e6, currency: c }).startsWith(currencyPrefix(c)));
  });

  it("moneyLabelExpr writes compact SI figures with B for billions and K for thousands, never a bare ¥", () => {
    assert.equal(moneyLabelExpr("JPY"), '"JPY " + replace(replace(format(datum.value, ".3~s"), "G", "B"), "k", "K")');
    assert.equal(moneyLabelExpr("CNY"), '"CNY " + replace(replace(format(datum.value, ".3~s"), "G", "B"), "k", "K")');
  });
});
