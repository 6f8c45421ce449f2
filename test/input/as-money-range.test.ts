import assert from "node:assert/strict";
import { asMoneyRange } from "../../src/input/as-money-range.js";
import { positive, type RangeRule } from "../../src/input/rules.js";
import { money } from "../../src/money/money.js";
import { throwsText } from "../throws-text.js";

const asMoney =
  'as money: a number in US dollars, [low, high], {"low": …, "high": …, "currency": "JPY"}, a Money, or text such as "400万～500万日元"';

/** A price rule with the bounds of a GPU price: $100 to $10,000,000. */
const price: RangeRule = {
  ...positive,
  limits: { unit: "per GPU", atLeast: { value: 100, why: "low" }, atMost: { value: 10_000_000, why: "high" } },
};

describe("input/as-money-range", () => {
  it("asMoneyRange refuses { low, high, unit: 'JPY' } rather than read it as US dollars (151 times off)", () => {
    throwsText(
      () => asMoneyRange({ low: 4e6, high: 5e6, unit: "JPY" }, "gpuPrice", positive),
      'invalid gpuPrice.unit: "JPY" (expected only the fields low, high, currency, or a cost view\'s view, label, basis, breakdown, formula)',
    );
    assert.deepEqual(asMoneyRange({ low: 4e6, high: 5e6, currency: "JPY" }, "gpuPrice", positive), {
      low: 4e6,
      high: 5e6,
      currency: "JPY",
    });
  });

  it("asMoneyRange takes a cost view's describing fields: programmeCost takes amortizedCost()'s view", () => {
    const view = { low: 1, high: 2, currency: "USD", view: "amortized", label: "x", basis: "y", breakdown: [] };
    assert.deepEqual(asMoneyRange(view, "finalRun", positive), { low: 1, high: 2, currency: "USD" });
  });

  it("asMoneyRange reads a currency only as an own field", () => {
    throwsText(
      () => asMoneyRange(JSON.parse('{"low":1,"high":2,"__proto__":{"currency":"JPY"}}'), "gpuPrice", positive),
      'invalid gpuPrice.__proto__: {"currency":"JPY"} (expected only the fields low, high, currency, or a cost view\'s view, label, basis, breakdown, formula)',
    );
    throwsText(
      () => asMoneyRange({ __proto__: { low: 1, high: 2, currency: "JPY" } }, "gpuPrice", positive),
      `invalid gpuPrice: {} (expected a positive number ${asMoney})`,
    );
  });

  it("asMoneyRange checks the limits in the currency given, set in US dollars at a round rate (¥150, ¥7 per dollar)", () => {
    // $10,000,000 × 150 = ¥1,500,000,000: the bound in yen
    assert.equal(asMoneyRange("15亿日元", "gpuPrice", price).high, 1_500_000_000);
    throwsText(
      () => asMoneyRange("15.1亿日元", "gpuPrice", price),
      'invalid gpuPrice: "15.1亿日元" (expected at most 1,500,000,000 JPY per GPU, 10,000,000 USD at a round 150 JPY to the dollar: high)',
    );
    // $100 × 7 = ¥700 (yuan) at least
    throwsText(
      () => asMoneyRange({ low: 699, high: 800, currency: "CNY" }, "gpuPrice", price),
      'invalid gpuPrice: {"low":699,"high":800,"currency":"CNY"} (expected at least 700 CNY per GPU, 100 USD at a round 7 CNY to the dollar: low)',
    );
    throwsText(
      () => asMoneyRange(money(99, "USD"), "gpuPrice", price),
      'invalid gpuPrice: {"amount":99,"currency":"USD"} (expected at least 100 USD per GPU: low)',
    );
  });
});
