import assert from "node:assert/strict";
import { messages, type MessageCode, type MessageData } from "../../src/errors/messages.js";

/**
 * Every message of the catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form. The type makes a
 * new code without a case a type error; the first test makes it a failure at run time too.
 */
const cases: { readonly [C in MessageCode]: ReadonlyArray<readonly [MessageData<C>, string]> } = {
  // ---- general values
  notFinite: [
    [{ name: "xs[2]", value: Number.NaN }, "invalid xs[2]: NaN (expected a finite number)"],
    [
      { name: "cost", value: Infinity, at: { n: 2000, p: 0 } },
      "invalid cost: Infinity (expected a finite number (at n = 2000, p = 0))",
    ],
  ],
  notPositive: [
    [{ name: "years", value: 0, unit: "years" }, "invalid years: 0 (expected a positive number of years)"],
    [{ name: "--timeout", value: "-5" }, 'invalid --timeout: "-5" (expected a positive number)'],
    [
      { name: "--timeout", value: "3000000", unit: "seconds", max: 86400 },
      'invalid --timeout: "3000000" (expected a positive number of seconds, at most 86400)',
    ],
  ],
  notPositiveWhole: [
    [{ name: "gpuCount", value: -3 }, "invalid gpuCount: -3 (expected a positive whole number)"],
    [{ name: "width", value: 0.5, unit: "pixels" }, "invalid width: 0.5 (expected a positive whole number of pixels)"],
  ],
  notInRange: [
    [{ name: "p", value: 2, min: 0, max: 1 }, "invalid p: 2 (expected a number from 0 to 1)"],
    [
      { name: "seed", value: -1, min: 0, max: Number.MAX_SAFE_INTEGER, whole: true },
      "invalid seed: -1 (expected a whole number from 0 to 2^53 − 1)",
    ],
    [
      { name: "threshold", value: 0, min: 0, minExclusive: true, max: 1 },
      "invalid threshold: 0 (expected a fraction in (0, 1])",
    ],
    [
      { name: "interconnectFraction", value: 1, min: 0, max: 1, maxExclusive: true },
      "invalid interconnectFraction: 1 (expected a fraction in [0, 1))",
    ],
    [{ name: "ratio", value: 5, min: 1, max: 5, maxExclusive: true }, "invalid ratio: 5 (expected a number in [1, 5))"],
    [{ name: "price", value: 0, min: 0, minExclusive: true }, "invalid price: 0 (expected a positive number)"],
    [{ name: "k", value: -1, min: 0 }, "invalid k: -1 (expected a number ≥ 0)"],
    [{ name: "bins", value: 0, min: 1, whole: true }, "invalid bins: 0 (expected a whole number ≥ 1)"],
    [{ name: "pue", value: 1, min: 1, minExclusive: true }, "invalid pue: 1 (expected a number > 1)"],
    [{ name: "share", value: 2, max: 1 }, "invalid share: 2 (expected a number ≤ 1)"],
    [{ name: "share", value: 1, max: 1, maxExclusive: true }, "invalid share: 1 (expected a number < 1)"],
    [{ name: "x", value: Number.NaN }, "invalid x: NaN (expected a finite number)"],
  ],
  isZero: [[{ name: "divisor", value: 0 }, "invalid divisor: 0 (expected a non-zero number)"]],
  notOneOf: [
    [
      { name: "currency", value: "GBP", choices: ["USD", "JPY", "CNY", "EUR"] },
      'invalid currency: "GBP" (expected one of USD, JPY, CNY, EUR)',
    ],
  ],
  notListOf: [
    [
      { name: "views", value: ["bought"], choices: ["purchase", "rental"] },
      'invalid views: ["bought"] (expected a non-empty list of purchase, rental)',
    ],
  ],
  notPositiveList: [
    [{ name: "speedRatios", value: [0] }, "invalid speedRatios: [0] (expected a non-empty list of positive numbers)"],
  ],
  notString: [
    [{ name: "key", value: 7 }, "invalid key: 7 (expected a string)"],
    [
      { name: "stages[0].stage", value: "", nonEmpty: true },
      'invalid stages[0].stage: "" (expected a non-empty string)',
    ],
  ],
  notDate: [
    [{ name: "on", value: "10/02/2025" }, 'invalid on: "10/02/2025" (expected a date as YYYY-MM-DD or a valid Date)'],
  ],
  rangeOrder: [
    [{ name: "gpuCount", low: 3000, high: 2000 }, "invalid gpuCount: low 3000 > high 2000 (expected low ≤ high)"],
  ],
  unknownField: [
    [
      { name: "gpuPrice.unit", value: "JPY", known: ["low", "high", "currency"] },
      'invalid gpuPrice.unit: "JPY" (expected only the fields low, high, currency)',
    ],
    [{ name: "options.x", value: 1, known: [] }, "invalid options.x: 1 (expected no fields)"],
    [
      {
        name: "finalRun.unit",
        value: "JPY",
        known: ["low", "high", "currency"],
        describing: { what: "a cost view", fields: ["view", "label"] },
      },
      'invalid finalRun.unit: "JPY" (expected only the fields low, high, currency, or a cost view\'s view, label)',
    ],
  ],
  notPlainObject: [
    [{ name: "overrides", value: {}, kind: "a Map" }, "invalid overrides: {} (expected a plain object, not a Map)"],
  ],

  // ---- user input
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

  // ---- money and FX
  currencyMismatch: [
    [{ verb: "add", left: "JPY", right: "USD" }, "cannot add JPY and USD amounts (convert one first)"],
  ],
  noFxRate: [
    [
      {
        base: "JPY",
        quote: "USD",
        on: "2025-02-11",
        set: "market",
        nearest: { date: "2025-01-31", when: "earlier" },
        windowDays: 7,
      },
      "no FX rate for JPY→USD on 2025-02-11 in the market set (nearest earlier: 2025-01-31, beyond the 7-day window)",
    ],
    [
      {
        base: "JPY",
        quote: "USD",
        on: "2025-02-11",
        set: "market",
        nearest: { date: "2025-03-01", when: "later" },
        windowDays: 7,
      },
      "no FX rate for JPY→USD on 2025-02-11 in the market set (nearest: 2025-03-01, after the date)",
    ],
    [
      { base: "EUR", quote: "CNY", on: "2025-02-11", set: "article", nearest: undefined, windowDays: 7 },
      "no FX rate for EUR→CNY on 2025-02-11 in the article set (the set has no EUR/CNY rate, direct, inverse or through USD)",
    ],
  ],
  notMoney: [[{ name: "value", value: 5 }, 'invalid value: 5 (expected a Money value, e.g. money(4_000_000, "JPY"))']],
  notMoneyOrRange: [[{ name: "amount", value: 5 }, "invalid amount: 5 (expected a Money or {low, high, currency})"]],
  notMoneyRange: [
    [
      { name: "value", value: { amount: 1, currency: "USD" } },
      'invalid value: {"amount":1,"currency":"USD"} (expected a money range, e.g. moneyRange(4e6, 5e6, "JPY"))',
    ],
  ],
  noMoney: [[{ name: "amounts", value: [] }, "invalid amounts: [] (expected at least one Money)"]],
  moneyNotFinite: [
    [
      { verb: "divide", left: "1 USD", right: "1e-310", result: Infinity },
      "cannot divide 1 USD by 1e-310: the result is Infinity (expected a finite amount)",
    ],
    [
      { verb: "add", left: "1e+308 USD", right: "1e+308 USD", result: Infinity },
      "cannot add 1e+308 USD and 1e+308 USD: the result is Infinity (expected a finite amount)",
    ],
    [
      { verb: "subtract", left: "-1e+308 USD", right: "1e+308 USD", result: -Infinity },
      "cannot subtract 1e+308 USD from -1e+308 USD: the result is -Infinity (expected a finite amount)",
    ],
    [
      { verb: "multiply", left: "1e+300 JPY", right: "1e+300", result: Infinity },
      "cannot multiply 1e+300 JPY by 1e+300: the result is Infinity (expected a finite amount)",
    ],
    [
      { verb: "ratio", left: "1e+300 USD", right: "1e-300 USD", result: Infinity },
      "cannot take the ratio of 1e+300 USD to 1e-300 USD: the result is Infinity (expected a finite ratio)",
    ],
    [
      { verb: "convert", left: "1.7e+308 USD", right: "JPY at 151.65", result: Infinity },
      "cannot convert 1.7e+308 USD to JPY at 151.65: the result is Infinity (expected a finite amount)",
    ],
  ],
  noConvertOptions: [
    [
      { value: undefined },
      'invalid convert options: undefined (expected { on, rates }: on, the day of the rate, as "2025-02-11" or a Date; rates, a set of data/fx-rates.csv, "market" by default)',
    ],
  ],

  // ---- amounts
  amountNotText: [[{ value: 42 }, 'invalid amount: 42 (expected a string such as "400万日元")']],
  amountEmpty: [
    [{ text: "" }, 'invalid amount "": no text (expected an amount such as 400万日元, 2000～3000块 or $5.58M)'],
  ],
  amountNoNumber: [
    [
      { text: "H800" },
      'invalid amount "H800": no number (expected a number with a unit, e.g. 400万日元, 2000～3000块, $5.58M or 1～3成)',
    ],
  ],
  amountNoUnit: [
    [
      { text: "2048" },
      'invalid amount "2048": no unit (expected a unit after the number, e.g. 日元, 美元, 块, 小时 or 成, or a currency before it, e.g. $, US$, JP¥, CN¥ or €)',
    ],
  ],
  amountUnknownUnit: [
    [
      { text: "400万英镑", at: 4, part: "英镑", known: ["日元", "円", "元"] },
      'invalid amount "400万英镑" at index 4: unknown unit "英镑" (expected one of 日元, 円, 元)',
    ],
  ],
  amountAmbiguousYen: [
    [
      { text: "¥5", at: 0, part: "¥" },
      'invalid amount "¥5" at index 0: ambiguous currency "¥" (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, JP¥ or CN¥, or the option yenSign)',
    ],
  ],
  amountUnitConflict: [
    [
      { text: "400万日元～500万美元", at: 10, part: "美元", unit: "USD", first: "JPY" },
      'invalid amount "400万日元～500万美元" at index 10: "美元" is USD, the amount JPY (expected one unit for the whole amount)',
    ],
  ],
  amountOrder: [
    [
      { text: "500万～400万日元", low: 5000000, high: 4000000 },
      'invalid amount "500万～400万日元": low 5000000 > high 4000000 (expected low ≤ high)',
    ],
  ],
  amountMany: [
    [
      { text: "400万日元或3万美元", count: 2, found: ["400万日元", "3万美元"] },
      'invalid amount "400万日元或3万美元": 2 amounts, "400万日元" and "3万美元" (expected one; parseAmounts reads several)',
    ],
  ],
  amountSecondSeparator: [
    [
      { text: "1～2～3块", at: 3, part: "～3块" },
      'invalid amount "1～2～3块" at index 3: a second range separator, "～3块" (expected one range, low～high, e.g. 2000～3000块)',
    ],
  ],
  amountNoLowEnd: [
    [
      { text: "～3块", at: 0, part: "～3块" },
      'invalid amount "～3块" at index 0: "～3块" with no number before it (expected both ends of a range, e.g. 1～3块; for at most 3, 不到3块 or 3块以下)',
    ],
  ],
  amountNoHighEnd: [
    [
      { text: "3块～", at: 2, part: "～" },
      'invalid amount "3块～" at index 2: "～" with no number after it (expected both ends of a range, e.g. 400万～500万日元)',
    ],
  ],
  amountNoUpperEnd: [
    [
      { text: "3块以上", at: 2, part: "以上" },
      'invalid amount "3块以上" at index 2: "以上" leaves no upper end (expected an amount with an upper end; 不到 x and x以下 read as 0 to x)',
    ],
  ],
  amountBoundOnRange: [
    [
      { text: "不到1～2成", at: 0, part: "不到" },
      'invalid amount "不到1～2成" at index 0: a range or list after a bound, "不到" (expected one number with 不到, 以下 …, e.g. 不到10分之1)',
    ],
  ],
  amountMinus: [
    [
      { text: "-3块", at: 0, part: "-3块" },
      'invalid amount "-3块" at index 0: a minus sign, "-3块" (expected an amount of 0 or more)',
    ],
  ],
  amountDecimalPoints: [
    [
      { text: "1.2.3万日元", at: 3, part: ".3万日元" },
      'invalid amount "1.2.3万日元" at index 3: ".3万日元" (expected a number with one decimal point at most, e.g. 1.5万)',
    ],
  ],
  amountGrouping: [
    [
      { text: "1,00块", at: 1, part: ",00块" },
      'invalid amount "1,00块" at index 1: ",00块" (expected thousands separators between groups of three digits, as in 4,000 or 2,000,000)',
    ],
  ],
  amountTooLong: [
    [
      { text: "1234567890123456789012块", at: 0, part: "12345678901234567890", digits: 22, max: 21 },
      'invalid amount "1234567890123456789012块" at index 0: "12345678901234567890", a number of 22 digits (expected at most 21)',
    ],
  ],
  amountAdjacentDigits: [
    [
      { text: "一二块", at: 1, part: "二块" },
      'invalid amount "一二块" at index 1: "二块" (expected one digit before a place; 两三 is "two or three": write a range, e.g. 2～3万)',
    ],
  ],
  amountPlaceOrder: [
    [
      { text: "3百5千块", at: 3, part: "千块", previous: "百" },
      'invalid amount "3百5千块" at index 3: "千块" after 百 (expected each place once, largest first, e.g. 1亿5000万 or 3千5百万)',
    ],
  ],
  amountPlaceOverflow: [
    [
      { text: "十十块", at: 1, part: "十块", place: "十" },
      'invalid amount "十十块" at index 1: "十块" is not below 十 (expected less than one 十 after it, e.g. 1亿2000万)',
    ],
  ],
  amountPlaceDigit: [
    [
      { text: "三千五万", at: 1, part: "千五万", place: "千" },
      'invalid amount "三千五万" at index 1: "千五万" before 千 (expected a number below 10 before 十, 百 or 千, e.g. 3千5百万 or 1.5千万)',
    ],
  ],
  amountPlaceAlone: [
    [
      { text: "万日元", at: 0, part: "万日元" },
      'invalid amount "万日元" at index 0: "万日元" with no number before it (expected a number before 万, 亿, 兆 or 京, e.g. 1万; 十, 百 and 千 alone are 10, 100 and 1000)',
    ],
  ],
  amountBareDigit: [
    [
      { text: "1万2块", at: 2, part: "2块", place: "千" },
      'invalid amount "1万2块" at index 2: "2块" after 千, with no place (expected its place, e.g. 一万二千 for 12,000 or 一万零二 for 10,002)',
    ],
  ],
  amountDecimalNotLast: [
    [
      { text: "1.5万2千块", at: 4, part: "2千块", decimal: "1.5万" },
      'invalid amount "1.5万2千块" at index 4: "2千块" after the decimal 1.5万 (expected a decimal point only in the last number, e.g. 1.5万 or 1万5千)',
    ],
  ],
  amountMixedScales: [
    [
      { text: "3万M美元", at: 2, part: "M美元", previous: "万" },
      'invalid amount "3万M美元" at index 2: "M美元" after 万 (expected one scale: K, M, B, bn, million … after a plain number, or 万, 亿 … alone)',
    ],
  ],
  amountSeveralAlone: [
    [
      { text: "几块", at: 0, part: "几块" },
      'invalid amount "几块" at index 0: "几块" with no place after it (expected 十, 百, 千, 万 or 亿 after 几块, e.g. 数十次)',
    ],
  ],
  amountZeroDenominator: [
    [
      { text: "0分之1", at: 0, part: "0分之1" },
      'invalid amount "0分之1" at index 0: "0分之1" (expected a number above 0 before 分之)',
    ],
  ],
  amountHalfWithNumber: [
    [
      { text: "3半", at: 1, part: "半" },
      'invalid amount "3半" at index 1: "半" beside a number (expected 半 on its own: it means 0.5 and takes no number)',
    ],
  ],
  amountBareBesideRatio: [
    [
      { text: "3～4成", at: 0, part: "3" },
      'invalid amount "3～4成" at index 0: "3" has no unit beside a fraction (expected a unit on the bare number, e.g. 3成)',
    ],
  ],
  amountSharedPlace: [
    [
      { text: "1万～2千块", at: 3, part: "2千块" },
      'invalid amount "1万～2千块" at index 3: "2千块" has no place while the high end has several (expected a place on the low end too, e.g. 5000万～1亿5000万)',
    ],
  ],
  amountNoSeparator: [
    [
      { text: "3块4块", at: 2, part: "4块" },
      'invalid amount "3块4块" at index 2: "4块" (expected a range separator between two numbers, e.g. 2000～3000块)',
    ],
  ],
  amountUnexpected: [
    [
      { text: "3块x", at: 2, part: "x", expected: "the end of the amount" },
      'invalid amount "3块x" at index 2: "x" (expected the end of the amount)',
    ],
  ],
  amountExtraText: [
    [
      { text: "3块 and more", at: 3, part: "and more" },
      'invalid amount "3块 and more" at index 3: "and more" (expected the amount alone, with at most 约 before it or 左右 after it; parseAmounts finds amounts in prose)',
    ],
  ],
  amountYenSign: [
    [{ value: "GBP" }, 'invalid yenSign: "GBP" (expected "JPY" or "CNY", the currency a bare ¥ stands for)'],
  ],
  amountNotFinite: [
    [
      { text: "1e400块", value: Infinity },
      'invalid amount "1e400块": Infinity is not finite (expected a finite amount)',
    ],
  ],

  // ---- ranges and uncertainty
  rangeOperand: [
    [
      { op: "addRanges", operand: "b", value: "3" },
      'invalid addRanges operand b: "3" (expected a finite number or a range {low, high} with finite bounds)',
    ],
  ],
  rangeNegative: [
    [
      { op: "multiplyRanges", operand: "a", value: { low: -1, high: 2 } },
      'invalid multiplyRanges operand a: {"low":-1,"high":2} (expected a number or range ≥ 0: multiplyRanges works on non-negative quantities)',
    ],
  ],
  rangeDivisorZero: [
    [
      { op: "divideRanges", operand: "b", value: { low: 0, high: 2 } },
      'invalid divideRanges operand b: {"low":0,"high":2} (expected a number or range > 0: a divisor must stay above 0)',
    ],
  ],
  rangeHullEmpty: [
    [{ op: "rangeHull" }, "invalid rangeHull ranges: none given (expected at least one range or number)"],
  ],
  notRange: [[{ name: "uniform", value: 5 }, "invalid uniform: 5 (expected a range {low, high})"]],
  tooManyInputs: [[{ name: "inputs", value: 17, max: 16 }, "invalid inputs: 17 (expected at most 16 varying inputs)"]],
  notSamples: [[{ name: "xs", value: "1,2" }, 'invalid xs: "1,2" (expected a Float64Array or an array of numbers)']],
  noDraws: [[{ name: "draws", value: new Float64Array(0) }, "invalid draws: {} (expected one or more draws)"]],
  notDistributions: [
    [
      { name: "distributions", value: [] },
      "invalid distributions: [] (expected an object of distributions by input name)",
    ],
  ],
  distributionKind: [
    [
      { name: "distributions.price", value: { kind: "normal" } },
      'invalid distributions.price: {"kind":"normal"} (expected a distribution of kind "uniform", "triangular", "lognormal" or "point")',
    ],
  ],
  triangularOrder: [
    [
      { name: "triangular", low: 1, mode: 5, high: 4 },
      "invalid triangular: low 1, mode 5, high 4 (expected low ≤ mode ≤ high and low < high)",
    ],
  ],
  lognormalBounds: [
    [{ name: "lognormal90", p05: 0, p95: 2 }, "invalid lognormal90: p05 0, p95 2 (expected 0 < p05 < p95)"],
  ],
  distributionRule: [
    [
      {
        name: "distributions.gpuHours",
        value: { kind: "uniform", low: -1, high: 5 },
        assumption: "gpuHours",
        rule: { min: 0, minExclusive: true },
        end: "low",
        at: -1,
      },
      'invalid distributions.gpuHours: {"kind":"uniform","low":-1,"high":5} (expected draws that gpuHours allows, each a positive number: its low, -1, is not)',
    ],
    [
      {
        name: "distributions.interconnectFraction",
        value: { kind: "lognormal", p05: 0.1, p95: 0.3 },
        assumption: "interconnectFraction",
        rule: { min: 0, max: 1, maxExclusive: true },
        end: "tail",
      },
      'invalid distributions.interconnectFraction: {"kind":"lognormal","p05":0.1,"p95":0.3} (expected draws that interconnectFraction allows, each a fraction in [0, 1): a log-normal has no upper end)',
    ],
  ],
  distributionImplausible: [
    [
      {
        name: "distributions.gpuHours",
        value: { kind: "point", value: 1e11 },
        end: "value",
        at: 1e11,
        side: "most",
        limit: 1e10,
        unit: "GPU-hours",
        why: "over 300 times Llama 3.1 405B's",
      },
      'invalid distributions.gpuHours: {"kind":"point","value":100000000000} (expected draws that are each at most 10,000,000,000 GPU-hours: over 300 times Llama 3.1 405B\'s; its value, 100000000000, is beyond)',
    ],
  ],

  // ---- data files
  noDataFiles: [
    [
      {},
      "no data files: none installed (expected useDataFiles() first: the package entry point installs data/ in Node)",
    ],
  ],
  noFileAccess: [
    [
      { path: "/tmp/gpus.csv" },
      "cannot read /tmp/gpus.csv: this data source reads no paths (expected a data file name, e.g. loadGpus())",
    ],
  ],
  dataUnreadable: [
    [{ file: "data/gpus.csv", reason: "ENOENT" }, "cannot read data/gpus.csv: ENOENT (expected a UTF-8 CSV file)"],
  ],
  dataUtf16: [
    [
      { file: "data/gpus.csv", line: 1, bom: "little-endian" },
      "invalid data/gpus.csv line 1: a UTF-16 (little-endian) byte-order mark, FF FE (expected UTF-8 text: save the file as UTF-8)",
    ],
    [
      { file: "data/gpus.csv", line: 1, bom: "big-endian" },
      "invalid data/gpus.csv line 1: a UTF-16 (big-endian) byte-order mark, FE FF (expected UTF-8 text: save the file as UTF-8)",
    ],
    [
      { file: "data/gpus.csv", line: 1, at: 2, unit: "byte" },
      "invalid data/gpus.csv line 1, byte 2: a NUL byte, as UTF-16 text has beside every ASCII character (expected UTF-8 text: save the file as UTF-8)",
    ],
    [
      { file: "data/gpus.csv", line: 2, at: 5, unit: "character" },
      "invalid data/gpus.csv line 2, character 5: a NUL character, as UTF-16 text has beside every ASCII character (expected UTF-8 text: save the file as UTF-8)",
    ],
  ],
  dataNotUtf8: [
    [
      { file: "data/gpus.csv", line: 3, at: 17 },
      "invalid data/gpus.csv line 3, byte 17: a byte that is not UTF-8 (expected UTF-8 text: save the file as UTF-8)",
    ],
  ],
  dataLineEnds: [
    [
      { file: "data/gpus.csv", line: 1, at: 24 },
      "invalid data/gpus.csv line 1: a carriage return (CR) alone ends it, at character 24 (expected LF or CRLF line ends: CR alone is the classic Mac OS line end; convert the file)",
    ],
  ],
  dataEmpty: [
    [
      { file: "data/gpus.csv", columns: ["gpu", "name"] },
      "invalid data/gpus.csv: an empty file (expected a header line naming the columns gpu, name, then the rows)",
    ],
  ],
  dataNoRows: [
    [
      { file: "data/gpus.csv" },
      "invalid data/gpus.csv: a header and no rows (expected at least one row under the header)",
    ],
  ],
  dataSpaces: [
    [
      { file: "data/gpus.csv", line: 3, column: "gpu", value: "H100 " },
      'invalid data/gpus.csv line 3, column gpu: "H100 " (expected no space at either end: nothing is trimmed, so "H100 " is not "H100")',
    ],
    [
      { file: "data/gpus.csv", line: 1, field: 8, value: " tdp_w" },
      'invalid data/gpus.csv line 1, field 8: " tdp_w" (expected no space at either end: nothing is trimmed, so " tdp_w" is not "tdp_w")',
    ],
  ],
  dataFxInverse: [
    [
      {
        file: "data/fx-rates.csv",
        line: 8,
        value: "0.007",
        other: { line: 4, pair: "USD/JPY", rate: "151.65" },
        low: 0.0065888,
        high: 0.0065993,
      },
      'invalid data/fx-rates.csv line 8, column rate: "0.007" (expected 1 ÷ 151.65, the USD/JPY rate of line 4, within the rounding of both as written: from 0.0065888 to 0.0065993)',
    ],
  ],
  dataMissingColumn: [[{ file: "data/gpus.csv", column: "tdp_w" }, "data/gpus.csv is missing column tdp_w"]],
  dataExtraColumn: [
    [
      { file: "data/gpus.csv", column: "note", columns: ["gpu", "name"] },
      'data/gpus.csv has an unexpected column "note" (expected only gpu, name)',
    ],
  ],
  dataRow: [
    [
      { file: "data/gpus.csv", line: 4, problem: "12 fields", expected: "11, one per column" },
      "invalid data/gpus.csv line 4: 12 fields (expected 11, one per column)",
    ],
  ],
  dataCell: [
    [
      { file: "data/gpus.csv", line: 4, column: "tdp_w", value: "7OO", expected: "a number" },
      'invalid data/gpus.csv line 4, column tdp_w: "7OO" (expected a number)',
    ],
  ],
  dataRangeOrder: [
    [
      { file: "data/article-figures.csv", line: 3, lowColumn: "low", highColumn: "high", low: 5000000, high: 4000000 },
      "invalid data/article-figures.csv line 3: low 5000000 > high 4000000 (expected low ≤ high)",
    ],
  ],
  dataDuplicate: [
    [
      { file: "data/gpus.csv", line: 5, key: "gpu", value: "H100", first: 2 },
      'duplicate gpu in data/gpus.csv line 5: "H100" (first on line 2; expected each gpu once)',
    ],
  ],
  unknownEntry: [
    [{ name: "gpu", value: "H900", known: ["H100", "H800"] }, 'unknown gpu: "H900" (expected one of H100, H800)'],
  ],

  // ---- assumptions and cost views
  unknownAssumption: [
    [
      { name: "gpuCont", suggestion: "gpuCount", known: ["gpu", "gpuCount"] },
      'unknown assumption "gpuCont" (did you mean "gpuCount"? known: gpu, gpuCount)',
    ],
    [
      { name: "colour", suggestion: undefined, known: ["gpu", "gpuCount"] },
      'unknown assumption "colour" (known: gpu, gpuCount)',
    ],
  ],
  notOverrides: [
    [
      { name: "overrides", value: 5 },
      "invalid overrides: 5 (expected an object of assumptions, e.g. { gpuCount: 2048 })",
    ],
  ],
  notAssumptions: [
    [{ name: "assumptions", value: {} }, "invalid assumptions: {} (expected the result of assumptions())"],
  ],
  noTdp: [
    [
      { gpu: "H800" },
      "invalid tdpWatts: undefined (expected watts: data/gpus.csv has no TDP for H800, so give tdpWatts)",
    ],
  ],
  noElectricityPrice: [
    [
      { year: 2031 },
      "invalid electricityPrice: undefined (expected US dollars per kWh: data/electricity-prices.csv has no price for 2031, the year of trainingStart, so give electricityPrice)",
    ],
  ],
  notStages: [[{ name: "stages", value: [] }, "invalid stages: [] (expected a non-empty list of { stage, gpuHours })"]],
  noPeak: [
    [
      { gpu: "A100", precision: "fp8" },
      'invalid precision: "fp8" (expected bf16: data/gpus.csv has no FP8 peak for A100)',
    ],
  ],
  notTrendPoints: [[{ name: "points", value: {} }, "invalid points: {} (expected a list of { date, value } points)"]],
  trendTooFew: [
    [{ n: 2, dates: 2 }, "cannot fit a trend to 2 points on 2 dates (expected at least 3 points on at least 2 dates)"],
    [{ n: 1, dates: 1 }, "cannot fit a trend to 1 point on 1 date (expected at least 3 points on at least 2 dates)"],
  ],
  notUsdCost: [
    [
      { name: "costUsd", value: -1 },
      "invalid costUsd: -1 (expected a positive number of US dollars, or a range { low, high } of them)",
    ],
  ],
  notFrontierTrend: [[{ name: "fit", value: {} }, "invalid fit: {} (expected a frontier trend, from frontierTrend())"]],
  notFleetRows: [
    [{ name: "rows", value: [] }, "invalid rows: [] (expected a non-empty list of fleet rows, from fleetRows())"],
  ],

  // ---- training runs compared
  notRunCosts: [
    [{ name: "costs", value: [] }, "invalid costs: [] (expected a non-empty list of run costs, from runCosts())"],
  ],
  notUsd: [
    [
      { name: "estimate.currency", value: "JPY" },
      'invalid estimate.currency: "JPY" (expected USD: training-run costs are compared in US dollars)',
    ],
  ],
  notUsdRate: [
    [
      { name: "ratePerGpuHour", value: 0 },
      "invalid ratePerGpuHour: 0 (expected a positive number of US dollars per GPU-hour, or a range { low, high } of them)",
    ],
  ],
  notReportedRun: [
    [{ name: "of", value: "gpt-4" }, 'invalid of: "gpt-4" (expected the id of a run with a reported cost in costs)'],
  ],

  noRentalPrices: [
    [
      { hardware: ["H800"], year: 2030 },
      "no rental prices per GPU-hour for H800 in 2030 in data/hardware-prices.csv (expected at least one to derive a range from)",
    ],
  ],

  // ---- charts
  notTable: [[{ name: "table", value: [{ a: 1 }] }, 'invalid table: [{"a":1}] (expected an Arquero table)']],
  notSpec: [
    [{ name: "spec", value: "bar" }, 'invalid spec: "bar" (expected a Vega-Lite spec object, from a chart builder)'],
  ],
  noKernel: [
    [
      { what: "show" },
      "cannot show(): no tslab kernel is running (expected a call from a notebook cell; outside one, save the spec with JSON.stringify)",
    ],
  ],

  // ---- runner, report and command line
  badSignature: [[{ socket: "iopub" }, "rejected a message on iopub: invalid signature"]],
  malformedMessage: [
    [
      { socket: "shell", reason: "no <IDS|MSG> delimiter" },
      "rejected a message on shell: not a Jupyter message (no <IDS|MSG> delimiter)",
    ],
  ],
  unknownKernel: [
    [
      { name: "pyhton3", found: ["python3", "tslab"], searched: ["/x/share/jupyter"] },
      'invalid kernel: "pyhton3" (expected one of: python3, tslab; looked in /x/share/jupyter/kernels)',
    ],
    [
      { name: "tslab", found: [], searched: ["/a", "/b"] },
      'invalid kernel: "tslab" (expected one of: none installed; looked in /a/kernels, /b/kernels)',
    ],
  ],
  badKernelspec: [
    [
      { path: "/x/kernels/tslab/kernel.json", reason: "argv is not a non-empty list of strings" },
      "invalid kernelspec: /x/kernels/tslab/kernel.json (argv is not a non-empty list of strings)",
    ],
  ],
  kernelStartFailed: [
    [
      { kernel: "tslab", reason: "exited with code 1: Error: listen EADDRINUSE" },
      'kernel "tslab" failed to start: exited with code 1: Error: listen EADDRINUSE',
    ],
  ],
  kernelStartTimeout: [
    [
      { kernel: "tslab", seconds: 60, detail: "" },
      'kernel "tslab" did not answer within 60 s of starting (no kernel_info_reply)',
    ],
    [
      { kernel: "tslab", seconds: 60, detail: "\nstderr: boom" },
      'kernel "tslab" did not answer within 60 s of starting (no kernel_info_reply)\nstderr: boom',
    ],
  ],
  kernelDied: [
    [
      { notebook: "02-buy.ipynb", cell: 4, how: "was killed by SIGKILL" },
      "kernel died while running cell 4 of 02-buy.ipynb (it was killed by SIGKILL)",
    ],
  ],
  cellTimeout: [
    [
      { notebook: "02-buy.ipynb", cell: 3, seconds: 300, source: "while (true) {}" },
      "cell 3 of 02-buy.ipynb timed out after 300 s (the kernel was interrupted)\nwhile (true) {}",
    ],
  ],
  cellFailed: [
    [
      { notebook: "02-buy.ipynb", cell: 3, source: "boom()", message: "ReferenceError: boom is not defined" },
      "cell 3 of 02-buy.ipynb failed:\nboom()\nReferenceError: boom is not defined",
    ],
  ],
  cellAborted: [
    [
      { notebook: "02-buy.ipynb", cell: 3, source: "x" },
      "cell 3 of 02-buy.ipynb was not run (the kernel aborted it)\nx",
    ],
  ],
  badNotebook: [
    [
      { path: "notebooks/x.ipynb", reason: "Unexpected token" },
      "invalid notebook: notebooks/x.ipynb (expected nbformat 4 JSON: Unexpected token)",
    ],
  ],
  notCellText: [
    [
      { path: "notebooks/x.ipynb", cell: 3, value: 42 },
      "invalid source of cell 3 in notebooks/x.ipynb: 42 (expected text, or a list of lines of text)",
    ],
    [
      { path: "x.ipynb", cell: 1, value: ["a\n", 2] },
      'invalid source of cell 1 in x.ipynb: ["a\\n",2] (expected text, or a list of lines of text)',
    ],
  ],
  noNotebooks: [
    [{ dir: "notebooks" }, 'invalid notebooks folder: "notebooks" (expected a folder with at least one .ipynb file)'],
  ],
  noParametersCell: [
    [
      { notebook: "intro.ipynb", names: ["gpuCount", "pue"] },
      'cannot set gpuCount, pue in intro.ipynb: it has no cell tagged "parameters" (expected one, as papermill does)',
    ],
  ],
  unknownScenario: [
    [
      { name: "artcle", known: ["article", "deepseek-paper"] },
      'invalid scenario: "artcle" (expected one of: article, deepseek-paper)',
    ],
  ],
  badParameters: [
    [
      { path: "p.json", what: "parameters file", expected: "a JSON object of assumptions", reason: "it is an array" },
      "invalid parameters file: p.json (expected a JSON object of assumptions: it is an array)",
    ],
  ],
  badSet: [[{ arg: "gpuCount" }, 'invalid --set: "gpuCount" (expected key=value)']],
  unknownCommand: [
    [
      { command: "rnu", known: ["run", "report", "estimate", "lab"] },
      'invalid command: "rnu" (expected one of run, report, estimate, lab; see gpu-cost-lab --help)',
    ],
  ],
  badArguments: [
    [
      {
        command: "report",
        message:
          "Unknown option '--jbos'. To specify a positional argument starting with a '-', place it at the end of the command after '--'.",
      },
      "Unknown option '--jbos' (see gpu-cost-lab report --help)",
    ],
    [
      {
        command: "report",
        message:
          "Option '--jobs' argument is ambiguous.\nDid you forget to specify the option argument for '--jobs'?\nTo specify an option argument starting with a dash use '--jobs=-XYZ'.",
      },
      "Option '--jobs' argument is ambiguous. Did you forget to specify the option argument for '--jobs'? To specify an option argument starting with a dash use '--jobs=-XYZ'. (see gpu-cost-lab report --help)",
    ],
  ],
  notNotebookFile: [
    [
      { path: "02-buy.ipynb", problem: "missing" },
      'invalid notebook: "02-buy.ipynb" (expected a notebook file: no such file)',
    ],
    [
      { path: "notebooks", problem: "folder" },
      'invalid notebook: "notebooks" (expected a notebook file: it is a folder)',
    ],
    [
      { path: "x.ipynb", problem: "unreadable" },
      'invalid notebook: "x.ipynb" (expected a notebook file: it cannot be read)',
    ],
  ],
  notWritable: [
    [
      { name: "--out", value: "/tmp/f/x.ipynb", kind: "file", path: "/tmp/f", problem: "file" },
      'invalid --out: "/tmp/f/x.ipynb" (expected a file that can be written: /tmp/f is a file)',
    ],
    [
      { name: "--out", value: "r", kind: "folder", path: "r/index.html", problem: "folder" },
      'invalid --out: "r" (expected a folder that can be written: r/index.html is a folder)',
    ],
    [
      { name: "--out", value: "/ro/x.ipynb", kind: "file", path: "/ro", problem: "readOnly" },
      'invalid --out: "/ro/x.ipynb" (expected a file that can be written: /ro is not writable)',
    ],
  ],
  overwritesSource: [
    [
      { name: "--out", value: "x.ipynb", path: "x.ipynb", source: "notebooks/x.ipynb" },
      'invalid --out: "x.ipynb" (expected a path apart from the source notebooks: writing x.ipynb would overwrite notebooks/x.ipynb)',
    ],
  ],
  chartOverLimit: [[{ limit: "512 MB of memory" }, "over the limit of 512 MB of memory for drawing a chart"]],
  chartNotDrawn: [
    [
      { reason: "over the limit of 30 s for drawing a chart" },
      "Chart not drawn as an image (over the limit of 30 s for drawing a chart): open the notebook in JupyterLab to see it.",
    ],
  ],
  outputTruncated: [
    [
      { limit: 1_000_000, received: 50_000_001 },
      "[output truncated after 1,000,000 bytes: the cell wrote 50,000,001 bytes]",
    ],
  ],
  parametersIgnored: [
    [{ notebook: "intro.ipynb" }, 'intro.ipynb has no cell tagged "parameters": run without the overrides'],
  ],
  parameterUndeclared: [
    [
      { notebook: "02-buy.ipynb", name: "pue" },
      "02-buy.ipynb: its parameters cell does not declare pue (injected anyway; the notebook may not use it)",
    ],
  ],
  badParameter: [
    [
      { name: "a-b", value: 1, problem: "name" },
      'invalid parameter name: "a-b" (expected a JavaScript identifier, e.g. gpuCount)',
    ],
    [
      { name: "gpuCount", value: JSON.parse('{"__proto__":{"low":1}}') as unknown, problem: "proto" },
      'invalid parameter gpuCount: {"__proto__":{"low":1}} (expected JSON without a "__proto__" key: written into the notebook as a TypeScript literal, it would set the object\'s prototype)',
    ],
  ],
  chartNotRendered: [
    [
      { notebook: "02-buy.ipynb", cell: 5, reason: "Invalid specification" },
      "02-buy.ipynb cell 5: chart left without a static copy (Invalid specification)",
    ],
  ],
  labPythonMissing: [
    [
      { python: "python3" },
      'no Python 3 found: "python3" could not be run (expected Python ≥ 3.9 with its venv module; on Debian/Ubuntu: apt-get install python3 python3-venv)',
    ],
  ],
  labPythonUnfit: [
    [
      { python: "python3", version: "3.11.2", problem: "has no ensurepip module" },
      'unusable Python: "python3" (Python 3.11.2) has no ensurepip module (expected Python ≥ 3.9 with venv and ensurepip; on Debian/Ubuntu: apt-get install python3 python3-venv)',
    ],
  ],
  labStepFailed: [
    [
      { step: "install requirements", command: ".venv/bin/python -m pip install -r requirements.txt", status: 1 },
      'lab setup failed at "install requirements": ".venv/bin/python -m pip install -r requirements.txt" exited with 1 (see its output above)',
    ],
  ],
  labKernelSpec: [
    [
      {
        path: ".venv/share/jupyter/kernels/tslab/kernel.json",
        argv0: "tslab",
        expected: "/work/main/node_modules/.bin/tslab",
      },
      'invalid tslab kernel spec .venv/share/jupyter/kernels/tslab/kernel.json: argv[0] "tslab" (expected "/work/main/node_modules/.bin/tslab")',
    ],
  ],
  labNoAnswer: [
    [
      { url: "http://127.0.0.1:8899/api/status", timeoutMs: 60000, exit: "the server exited with 1" },
      "JupyterLab did not answer at http://127.0.0.1:8899/api/status within 60000 ms (expected HTTP 200; the server exited with 1)",
    ],
  ],
};

describe("errors/messages", () => {
  it("every code in the catalogue has a literal-text case here, and every case names a code of the catalogue", () => {
    assert.deepEqual(Object.keys(cases).sort(), Object.keys(messages).sort());
    for (const [code, list] of Object.entries(cases)) assert.ok(list.length > 0, `${code} has no case`);
  });

  for (const code of Object.keys(cases) as MessageCode[]) {
    it(`${code} says, word for word, what the case gives`, () => {
      const write = messages[code] as (data: unknown) => string;
      for (const [data, text] of cases[code]) assert.equal(write(data), text);
    });
  }
});
