import assert from "node:assert/strict";
import { formatAmount } from "../../src/amount/format-amount.js";
import { currencyPrefix, logMoneyAxis, moneyLabelExpr } from "../../src/charts/money-axis.js";
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

  it("logMoneyAxis ends a quarter past the data, out to a round value, and ticks at powers of ten", () => {
    // the comparison at the defaults: $5.58M to $200M; $5.576M ÷ 1.25 = $4.46M → $3M; $200.3M × 1.25 = $250M → $300M
    assert.deepEqual(logMoneyAxis(5_576_000, 200_266_208), {
      scale: { type: "log", domain: [3e6, 3e8], nice: false },
      values: [1e7, 1e8],
    });
    // not to $700M, vega's next "nice" value; and a small change of the data keeps the axis
    assert.deepEqual(logMoneyAxis(5_576_000, 190_000_000).scale, logMoneyAxis(5_576_000, 200_266_208).scale);
    // less than two powers of ten inside: ticks at 1, 2 and 5 × them. $5M ÷ 1.25 = $4M → $3M; $9M × 1.25 = $11.25M → $15M
    assert.deepEqual(logMoneyAxis(5e6, 9e6), {
      scale: { type: "log", domain: [3e6, 1.5e7], nice: false },
      values: [5e6, 1e7],
    });
  });
});
