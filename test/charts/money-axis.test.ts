import assert from "node:assert/strict";
import { currencySymbol, moneyLabelExpr } from "../../src/charts/money-axis.js";

describe("charts/money-axis", () => {
  it("currencySymbol gives the symbols formatAmount writes", () => {
    assert.deepEqual(
      ["USD", "JPY", "CNY", "EUR"].map((c) => currencySymbol(c as "USD")),
      ["$", "¥", "CN¥", "€"],
    );
  });

  it("moneyLabelExpr writes compact SI figures with B for billions and K for thousands", () => {
    assert.equal(moneyLabelExpr("JPY"), '"¥" + replace(replace(format(datum.value, ".3~s"), "G", "B"), "k", "K")');
  });
});
