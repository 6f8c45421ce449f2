import { messages } from "../../src/input/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of input/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("input/messages", messages, {
  notQuantityInput: [
    [
      { name: "gpuCount", value: 2500.5, rule: { min: 0, minExclusive: true, whole: true }, unit: "GPU" },
      'invalid gpuCount: 2500.5 (expected a positive whole number, or a range of them as [low, high] or {"low": …, "high": …} or text such as "2000～3000块")',
    ],
    [
      { name: "pue", value: 0.9, rule: { min: 1 } },
      'invalid pue: 0.9 (expected a number ≥ 1, or a range of them as [low, high] or {"low": …, "high": …})',
    ],
    [
      {
        name: "gpuHours",
        value: "2000块",
        rule: { min: 0, minExclusive: true },
        unit: "hour",
        reason: { readsAs: "GPU", wanted: "hour" },
      },
      'invalid gpuHours: "2000块" (expected a positive number, or a range of them as [low, high] or {"low": …, "high": …} or text such as "278.8万小时"; it reads as GPU, not hour)',
    ],
    [
      {
        name: "powerFraction",
        value: "H800",
        rule: { min: 0, minExclusive: true, max: 1 },
        unit: "fraction",
        reason: {
          parseError:
            'no amount found in "H800" (expected a number with a unit word, e.g. 400万日元, 2000块 or 1～3成)',
        },
      },
      'invalid powerFraction: "H800" (expected a fraction in (0, 1], or a range of them as [low, high] or {"low": …, "high": …} or text such as "1～3成"; no amount found in "H800" (expected a number with a unit word, e.g. 400万日元, 2000块 or 1～3成))',
    ],
    [
      { name: "runs", value: -1, rule: { min: 0 }, unit: "run" },
      'invalid runs: -1 (expected a number ≥ 0, or a range of them as [low, high] or {"low": …, "high": …} or text such as "数十次")',
    ],
  ],
  notMoneyInput: [
    [
      { name: "gpuPrice", value: -1, rule: { min: 0, minExclusive: true } },
      'invalid gpuPrice: -1 (expected a positive number as money: a number in US dollars, [low, high], {"low": …, "high": …, "currency": "JPY"}, a Money, or text such as "400万～500万日元")',
    ],
    [
      {
        name: "rentalRate",
        value: "2000块",
        rule: { min: 0, minExclusive: true },
        reason: { readsAs: "GPU", wanted: "money" },
      },
      'invalid rentalRate: "2000块" (expected a positive number as money: a number in US dollars, [low, high], {"low": …, "high": …, "currency": "JPY"}, a Money, or text such as "400万～500万日元"; it reads as GPU, not money)',
    ],
  ],
  implausible: [
    [
      { name: "gpuCount", value: 1e22, side: "most", limit: 10_000_000, unit: "GPUs", why: "625 times Llama 3.1's" },
      "invalid gpuCount: 1e+22 (expected at most 10,000,000 GPUs: 625 times Llama 3.1's)",
    ],
    [
      { name: "speedRatio", value: 0.001, side: "least", limit: 0.01, why: "a hundredth of an H100" },
      "invalid speedRatio: 0.001 (expected at least 0.01: a hundredth of an H100)",
    ],
    [
      {
        name: "gpuPrice",
        value: "1000亿日元",
        side: "most",
        limit: 1_500_000_000,
        unit: "JPY per GPU",
        usd: { limit: 10_000_000, perUsd: 150, currency: "JPY" },
        why: "250 times an H100",
      },
      'invalid gpuPrice: "1000亿日元" (expected at most 1,500,000,000 JPY per GPU, 10,000,000 USD at a round 150 JPY to the dollar: 250 times an H100)',
    ],
  ],
});
