import assert from "node:assert/strict";
import { throwsText } from "../throws-text.js";
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

  it("new Money(amount, currency) checks as money() does: no NaN, no unknown currency slips in through the constructor", () => {
    throwsText(() => new Money(Number.NaN, "USD"), "invalid Money amount: NaN (expected a finite number)");
    throwsText(() => new Money(-Infinity, "USD"), "invalid Money amount: -Infinity (expected a finite number)");
    throwsText(
      () => new Money(1, "GBP" as never),
      'invalid Money currency: "GBP" (expected one of USD, JPY, CNY, EUR)',
    );
  });

  it("arithmetic never yields a non-finite amount: the error names the operation and its operands", () => {
    // 1 ÷ 1e-310 = 1e310, past the largest double (1.8e308)
    throwsText(
      () => money(1, "USD").dividedBy(1e-310),
      "cannot divide 1 USD by 1e-310: the result is Infinity (expected a finite amount)",
    );
    throwsText(
      () => money(1e300, "USD").ratio(money(1e-300, "USD")),
      "cannot take the ratio of 1e+300 USD to 1e-300 USD: the result is Infinity (expected a finite ratio)",
    );
    throwsText(
      () => money(1e300, "JPY").times(1e300),
      "cannot multiply 1e+300 JPY by 1e+300: the result is Infinity (expected a finite amount)",
    );
    throwsText(
      () => money(Number.MAX_VALUE, "EUR").plus(money(Number.MAX_VALUE, "EUR")),
      "cannot add 1.7976931348623157e+308 EUR and 1.7976931348623157e+308 EUR: the result is Infinity (expected a finite amount)",
    );
    throwsText(
      () => money(-Number.MAX_VALUE, "CNY").minus(money(Number.MAX_VALUE, "CNY")),
      "cannot subtract 1.7976931348623157e+308 CNY from -1.7976931348623157e+308 CNY: the result is -Infinity (expected a finite amount)",
    );
    throwsText(() => money(1, "USD").dividedBy(Number.NaN), "invalid divisor: NaN (expected a finite number)");
    // what stays finite is kept: 1e-300 ÷ 1e300 underflows to 0, a finite ratio
    assert.equal(money(1e-300, "USD").ratio(money(1e300, "USD")), 0);
  });

  it("is immutable and serialises as { amount, currency }", () => {
    const m = money(2, "USD");
    assert.ok(Object.isFrozen(m));
    assert.ok(m instanceof Money);
    assert.equal(JSON.stringify(m), '{"amount":2,"currency":"USD"}');
    assert.equal(String(money(5_576_000, "USD")), "5,576,000 USD");
    // a negative zero, or a negative amount that rounds to zero, is written without a sign
    assert.equal(String(money(-0, "USD")), "0 USD");
    assert.equal(String(money(-0.001, "USD")), "0 USD");
  });
});
