import assert from "node:assert/strict";
import { asRange } from "../../src/input/as-range.js";
import { positive, positiveWhole, type RangeRule } from "../../src/input/rules.js";
import { throwsText } from "../throws-text.js";

const forms = 'or a range of them as [low, high] or {"low": …, "high": …}';

describe("input/as-range", () => {
  it("asRange reads {low, high} with no other field", () => {
    assert.deepEqual(asRange({ low: 2000, high: 3000 }, "gpuCount", positiveWhole, "GPU"), { low: 2000, high: 3000 });
  });

  it("asRange refuses an object with a field it does not know, naming the field: an Amount's unit too", () => {
    throwsText(
      () => asRange({ low: 2000, high: 3000, unit: "GPU" }, "gpuCount", positiveWhole, "GPU"),
      'invalid gpuCount.unit: "GPU" (expected only the fields low, high)',
    );
    throwsText(
      () => asRange({ low: 1, high: 2, mode: 1.5 }, "pue", positive),
      "invalid pue.mode: 1.5 (expected only the fields low, high)",
    );
    throwsText(
      () => asRange(JSON.parse('{"low":1,"high":2,"constructor":3}'), "pue", positive),
      "invalid pue.constructor: 3 (expected only the fields low, high)",
    );
  });

  it("asRange reads own fields only: a low and high inherited through __proto__ are no range", () => {
    throwsText(
      () => asRange(JSON.parse('{"__proto__":{"low":1,"high":2}}'), "pue", positive),
      'invalid pue.__proto__: {"low":1,"high":2} (expected only the fields low, high)',
    );
    throwsText(
      () => asRange({ __proto__: { low: 1, high: 2 } }, "pue", positive),
      `invalid pue: {} (expected a positive number, ${forms})`,
    );
    throwsText(() => asRange(new Map(), "pue", positive), `invalid pue: {} (expected a positive number, ${forms})`);
  });

  it("asRange checks the plausible limits after the rule, quoting the value as given", () => {
    const rule: RangeRule = {
      ...positiveWhole,
      limits: { unit: "GPUs", atMost: { value: 10_000_000, why: "a reason" } },
    };
    assert.deepEqual(asRange(10_000_000, "gpuCount", rule), { low: 10_000_000, high: 10_000_000 });
    throwsText(
      () => asRange([2000, 10_000_001], "gpuCount", rule),
      "invalid gpuCount: [2000,10000001] (expected at most 10,000,000 GPUs: a reason)",
    );
    // the rule comes first: a fraction of a GPU is refused as such, however many
    throwsText(
      () => asRange(2e7 + 0.5, "gpuCount", rule),
      `invalid gpuCount: 20000000.5 (expected a positive whole number, ${forms})`,
    );
  });
});
