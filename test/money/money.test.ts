import assert from "node:assert/strict";
import { Money, money, sum } from "../../src/money/money.js";

describe("money/money", () => {
  it("money(amount, currency).times(n) multiplies within the currency", () => {
    // 2,000 × ¥4,000,000 = ¥8,000,000,000 (80亿日元 in the article)
    const fleet = money(4_000_000, "JPY").times(2000);
    assert.equal(fleet.amount, 8_000_000_000);
    assert.equal(fleet.currency, "JPY");
  });

  it("plus, minus and ratio keep to one currency", () => {
    // $5.328M + $0.238M + $0.01M = $5.576M (DeepSeek-V3 Table 1)
    const total = sum([money(5_328_000, "USD"), money(238_000, "USD"), money(10_000, "USD")]);
    assert.ok(total.equals(money(5_576_000, "USD"), 1e-6));
    assert.equal(money(5_576_000, "USD").minus(money(5_328_000, "USD")).amount, 248_000);
    // ¥4,000,000 ÷ ¥5,500,000 = 0.7273
    assert.ok(Math.abs(money(4e6, "JPY").ratio(money(5.5e6, "JPY")) - 4 / 5.5) < 1e-12);
  });

  it("refuses to mix currencies", () => {
    assert.throws(() => money(1, "JPY").plus(money(1, "USD")), {
      message: "cannot add JPY and USD amounts (convert one first)",
    });
    assert.throws(() => money(1, "CNY").ratio(money(1, "EUR")), {
      message: "cannot divide CNY and EUR amounts (convert one first)",
    });
  });

  it("refuses non-finite amounts, unknown currencies and division by zero", () => {
    assert.throws(() => money(Number.NaN, "USD"), { message: "invalid amount: NaN (expected a finite number)" });
    assert.throws(() => money(1, "GBP"), { message: 'invalid currency: "GBP" (expected one of USD, JPY, CNY, EUR)' });
    assert.throws(() => money(1, "USD").times(Infinity), {
      message: "invalid factor: Infinity (expected a finite number)",
    });
    assert.throws(() => money(1, "USD").dividedBy(0), { message: "invalid divisor: 0 (expected a non-zero number)" });
    assert.throws(() => money(1, "USD").ratio(money(0, "USD")), {
      message: "invalid divisor: 0 (expected a non-zero number)",
    });
    assert.throws(() => money(1, "USD").plus(1 as never), {
      message: 'invalid amount: 1 (expected a Money value, e.g. money(4_000_000, "JPY"))',
    });
    assert.throws(() => sum([]), { message: "invalid amounts: [] (expected at least one Money)" });
  });

  it("is immutable and serialises as { amount, currency }", () => {
    const m = money(2, "USD");
    assert.ok(Object.isFrozen(m));
    assert.ok(m instanceof Money);
    assert.equal(JSON.stringify(m), '{"amount":2,"currency":"USD"}');
    assert.equal(String(money(5_576_000, "USD")), "5,576,000 USD");
  });
});
