/**
 * Every error text the project writes, in one place (after Vega-Lite's src/log/message.ts).
 *
 * Code detects a problem and passes a code plus its data to `fail()` (src/errors/error.ts);
 * the wording lives here. Tests assert these texts exactly, so a change of wording is a
 * change of behaviour.
 *
 * One grammar: say what was invalid, its name, the value received and what is accepted,
 * e.g. `invalid gpuCount: -3 (expected a positive whole number)`.
 *
 * Sections are by area; add new messages to the section of the area that throws them.
 */
import { excerpt } from "./excerpt.js";
import { show } from "./show.js";

export const messages = {
  // ---- general values -----------------------------------------------------------------------
  /** `invalid xs[2]: NaN (expected a finite number)`; with `at`, the inputs that gave it: `(expected a finite number (at n = 2000, p = 0))` */
  notFinite: (d: { name: string; value: unknown; at?: Readonly<Record<string, number>> }) =>
    invalid(
      d,
      d.at
        ? `a finite number (at ${Object.entries(d.at)
            .map(([k, v]) => `${k} = ${v}`)
            .join(", ")})`
        : "a finite number",
    ),
  /**
   * `invalid years: 0 (expected a positive number of years)`; without `unit`: `(expected a positive number)`;
   * with `max`: `invalid --timeout: "3000000" (expected a positive number of seconds, at most 86400)`
   */
  notPositive: (d: { name: string; value: unknown; unit?: string; max?: number }) =>
    invalid(d, `a positive number${of(d.unit)}${d.max === undefined ? "" : `, at most ${d.max}`}`),
  /** `invalid gpuCount: -3 (expected a positive whole number)`; with `unit`: `(expected a positive whole number of pixels)` */
  notPositiveWhole: (d: { name: string; value: unknown; unit?: string }) =>
    invalid(d, `a positive whole number${of(d.unit)}`),
  /**
   * A number outside the bounds given, worded from them (as {@link numberText} does):
   * `invalid p: 2 (expected a number from 0 to 1)`, `invalid seed: -1 (expected a whole number from 0 to 2^53 − 1)`,
   * `invalid threshold: 0 (expected a fraction in (0, 1])`, `invalid k: -1 (expected a number ≥ 0)`.
   */
  notInRange: (d: { name: string; value: unknown } & NumberBounds) => invalid(d, numberText(d)),
  /** `invalid divisor: 0 (expected a non-zero number)` */
  isZero: (d: { name: string; value: unknown }) => invalid(d, "a non-zero number"),
  /** `invalid currency: "GBP" (expected one of JPY, CNY, USD)` */
  notOneOf: (d: { name: string; value: unknown; choices: readonly string[] }) =>
    invalid(d, `one of ${d.choices.join(", ")}`),
  /** `invalid views: [] (expected a non-empty list of purchase, rental)`: a list whose items are each one of `choices` */
  notListOf: (d: { name: string; value: unknown; choices: readonly string[] }) =>
    invalid(d, `a non-empty list of ${d.choices.join(", ")}`),
  /** `invalid speedRatios: [0] (expected a non-empty list of positive numbers)` */
  notPositiveList: (d: { name: string; value: unknown }) => invalid(d, "a non-empty list of positive numbers"),
  /** `invalid key: 3 (expected a string)`; with `nonEmpty`: `(expected a non-empty string)` */
  notString: (d: { name: string; value: unknown; nonEmpty?: boolean }) =>
    invalid(d, d.nonEmpty ? "a non-empty string" : "a string"),
  /** `invalid on: "2025-02-30" (expected a date as YYYY-MM-DD or a valid Date)` */
  notDate: (d: { name: string; value: unknown }) => invalid(d, "a date as YYYY-MM-DD or a valid Date"),
  /** `invalid range: low 5 > high 4 (expected low ≤ high)` */
  rangeOrder: (d: { name: string; low: number; high: number }) =>
    `invalid ${d.name}: low ${d.low} > high ${d.high} (expected low ≤ high)`,
  /**
   * A field the library does not know, never ignored: `invalid gpuPrice.unit: "JPY" (expected only the fields low, high, currency)`;
   * with `describing`, fields let through that only describe the value: `(expected only the fields low, high, currency, or a cost view's view, label, …)`.
   */
  unknownField: (d: {
    name: string;
    value: unknown;
    known: readonly string[];
    describing?: { readonly what: string; readonly fields: readonly string[] };
  }) =>
    invalid(
      d,
      (d.known.length === 0 ? "no fields" : `only the fields ${d.known.join(", ")}`) +
        (d.describing ? `, or ${d.describing.what}'s ${d.describing.fields.join(", ")}` : ""),
    ),
  /** `invalid overrides: {} (expected a plain object, not a Map)`; `kind` says what it is instead (`an object that inherits gpuCount`) */
  notPlainObject: (d: { name: string; value: unknown; kind: string }) => invalid(d, `a plain object, not ${d.kind}`),

  // ---- user input: quantities and prices as written (asRange, asMoneyRange, readAmountField) --
  /**
   * `invalid gpuCount: 2500.5 (expected a positive whole number, or a range of them as [low, high] or {"low": …, "high": …} or text such as "2000～3000块")`.
   * `rule` words the numbers accepted; `unit` adds the text example; `reason` says why text was refused:
   * `(expected …; it reads as GPU, not hour)`, or `(expected …; ` + the parser's own message + `)`.
   */
  notQuantityInput: (d: {
    name: string;
    value: unknown;
    rule: NumberBounds;
    unit?: keyof typeof quantityExamples;
    reason?: TextProblem;
  }) =>
    invalid(
      d,
      `${numberText(d.rule)}, or a range of them as [low, high] or {"low": …, "high": …}` +
        (d.unit ? ` or text such as ${quantityExamples[d.unit]}` : "") +
        because(d.reason),
    ),
  /** `invalid gpuPrice: -1 (expected a positive number as money: a number in US dollars, [low, high], {"low": …, "high": …, "currency": "JPY"}, a Money, or text such as "400万～500万日元")`, with `reason` as for notQuantityInput */
  notMoneyInput: (d: { name: string; value: unknown; rule: NumberBounds; reason?: TextProblem }) =>
    invalid(
      d,
      `${numberText(d.rule)} as money: a number in US dollars, [low, high], {"low": …, "high": …, "currency": "JPY"}, a Money, or text such as "400万～500万日元"` +
        because(d.reason),
    ),
  /**
   * A value past a plausible bound, refused as a likely slip (a unit, a scale, a digit too many)
   * that would otherwise run on into every view: the bound, its unit and why it is where it is.
   * `invalid gpuCount: 1e+22 (expected at most 10,000,000 GPUs: 625 times …)`; a price in another
   * currency gives its bound in that currency and in US dollars (see {@link LimitData}).
   */
  implausible: (d: { name: string; value: unknown } & LimitData) => invalid(d, limitText(d)),

  // ---- money and FX (src/money/) -------------------------------------------------------------
  /** `cannot add JPY and USD amounts (convert one first)` */
  currencyMismatch: (d: { verb: string; left: string; right: string }) =>
    `cannot ${d.verb} ${d.left} and ${d.right} amounts (convert one first)`,
  /**
   * `no FX rate for JPY→USD on 2025-02-11 in the market set (nearest earlier: 2025-01-31, beyond the 7-day window)`
   * `nearest` is what the search found: an earlier date beyond the window, a later date, or nothing.
   */
  noFxRate: (d: {
    base: string;
    quote: string;
    on: string;
    set: string;
    nearest: { date: string; when: "earlier" | "later" } | undefined;
    windowDays: number;
  }) =>
    `no FX rate for ${d.base}→${d.quote} on ${d.on} in the ${d.set} set (` +
    (d.nearest === undefined
      ? `the set has no ${d.base}/${d.quote} rate, direct, inverse or through USD`
      : d.nearest.when === "earlier"
        ? `nearest earlier: ${d.nearest.date}, beyond the ${d.windowDays}-day window`
        : `nearest: ${d.nearest.date}, after the date`) +
    ")",

  /** `invalid value: 5 (expected a Money value, e.g. money(4_000_000, "JPY"))` */
  notMoney: (d: { name: string; value: unknown }) => invalid(d, 'a Money value, e.g. money(4_000_000, "JPY")'),
  /** `invalid value: 5 (expected a money range, e.g. moneyRange(4e6, 5e6, "JPY"))` */
  /** `invalid amount: 5 (expected a Money or {low, high, currency})` */
  notMoneyOrRange: (d: { name: string; value: unknown }) => invalid(d, "a Money or {low, high, currency}"),
  notMoneyRange: (d: { name: string; value: unknown }) => invalid(d, 'a money range, e.g. moneyRange(4e6, 5e6, "JPY")'),
  /** `invalid amounts: [] (expected at least one Money)` */
  noMoney: (d: { name: string; value: unknown }) => invalid(d, "at least one Money"),
  /**
   * Money arithmetic whose result is not a finite number: the operation and its operands.
   * `cannot divide 1 USD by 1e-310: the result is Infinity (expected a finite amount)`;
   * `cannot convert 1e+308 USD to JPY at 151.65: …`; `cannot take the ratio of 1e+300 USD to 1e-300 USD: …`.
   */
  moneyNotFinite: (d: {
    verb: "add" | "subtract" | "multiply" | "divide" | "ratio" | "convert";
    left: string;
    right: string;
    result: number;
  }) =>
    `cannot ${moneyOperations[d.verb](d.left, d.right)}: the result is ${d.result} (expected a finite ${d.verb === "ratio" ? "ratio" : "amount"})`,
  /** `invalid convert options: undefined (expected { on, rates }: on, …)` */
  noConvertOptions: (d: { value: unknown }) =>
    invalid(
      { name: "convert options", value: d.value },
      '{ on, rates }: on, the day of the rate, as "2025-02-11" or a Date; rates, a set of data/fx-rates.csv, "market" by default',
    ),

  // ---- amounts (src/amount/) ----------------------------------------------------------------
  // A positioned message quotes at most 60 characters of the text and 20 of the part at `at`,
  // a UTF-16 index into the text as JavaScript counts (`text.slice(at)` starts with the part).
  /** `invalid amount: 42 (expected a string such as "400万日元")` */
  amountNotText: (d: { value: unknown }) => `invalid amount: ${show(d.value)} (expected a string such as "400万日元")`,
  /** `invalid amount "": no text (expected an amount such as 400万日元, 2000～3000块 or $5.58M)` */
  amountEmpty: (d: { text: string }) =>
    `invalid amount ${excerpt(d.text, 60)}: no text (expected an amount such as 400万日元, 2000～3000块 or $5.58M)`,
  /** `invalid amount "H800": no number (expected a number with a unit, e.g. 400万日元, 2000～3000块, $5.58M or 1～3成)` */
  amountNoNumber: (d: { text: string }) =>
    `invalid amount ${excerpt(d.text, 60)}: no number (expected a number with a unit, e.g. 400万日元, 2000～3000块, $5.58M or 1～3成)`,
  /** `invalid amount "2048": no unit (expected a unit after the number, e.g. 日元, 美元, 块, 小时 or 成, or a currency before it, e.g. $, US$, JP¥, CN¥ or €)` */
  amountNoUnit: (d: { text: string }) =>
    `invalid amount ${excerpt(d.text, 60)}: no unit (expected a unit after the number, e.g. 日元, 美元, 块, 小时 or 成, or a currency before it, e.g. $, US$, JP¥, CN¥ or €)`,
  /** `invalid amount "400万英镑" at index 4: unknown unit "英镑" (expected one of 日元, 円, JPY, …)` */
  amountUnknownUnit: (d: { text: string; at: number; part: string; known: readonly string[] }) =>
    `${amountAt(d)}: unknown unit ${excerpt(d.part, 20, "end")} (expected one of ${d.known.join(", ")})`,
  /** `invalid amount "¥5" at index 0: ambiguous currency "¥" (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, JP¥ or CN¥, or the option yenSign)` */
  amountAmbiguousYen: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ambiguous currency ${show(d.part)} (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, JP¥ or CN¥, or the option yenSign)`,
  /** `invalid amount "400万日元～500万美元" at index 11: "美元" is USD, the amount JPY (expected one unit for the whole amount)` */
  amountUnitConflict: (d: { text: string; at: number; part: string; unit: string; first: string }) =>
    `${amountAt(d)}: ${show(d.part)} is ${d.unit}, the amount ${d.first} (expected one unit for the whole amount)`,
  /** `invalid amount "500万～400万日元": low 5000000 > high 4000000 (expected low ≤ high)` */
  amountOrder: (d: { text: string; low: number; high: number }) =>
    `invalid amount ${excerpt(d.text, 60)}: low ${d.low} > high ${d.high} (expected low ≤ high)`,
  /** `invalid amount "400万日元、2000块": 2 amounts, "400万日元" and "2000块" (expected one; parseAmounts reads several)`; the first 2 shown */
  amountMany: (d: { text: string; count: number; found: readonly string[] }) =>
    `invalid amount ${excerpt(d.text, 40)}: ${d.count} amounts, ${d.found
      .slice(0, 2)
      .map((f) => excerpt(f, 20))
      .join(" and ")}${d.count > 2 ? " …" : ""} (expected one; parseAmounts reads several)`,
  /** `invalid amount "1～2～3块" at index 3: a second range separator, "～3块" (expected one range, low～high, e.g. 2000～3000块)` */
  amountSecondSeparator: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: a second range separator, ${excerpt(d.part, 20, "end")} (expected one range, low～high, e.g. 2000～3000块)`,
  /** `invalid amount "～3块" at index 0: "～" with no number before it (expected both ends of a range, e.g. 1～3块; for at most 3, 不到3块 or 3块以下)` */
  amountNoLowEnd: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${show(d.part)} with no number before it (expected both ends of a range, e.g. 1～3块; for at most 3, 不到3块 or 3块以下)`,
  /** `invalid amount "400万～日元" at index 4: "～" with no number after it (expected both ends of a range, e.g. 400万～500万日元)` */
  amountNoHighEnd: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${show(d.part)} with no number after it (expected both ends of a range, e.g. 400万～500万日元)`,
  /** `invalid amount "3块以上" at index 2: "以上" leaves no upper end (expected an amount with an upper end; 不到 x and x以下 read as 0 to x)` */
  amountNoUpperEnd: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${show(d.part)} leaves no upper end (expected an amount with an upper end; 不到 x and x以下 read as 0 to x)`,
  /** `invalid amount "不到1～3成" at index 2: a range or list after a bound, "1～3成" (expected one number with 不到, 以下 …, e.g. 不到10分之1)` */
  amountBoundOnRange: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: a range or list after a bound, ${excerpt(d.part, 20, "end")} (expected one number with 不到, 以下 …, e.g. 不到10分之1)`,
  /** `invalid amount "-5万日元" at index 0: a minus sign, "-" (expected an amount of 0 or more)` */
  amountMinus: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: a minus sign, ${show(d.part)} (expected an amount of 0 or more)`,
  /** `invalid amount "1.2.3万日元" at index 0: "1.2.3" (expected a number with one decimal point at most, e.g. 1.5万)` */
  amountDecimalPoints: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${excerpt(d.part, 20, "end")} (expected a number with one decimal point at most, e.g. 1.5万)`,
  /** `invalid amount "1,23万円" at index 0: "1,23" (expected thousands separators between groups of three digits, as in 4,000 or 2,000,000)` */
  amountGrouping: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${excerpt(d.part, 20, "end")} (expected thousands separators between groups of three digits, as in 4,000 or 2,000,000)`,
  /** `invalid amount "11111…1块" at index 0: "1111111111111111111…", a number of 1000000 digits (expected at most 40)` */
  amountTooLong: (d: { text: string; at: number; part: string; digits: number; max: number }) =>
    `${amountAt(d)}: ${excerpt(d.part, 20, "end")}, a number of ${d.digits} digits (expected at most ${d.max})`,
  /** `invalid amount "两三万元" at index 0: "两三" (expected one digit before a place; 两三 is "two or three": write a range, e.g. 2～3万)` */
  amountAdjacentDigits: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${excerpt(d.part, 20, "end")} (expected one digit before a place; 两三 is "two or three": write a range, e.g. 2～3万)`,
  /** `invalid amount "1万2万日元" at index 3: "万" after 万 (expected each place once, largest first, e.g. 1亿5000万 or 3千5百万)` */
  amountPlaceOrder: (d: { text: string; at: number; part: string; previous: string }) =>
    `${amountAt(d)}: ${show(d.part)} after ${d.previous} (expected each place once, largest first, e.g. 1亿5000万 or 3千5百万)`,
  /** `invalid amount "1亿12000万元" at index 2: "12000万" is not below 亿 (expected less than one 亿 after it, e.g. 1亿2000万)` */
  amountPlaceOverflow: (d: { text: string; at: number; part: string; place: string }) =>
    `${amountAt(d)}: ${excerpt(d.part, 20, "end")} is not below ${d.place} (expected less than one ${d.place} after it, e.g. 1亿2000万)`,
  /** `invalid amount "15千円" at index 0: "15" before 千 (expected a number below 10 before 十, 百 or 千, e.g. 3千5百万 or 1.5千万)` */
  amountPlaceDigit: (d: { text: string; at: number; part: string; place: string }) =>
    `${amountAt(d)}: ${excerpt(d.part, 20, "end")} before ${d.place} (expected a number below 10 before 十, 百 or 千, e.g. 3千5百万 or 1.5千万)`,
  /** `invalid amount "万元" at index 0: "万" with no number before it (expected a number before 万, 亿, 兆 or 京, e.g. 1万; 十, 百 and 千 alone are 10, 100 and 1000)` */
  amountPlaceAlone: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${show(d.part)} with no number before it (expected a number before 万, 亿, 兆 or 京, e.g. 1万; 十, 百 and 千 alone are 10, 100 and 1000)`,
  /** `invalid amount "一万二元" at index 2: "二" after 万, with no place (expected its place, e.g. 一万二千 for 12,000 or 一万零二 for 10,002)` */
  amountBareDigit: (d: { text: string; at: number; part: string; place: string }) =>
    `${amountAt(d)}: ${show(d.part)} after ${d.place}, with no place (expected its place, e.g. 一万二千 for 12,000 or 一万零二 for 10,002)`,
  /** `invalid amount "1.5万3千円" at index 4: "3" after the decimal 1.5 (expected a decimal point only in the last number, e.g. 1.5万 or 1万5千)` */
  amountDecimalNotLast: (d: { text: string; at: number; part: string; decimal: string }) =>
    `${amountAt(d)}: ${show(d.part)} after the decimal ${d.decimal} (expected a decimal point only in the last number, e.g. 1.5万 or 1万5千)`,
  /** `invalid amount "5万M円" at index 2: "M" after 万 (expected one scale: K, M, B, bn, million … after a plain number, or 万, 亿 … alone)` */
  amountMixedScales: (d: { text: string; at: number; part: string; previous: string }) =>
    `${amountAt(d)}: ${show(d.part)} after ${d.previous} (expected one scale: K, M, B, bn, million … after a plain number, or 万, 亿 … alone)`,
  /** `invalid amount "数块" at index 0: "数" with no place after it (expected 十, 百, 千, 万 or 亿 after 数, e.g. 数十次)` */
  amountSeveralAlone: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${show(d.part)} with no place after it (expected 十, 百, 千, 万 or 亿 after ${d.part}, e.g. 数十次)`,
  /** `invalid amount "0分之1" at index 0: "0分之" (expected a number above 0 before 分之)` */
  amountZeroDenominator: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${excerpt(d.part, 20, "end")} (expected a number above 0 before 分之)`,
  /** `invalid amount "3一半" at index 1: "一半" beside a number (expected 一半 on its own: it means 0.5 and takes no number)` */
  amountHalfWithNumber: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${show(d.part)} beside a number (expected ${d.part} on its own: it means 0.5 and takes no number)`,
  /** `invalid amount "一半～3" at index 3: "3" has no unit beside a fraction (expected a unit on the bare number, e.g. 3成)` */
  amountBareBesideRatio: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${excerpt(d.part, 20, "end")} has no unit beside a fraction (expected a unit on the bare number, e.g. 3成)`,
  /** `invalid amount "5000～1亿5000万元" at index 0: "5000" has no place while the high end has several (expected a place on the low end too, e.g. 5000万～1亿5000万)` */
  amountSharedPlace: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${excerpt(d.part, 20, "end")} has no place while the high end has several (expected a place on the low end too, e.g. 5000万～1亿5000万)`,
  /** `invalid amount "2000块3000块" at index 5: "3000块" (expected a range separator between two numbers, e.g. 2000～3000块)` */
  amountNoSeparator: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${excerpt(d.part, 20, "end")} (expected a range separator between two numbers, e.g. 2000～3000块)`,
  /** `invalid amount "400万日元日元" at index 6: "日元" (expected the end of the amount)`; `expected` varies */
  amountUnexpected: (d: { text: string; at: number; part: string; expected: string }) =>
    `${amountAt(d)}: ${excerpt(d.part, 20, "end")} (expected ${d.expected})`,
  /** `invalid amount "DeepSeek使用了2000块" at index 0: "DeepSeek使用了2000块" (expected the amount alone, with at most 约 before it or 左右 after it; parseAmounts finds amounts in prose)` */
  amountExtraText: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${excerpt(d.part, 20, "end")} (expected the amount alone, with at most 约 before it or 左右 after it; parseAmounts finds amounts in prose)`,
  /** `invalid yenSign: "USD" (expected "JPY" or "CNY", the currency a bare ¥ stands for)` */
  amountYenSign: (d: { value: unknown }) =>
    `invalid yenSign: ${show(d.value)} (expected "JPY" or "CNY", the currency a bare ¥ stands for)`,
  /** `invalid amount "…": 1e+400 is not finite (expected a finite amount)` */
  amountNotFinite: (d: { text: string; value: number }) =>
    `invalid amount ${excerpt(d.text, 60)}: ${d.value} is not finite (expected a finite amount)`,

  // ---- ranges and uncertainty (src/range/, src/uncertainty/) ----------------------------------
  /** `invalid addRanges operand b: "3" (expected a finite number or a range {low, high} with finite bounds)` */
  rangeOperand: (d: { op: string; operand: string; value: unknown }) =>
    `invalid ${d.op} operand ${d.operand}: ${show(d.value)} (expected a finite number or a range {low, high} with finite bounds)`,
  /** `invalid multiplyRanges operand a: {"low":-1,"high":2} (expected a number or range ≥ 0: multiplyRanges works on non-negative quantities)` */
  rangeNegative: (d: { op: string; operand: string; value: unknown }) =>
    `invalid ${d.op} operand ${d.operand}: ${show(d.value)} (expected a number or range ≥ 0: ${d.op} works on non-negative quantities)`,
  /** `invalid divideRanges operand b: {"low":0,"high":2} (expected a number or range > 0: a divisor must stay above 0)` */
  rangeDivisorZero: (d: { op: string; operand: string; value: unknown }) =>
    `invalid ${d.op} operand ${d.operand}: ${show(d.value)} (expected a number or range > 0: a divisor must stay above 0)`,
  /** `invalid rangeHull ranges: none given (expected at least one range or number)` */
  rangeHullEmpty: (d: { op: string }) => `invalid ${d.op} ranges: none given (expected at least one range or number)`,
  /** `invalid uniform: 5 (expected a range {low, high})` */
  notRange: (d: { name: string; value: unknown }) => invalid(d, "a range {low, high}"),
  /** `invalid inputs: 17 (expected at most 16 varying inputs)`: rangeOf evaluates 2^k corners */
  tooManyInputs: (d: { name: string; value: number; max: number }) => invalid(d, `at most ${d.max} varying inputs`),
  /** `invalid xs: "1,2" (expected a Float64Array or an array of numbers)` */
  notSamples: (d: { name: string; value: unknown }) => invalid(d, "a Float64Array or an array of numbers"),
  /** `invalid draws: {} (expected one or more draws)` */
  noDraws: (d: { name: string; value: unknown }) => invalid(d, "one or more draws"),
  /** `invalid distributions: [] (expected an object of distributions by input name)` */
  notDistributions: (d: { name: string; value: unknown }) => invalid(d, "an object of distributions by input name"),
  /** `invalid distributions.price: {"kind":"normal"} (expected a distribution of kind "uniform", "triangular", "lognormal" or "point")` */
  distributionKind: (d: { name: string; value: unknown }) =>
    `invalid ${d.name}: ${show(d.value)} (expected a distribution of kind "uniform", "triangular", "lognormal" or "point")`,
  /** `invalid triangular: low 1, mode 5, high 4 (expected low ≤ mode ≤ high and low < high)` */
  triangularOrder: (d: { name: string; low: number; mode: number; high: number }) =>
    `invalid ${d.name}: low ${d.low}, mode ${d.mode}, high ${d.high} (expected low ≤ mode ≤ high and low < high)`,
  /** `invalid lognormal90: p05 0, p95 2 (expected 0 < p05 < p95)` */
  lognormalBounds: (d: { name: string; p05: number; p95: number }) =>
    `invalid ${d.name}: p05 ${d.p05}, p95 ${d.p95} (expected 0 < p05 < p95)`,
  /**
   * A distribution given for an assumption whose draws would break that assumption's own rule:
   * `invalid distributions.gpuHours: {"kind":"uniform","low":-1,"high":5} (expected draws that gpuHours allows, each a positive number: its low, -1, is not)`;
   * with `end` "tail", a log-normal where the rule has an upper end: `(… each a fraction in [0, 1): a log-normal has no upper end)`.
   */
  distributionRule: (d: {
    name: string;
    value: unknown;
    assumption: string;
    rule: NumberBounds;
    end: "low" | "high" | "value" | "p05" | "p95" | "tail";
    at?: number;
  }) =>
    invalid(
      d,
      `draws that ${d.assumption} allows, each ${numberText(d.rule)}: ` +
        (d.end === "tail" ? "a log-normal has no upper end" : `its ${d.end}, ${d.at}, is not`),
    ),
  /** `invalid distributions.gpuHours: {…} (expected draws that are each at most 10,000,000,000 GPU-hours: …; its high, 100000000000, is beyond)` */
  distributionImplausible: (d: { name: string; value: unknown; end: string; at: number } & LimitData) =>
    invalid(d, `draws that are each ${limitText(d)}; its ${d.end}, ${d.at}, is beyond`),

  // ---- trends (src/trend/) -------------------------------------------------------------------
  /** `invalid points: {} (expected a list of { date, value } points)` */
  notTrendPoints: (d: { name: string; value: unknown }) => invalid(d, "a list of { date, value } points"),
  /** `cannot fit a trend to 2 points on 2 dates (expected at least 3 points on at least 2 dates)` */
  trendTooFew: (d: { n: number; dates: number }) =>
    `cannot fit a trend to ${d.n} point${d.n === 1 ? "" : "s"} on ${d.dates} date${d.dates === 1 ? "" : "s"} (expected at least 3 points on at least 2 dates)`,

  // ---- data files (src/data/) ---------------------------------------------------------------
  /** `no data files: none installed (expected useDataFiles() first: the package entry point installs data/ in Node)` */
  noDataFiles: (_d: Record<string, never>) =>
    "no data files: none installed (expected useDataFiles() first: the package entry point installs data/ in Node)",
  /** `cannot read /tmp/gpus.csv: this data source reads no paths (expected a data file name, e.g. loadGpus())` */
  noFileAccess: (d: { path: string }) =>
    `cannot read ${d.path}: this data source reads no paths (expected a data file name, e.g. loadGpus())`,
  /** `cannot read data/gpus.csv: ENOENT (expected a UTF-8 CSV file)` */
  dataUnreadable: (d: { file: string; reason: string }) =>
    `cannot read ${d.file}: ${d.reason} (expected a UTF-8 CSV file)`,
  /**
   * A UTF-16 file, found by its byte-order mark or by the NUL byte (NUL character, once decoded)
   * UTF-16 puts beside every ASCII character:
   * `invalid data/gpus.csv line 1: a UTF-16 (little-endian) byte-order mark, FF FE (expected UTF-8 text: save the file as UTF-8)`;
   * `invalid data/gpus.csv line 1, byte 2: a NUL byte, as UTF-16 text has beside every ASCII character (expected …)`.
   */
  dataUtf16: (d: {
    file: string;
    line: number;
    bom?: "little-endian" | "big-endian";
    at?: number;
    unit?: "byte" | "character";
  }) =>
    `invalid ${d.file} line ${d.line}` +
    (d.bom
      ? `: a UTF-16 (${d.bom}) byte-order mark, ${d.bom === "little-endian" ? "FF FE" : "FE FF"}`
      : `, ${d.unit ?? "byte"} ${d.at}: a NUL ${d.unit ?? "byte"}, as UTF-16 text has beside every ASCII character`) +
    " (expected UTF-8 text: save the file as UTF-8)",
  /** `invalid data/gpus.csv line 3, byte 17: a byte that is not UTF-8 (expected UTF-8 text: save the file as UTF-8)`: a Latin-1 or Shift JIS file */
  dataNotUtf8: (d: { file: string; line: number; at: number }) =>
    `invalid ${d.file} line ${d.line}, byte ${d.at}: a byte that is not UTF-8 (expected UTF-8 text: save the file as UTF-8)`,
  /** `invalid data/gpus.csv line 1: a carriage return (CR) alone ends it, at character 24 (expected LF or CRLF line ends: CR alone is the classic Mac OS line end; convert the file)` */
  dataLineEnds: (d: { file: string; line: number; at: number }) =>
    `invalid ${d.file} line ${d.line}: a carriage return (CR) alone ends it, at character ${d.at} (expected LF or CRLF line ends: CR alone is the classic Mac OS line end; convert the file)`,
  /** `invalid data/gpus.csv: an empty file (expected a header line naming the columns gpu, name, …, then the rows)` */
  dataEmpty: (d: { file: string; columns: readonly string[] }) =>
    `invalid ${d.file}: an empty file (expected a header line naming the columns ${d.columns.join(", ")}, then the rows)`,
  /** `invalid data/gpus.csv: a header and no rows (expected at least one row under the header)` */
  dataNoRows: (d: { file: string }) =>
    `invalid ${d.file}: a header and no rows (expected at least one row under the header)`,
  /**
   * A field with a space (any Unicode white space: a tab, a no-break space, U+3000) at either end, in
   * a row (`column`) or in the header (`field`, counted from 1):
   * `invalid data/gpus.csv line 3, column gpu: "H100 " (expected no space at either end: nothing is trimmed, so "H100 " is not "H100")`.
   */
  dataSpaces: (d: { file: string; line: number; column?: string; field?: number; value: string }) =>
    `invalid ${d.file} line ${d.line}, ${d.column === undefined ? `field ${d.field}` : `column ${d.column}`}: ${show(d.value)} (expected no space at either end: nothing is trimmed, so ${show(d.value)} is not ${show(d.value.trim())})`,
  /**
   * A rate and its inverse in one set on one day that no single rate rounds to:
   * `invalid data/fx-rates.csv line 8, column rate: "0.007" (expected 1 ÷ 151.65, the USD/JPY rate of line 4, within the rounding of both as written: from 0.0065888 to 0.0065993)`.
   */
  dataFxInverse: (d: {
    file: string;
    line: number;
    value: string;
    other: { readonly line: number; readonly pair: string; readonly rate: string };
    low: number;
    high: number;
  }) =>
    `invalid ${d.file} line ${d.line}, column rate: ${show(d.value)} (expected 1 ÷ ${d.other.rate}, the ${d.other.pair} rate of line ${d.other.line}, within the rounding of both as written: from ${d.low} to ${d.high})`,
  /** `data/gpus.csv is missing column tdp_w` */
  dataMissingColumn: (d: { file: string; column: string }) => `${d.file} is missing column ${d.column}`,
  /** `data/gpus.csv has an unexpected column "note" (expected only gpu, name, …)` */
  dataExtraColumn: (d: { file: string; column: string; columns: readonly string[] }) =>
    `${d.file} has an unexpected column ${show(d.column)} (expected only ${d.columns.join(", ")})`,
  /** `invalid data/gpus.csv line 4: 12 fields (expected 11, one per column)` */
  dataRow: (d: { file: string; line: number; problem: string; expected: string }) =>
    `invalid ${d.file} line ${d.line}: ${d.problem} (expected ${d.expected})`,
  /** `invalid data/gpus.csv line 4, column tdp_w: "7OO" (expected a number)` */
  dataCell: (d: { file: string; line: number; column: string; value: string; expected: string }) =>
    `invalid ${d.file} line ${d.line}, column ${d.column}: ${show(d.value)} (expected ${d.expected})`,
  /** `invalid data/article-figures.csv line 3: low 5000000 > high 4000000 (expected low ≤ high)` */
  dataRangeOrder: (d: {
    file: string;
    line: number;
    lowColumn: string;
    highColumn: string;
    low: number;
    high: number;
  }) =>
    `invalid ${d.file} line ${d.line}: ${d.lowColumn} ${d.low} > ${d.highColumn} ${d.high} (expected ${d.lowColumn} ≤ ${d.highColumn})`,
  /** `duplicate id in data/gpus.csv line 5: "H100" (first on line 2; expected each id once)` */
  dataDuplicate: (d: { file: string; line: number; key: string; value: string; first: number }) =>
    `duplicate ${d.key} in ${d.file} line ${d.line}: ${show(d.value)} (first on line ${d.first}; expected each ${d.key} once)`,
  /** `unknown gpu: "H900" (expected one of H100, H800, H20, A100, A800)` */
  unknownEntry: (d: { name: string; value: unknown; known: readonly string[] }) =>
    `unknown ${d.name}: ${show(d.value)} (expected one of ${d.known.join(", ")})`,

  // ---- assumptions and cost views (src/assumptions/, src/cost/) -------------------------------
  /** `unknown assumption "gpuCont" (did you mean "gpuCount"? known: gpu, gpuCount, …)` */
  unknownAssumption: (d: { name: string; suggestion: string | undefined; known: readonly string[] }) =>
    `unknown assumption ${show(d.name)} (${d.suggestion ? `did you mean ${show(d.suggestion)}? ` : ""}known: ${d.known.join(", ")})`,

  /** `invalid overrides: 5 (expected an object of assumptions, e.g. { gpuCount: 2048 })` */
  notOverrides: (d: { name: string; value: unknown }) =>
    invalid(d, "an object of assumptions, e.g. { gpuCount: 2048 }"),
  /** `invalid assumptions: {} (expected the result of assumptions())` */
  notAssumptions: (d: { name: string; value: unknown }) => invalid(d, "the result of assumptions()"),
  /** `invalid tdpWatts: undefined (expected watts: data/gpus.csv has no TDP for H20, so give tdpWatts)` */
  noTdp: (d: { gpu: string }) =>
    invalid({ name: "tdpWatts", value: undefined }, `watts: data/gpus.csv has no TDP for ${d.gpu}, so give tdpWatts`),
  /** `invalid precision: "fp8" (expected bf16: data/gpus.csv has no FP8 peak for A100)` */
  noPeak: (d: { gpu: string; precision: string }) =>
    invalid(
      { name: "precision", value: d.precision },
      `bf16: data/gpus.csv has no ${d.precision.toUpperCase()} peak for ${d.gpu}`,
    ),
  /** `invalid electricityPrice: undefined (expected US dollars per kWh: data/electricity-prices.csv has no price for 2031, the year of trainingStart, so give electricityPrice)` */
  noElectricityPrice: (d: { year: number }) =>
    invalid(
      { name: "electricityPrice", value: undefined },
      `US dollars per kWh: data/electricity-prices.csv has no price for ${d.year}, the year of trainingStart, so give electricityPrice`,
    ),
  /** `invalid stages: [] (expected a non-empty list of { stage, gpuHours })` */
  notStages: (d: { name: string; value: unknown }) => invalid(d, "a non-empty list of { stage, gpuHours }"),

  // ---- training runs compared (runCosts, costShares) ------------------------------------------
  /** `invalid costs: [] (expected a non-empty list of run costs, from runCosts())` */
  notRunCosts: (d: { name: string; value: unknown }) => invalid(d, "a non-empty list of run costs, from runCosts()"),
  /** `invalid estimate.currency: "JPY" (expected USD: training-run costs are compared in US dollars)` */
  notUsd: (d: { name: string; value: unknown }) => invalid(d, "USD: training-run costs are compared in US dollars"),
  /** `invalid ratePerGpuHour: 0 (expected a positive number of US dollars per GPU-hour, or a range { low, high } of them)` */
  notUsdRate: (d: { name: string; value: unknown }) =>
    invalid(d, "a positive number of US dollars per GPU-hour, or a range { low, high } of them"),
  /** `invalid costUsd: -1 (expected a positive number of US dollars, or a range { low, high } of them)` */
  notUsdCost: (d: { name: string; value: unknown }) =>
    invalid(d, "a positive number of US dollars, or a range { low, high } of them"),
  /** `invalid of: "gpt-4" (expected the id of a run with a reported cost in costs)` */
  notReportedRun: (d: { name: string; value: unknown }) => invalid(d, "the id of a run with a reported cost in costs"),

  /** `no rental prices per GPU-hour for H800 in 2030 in data/hardware-prices.csv (expected at least one to derive a range from)` */
  noRentalPrices: (d: { hardware: readonly string[]; year: number }) =>
    `no rental prices per GPU-hour for ${d.hardware.join(", ")} in ${d.year} in data/hardware-prices.csv (expected at least one to derive a range from)`,

  // ---- charts (src/charts/) -----------------------------------------------------------------
  /** `invalid fit: {} (expected a frontier trend, from frontierTrend())` */
  notFrontierTrend: (d: { name: string; value: unknown }) => invalid(d, "a frontier trend, from frontierTrend()"),
  /** `invalid rows: [] (expected a non-empty list of fleet rows, from fleetRows())` */
  notFleetRows: (d: { name: string; value: unknown }) => invalid(d, "a non-empty list of fleet rows, from fleetRows()"),
  /** `invalid table: [] (expected an Arquero table)` */
  notTable: (d: { name: string; value: unknown }) => invalid(d, "an Arquero table"),
  /** `invalid spec: "bar" (expected a Vega-Lite spec object, from a chart builder)` */
  notSpec: (d: { name: string; value: unknown }) => invalid(d, "a Vega-Lite spec object, from a chart builder"),
  /** `cannot show(): no tslab kernel is running (expected a call from a notebook cell; outside one, save the spec with JSON.stringify)` */
  noKernel: (d: { what: string }) =>
    `cannot ${d.what}(): no tslab kernel is running (expected a call from a notebook cell; outside one, save the spec with JSON.stringify)`,

  // ---- runner and report (src/runner/, src/report/, src/cli/) ---------------------------------
  // headless runner and report (src/runner/, src/report/, src/cli/main.ts and its commands)
  /** `rejected a message on iopub: invalid signature` */
  badSignature: (d: { socket: string }) => `rejected a message on ${d.socket}: invalid signature`,
  /** `rejected a message on shell: not a Jupyter message (no <IDS|MSG> delimiter)` */
  malformedMessage: (d: { socket: string; reason: string }) =>
    `rejected a message on ${d.socket}: not a Jupyter message (${d.reason})`,
  /** `invalid kernel: "pyhton3" (expected one of: python3, tslab; looked in /x/share/jupyter/kernels)` */
  unknownKernel: (d: { name: string; found: readonly string[]; searched: readonly string[] }) =>
    `invalid kernel: ${show(d.name)} (expected one of: ${d.found.join(", ") || "none installed"}; looked in ${d.searched.map((p) => `${p}/kernels`).join(", ")})`,
  /** `invalid kernelspec: /x/kernels/tslab/kernel.json (argv is not a non-empty list of strings)` */
  badKernelspec: (d: { path: string; reason: string }) => `invalid kernelspec: ${d.path} (${d.reason})`,
  /** `kernel "tslab" failed to start: exited with code 1: Error: listen EADDRINUSE` */
  kernelStartFailed: (d: { kernel: string; reason: string }) => `kernel ${show(d.kernel)} failed to start: ${d.reason}`,
  /** `kernel "tslab" did not answer within 60 s of starting (no kernel_info_reply)` + what it wrote to stderr, if anything */
  kernelStartTimeout: (d: { kernel: string; seconds: number; detail: string }) =>
    `kernel ${show(d.kernel)} did not answer within ${d.seconds} s of starting (no kernel_info_reply)${d.detail}`,
  /** `kernel died while running cell 4 of 02-buy.ipynb (it was killed by SIGKILL)` */
  kernelDied: (d: { notebook: string; cell: number; how: string }) =>
    `kernel died while running cell ${d.cell} of ${d.notebook} (it ${d.how})`,
  /** `cell 3 of 02-buy.ipynb timed out after 300 s (the kernel was interrupted)` + the cell's first lines */
  cellTimeout: (d: { notebook: string; cell: number; seconds: number; source: string }) =>
    `cell ${d.cell} of ${d.notebook} timed out after ${d.seconds} s (the kernel was interrupted)\n${d.source}`,
  /** `cell 3 of 02-buy.ipynb failed:` + the cell's first lines + the kernel's message */
  cellFailed: (d: { notebook: string; cell: number; source: string; message: string }) =>
    `cell ${d.cell} of ${d.notebook} failed:\n${d.source}\n${d.message}`,
  /** `cell 3 of 02-buy.ipynb was not run (the kernel aborted it)` + the cell's first lines */
  cellAborted: (d: { notebook: string; cell: number; source: string }) =>
    `cell ${d.cell} of ${d.notebook} was not run (the kernel aborted it)\n${d.source}`,
  /** `invalid notebook: notebooks/x.ipynb (expected nbformat 4 JSON: Unexpected token)` */
  badNotebook: (d: { path: string; reason: string }) =>
    `invalid notebook: ${d.path} (expected nbformat 4 JSON: ${d.reason})`,
  /** `invalid source of cell 3 in notebooks/x.ipynb: 42 (expected text, or a list of lines of text)` */
  notCellText: (d: { path: string; cell: number; value: unknown }) =>
    `invalid source of cell ${d.cell} in ${d.path}: ${show(d.value)} (expected text, or a list of lines of text)`,
  /** `invalid notebooks folder: "notebooks" (expected a folder with at least one .ipynb file)` */
  noNotebooks: (d: { dir: string }) =>
    `invalid notebooks folder: ${show(d.dir)} (expected a folder with at least one .ipynb file)`,
  /** `cannot set gpuCount in intro.ipynb: it has no cell tagged "parameters" (expected one, as papermill does)` */
  noParametersCell: (d: { notebook: string; names: readonly string[] }) =>
    `cannot set ${d.names.join(", ")} in ${d.notebook}: it has no cell tagged "parameters" (expected one, as papermill does)`,
  /** `invalid scenario: "artcle" (expected one of: article, deepseek-paper, full-programme, spec-speed)` */
  unknownScenario: (d: { name: string; known: readonly string[] }) =>
    `invalid scenario: ${show(d.name)} (expected one of: ${d.known.join(", ")})`,
  /** `invalid parameters file: p.json (expected a JSON object of assumptions: it is an array)` */
  badParameters: (d: { path: string; what: string; expected: string; reason: string }) =>
    `invalid ${d.what}: ${d.path} (expected ${d.expected}: ${d.reason})`,
  /** `invalid --set: "gpuCount" (expected key=value)` */
  badSet: (d: { arg: string }) => `invalid --set: ${show(d.arg)} (expected key=value)`,
  /** `invalid command: "rnu" (expected one of run, report, estimate, lab; see gpu-cost-lab --help)` */
  unknownCommand: (d: { command: string; known: readonly string[] }) =>
    `invalid command: ${show(d.command)} (expected one of ${d.known.join(", ")}; see gpu-cost-lab --help)`,
  /**
   * `Unknown option '--jbos' (see gpu-cost-lab report --help)`: parseArgs's own wording on one line,
   * without its hint about positional arguments (no command takes one that starts with a dash), then where to look.
   */
  badArguments: (d: { command: string; message: string }) =>
    `${d.message.replace(/\. To specify a positional argument.*$/s, "").replace(/\s*\n\s*/g, " ")} (see gpu-cost-lab ${d.command} --help)`,
  // the command line's checks of its files, before any kernel starts (src/cli/)
  /** `invalid notebook: "02-buy.ipynb" (expected a notebook file: no such file)`; `problem`: what is there instead */
  notNotebookFile: (d: { path: string; problem: "missing" | "folder" | "unreadable" }) =>
    `invalid notebook: ${show(d.path)} (expected a notebook file: ${pathProblems[d.problem]})`,
  /**
   * `invalid --out: "/tmp/f/x.ipynb" (expected a file that can be written: /tmp/f is a file)`: `kind` is
   * what the option names, `path` the place found unfit (the option's own path, a folder above it
   * or a file the command writes in it) and `problem` what is wrong with it.
   */
  notWritable: (d: {
    name: string;
    value: string;
    kind: "file" | "folder";
    path: string;
    problem: "file" | "folder" | "readOnly";
  }) => invalid(d, `a ${d.kind} that can be written: ${d.path} ${writeProblems[d.problem]}`),
  /** `invalid --out: "x.ipynb" (expected a path apart from the source notebooks: writing x.ipynb would overwrite notebooks/x.ipynb)` */
  overwritesSource: (d: { name: string; value: string; path: string; source: string }) =>
    invalid(d, `a path apart from the source notebooks: writing ${d.path} would overwrite ${d.source}`),
  /** `over the limit of 512 MB of memory for drawing a chart`: why a chart got no static copy */
  chartOverLimit: (d: { limit: string }) => `over the limit of ${d.limit} for drawing a chart`,
  /** `Chart not drawn as an image (over the limit …): open the notebook in JupyterLab to see it.`, the note a chart then carries */
  chartNotDrawn: (d: { reason: string }) =>
    `Chart not drawn as an image (${d.reason}): open the notebook in JupyterLab to see it.`,
  /** `[output truncated after 1,000,000 bytes: the cell wrote 50,000,001 bytes]`, the note that ends such a cell's output */
  outputTruncated: (d: { limit: number; received: number }) =>
    `[output truncated after ${d.limit.toLocaleString("en-US")} bytes: the cell wrote ${d.received.toLocaleString("en-US")} bytes]`,
  // runner warnings (the run goes on)
  /** `intro.ipynb has no cell tagged "parameters": run without the overrides` */
  parametersIgnored: (d: { notebook: string }) =>
    `${d.notebook} has no cell tagged "parameters": run without the overrides`,
  /** `02-buy.ipynb: its parameters cell does not declare pue (injected anyway; the notebook may not use it)` */
  parameterUndeclared: (d: { notebook: string; name: string }) =>
    `${d.notebook}: its parameters cell does not declare ${d.name} (injected anyway; the notebook may not use it)`,
  /**
   * A parameter the runner will not write into a notebook: a name that is not an identifier, or a
   * value with a `__proto__` key, which JSON keeps as a field but a TypeScript literal makes the
   * object's prototype: `invalid parameter gpuCount: {"__proto__":{"low":1}} (expected JSON without a "__proto__" key: …)`.
   */
  badParameter: (d: { name: string; value: unknown; problem: "name" | "proto" }) =>
    d.problem === "name"
      ? `invalid parameter name: ${show(d.name)} (expected a JavaScript identifier, e.g. gpuCount)`
      : `invalid parameter ${d.name}: ${show(d.value)} (expected JSON without a "__proto__" key: written into the notebook as a TypeScript literal, it would set the object's prototype)`,
  /** `02-buy.ipynb cell 5: chart left without a static copy (Invalid specification …)` */
  chartNotRendered: (d: { notebook: string; cell: number; reason: string }) =>
    `${d.notebook} cell ${d.cell}: chart left without a static copy (${d.reason})`,
  // JupyterLab environment (src/cli/lab-*.ts)
  /** `no Python 3 found: "python3" could not be run (expected Python ≥ 3.9 with its venv module; on Debian/Ubuntu: apt-get install python3 python3-venv)` */
  labPythonMissing: (d: { python: string }) =>
    `no Python 3 found: ${show(d.python)} could not be run (expected Python ≥ 3.9 with its venv module; on Debian/Ubuntu: apt-get install python3 python3-venv)`,
  /** `unusable Python: "python3" (Python 3.11.2) has no ensurepip module (expected Python ≥ 3.9 with venv and ensurepip; on Debian/Ubuntu: apt-get install python3 python3-venv)` */
  labPythonUnfit: (d: { python: string; version: string; problem: string }) =>
    `unusable Python: ${show(d.python)} (Python ${d.version}) ${d.problem} (expected Python ≥ 3.9 with venv and ensurepip; on Debian/Ubuntu: apt-get install python3 python3-venv)`,
  /** `lab setup failed at "install requirements": ".venv/bin/python -m pip install -r requirements.txt" exited with 1 (see its output above)` */
  labStepFailed: (d: { step: string; command: string; status: number | string }) =>
    `lab setup failed at ${show(d.step)}: ${show(d.command)} exited with ${d.status} (see its output above)`,
  /** `invalid tslab kernel spec .venv/share/jupyter/kernels/tslab/kernel.json: argv[0] "tslab" (expected "/work/main/node_modules/.bin/tslab")` */
  labKernelSpec: (d: { path: string; argv0: unknown; expected: string }) =>
    `invalid tslab kernel spec ${d.path}: argv[0] ${show(d.argv0)} (expected ${show(d.expected)})`,
  /** `JupyterLab did not answer at http://127.0.0.1:8899/api/status within 60000 ms (expected HTTP 200; the server exited with 1)` */
  labNoAnswer: (d: { url: string; timeoutMs: number; exit: string }) =>
    `JupyterLab did not answer at ${d.url} within ${d.timeoutMs} ms (expected HTTP 200; ${d.exit})`,
} as const;

/** Which numbers are accepted: the data of `notInRange`, and the shape of a range rule (src/range/rules.ts). */
export interface NumberBounds {
  readonly min?: number;
  /** `min` itself is not accepted (a price must be > 0). */
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly maxExclusive?: boolean;
  /** Whole numbers only (GPU counts). */
  readonly whole?: boolean;
}

/**
 * A plausible bound and why: `side` "most" with `limit` 10,000,000 and `unit` "GPUs". A price in
 * a currency other than US dollars has its bound converted at a round rate, `usd` saying which.
 */
export interface LimitData {
  readonly side: "most" | "least";
  readonly limit: number;
  /** `GPUs`, `GPU-hours`, `JPY per GPU`, or nothing for a plain ratio. */
  readonly unit?: string;
  readonly usd?: { readonly limit: number; readonly perUsd: number; readonly currency: string };
  readonly why: string;
}

/** `at most 10,000,000 GPUs: …`; `at most 1,500,000,000 JPY per GPU, 10,000,000 USD at a round 150 JPY to the dollar: …` */
function limitText(d: LimitData): string {
  const usd = d.usd
    ? `, ${grouped(d.usd.limit)} USD at a round ${grouped(d.usd.perUsd)} ${d.usd.currency} to the dollar`
    : "";
  return `at ${d.side} ${grouped(d.limit)}${d.unit ? ` ${d.unit}` : ""}${usd}: ${d.why}`;
}

/** `10,000,000`, `0.01`: a bound as people write it. */
function grouped(x: number): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: 10 });
}

/** The operation of a moneyNotFinite message, from its operands as text (`1 USD`, `1e-310`). */
const moneyOperations = {
  add: (a: string, b: string) => `add ${a} and ${b}`,
  subtract: (a: string, b: string) => `subtract ${b} from ${a}`,
  multiply: (a: string, b: string) => `multiply ${a} by ${b}`,
  divide: (a: string, b: string) => `divide ${a} by ${b}`,
  ratio: (a: string, b: string) => `take the ratio of ${a} to ${b}`,
  convert: (a: string, b: string) => `convert ${a} to ${b}`,
} as const;

/** Why text given for a field was refused: the amount parser's own message, or the unit it read. */
export type TextProblem = { readonly parseError: string } | { readonly readsAs: string; readonly wanted: string };

/** The one grammar: `invalid gpuCount: -3 (expected a positive whole number)`. */
function invalid(d: { name: string; value: unknown }, expected: string): string {
  return `invalid ${d.name}: ${show(d.value)} (expected ${expected})`;
}

/** ` of seconds`, or nothing without a unit. */
function of(unit: string | undefined): string {
  return unit ? ` of ${unit}` : "";
}

/**
 * The numbers that `b` accepts, in words: `a positive whole number`, `a positive number`,
 * `a number ≥ 0`, `a number from 0 to 1`, `a fraction in (0, 1]`, `a whole number from 0 to 2^53 − 1`.
 */
export function numberText(b: NumberBounds): string {
  const number = b.whole ? "whole number" : "number";
  const { min, max } = b;
  if (min === 0 && b.minExclusive && max === undefined) return `a positive ${number}`;
  if (min !== undefined && max !== undefined) {
    if (!b.minExclusive && !b.maxExclusive) return `a ${number} from ${bound(min)} to ${bound(max)}`;
    const noun = !b.whole && min === 0 && max === 1 ? "fraction" : number;
    return `a ${noun} in ${b.minExclusive ? "(" : "["}${bound(min)}, ${bound(max)}${b.maxExclusive ? ")" : "]"}`;
  }
  if (min !== undefined) return `a ${number} ${b.minExclusive ? ">" : "≥"} ${bound(min)}`;
  if (max !== undefined) return `a ${number} ${b.maxExclusive ? "<" : "≤"} ${bound(max)}`;
  return `a finite ${number}`;
}

/** A bound as a reader checks it: 2^53 − 1 rather than 9007199254740991. */
function bound(x: number): string {
  return x === Number.MAX_SAFE_INTEGER ? "2^53 − 1" : String(x);
}

/** `; it reads as GPU, not hour`, `; ` + the parser's message, or nothing. */
function because(reason: TextProblem | undefined): string {
  if (reason === undefined) return "";
  return "parseError" in reason ? `; ${reason.parseError}` : `; it reads as ${reason.readsAs}, not ${reason.wanted}`;
}

/** What is wrong with a path given as input (notNotebookFile). */
const pathProblems = { missing: "no such file", folder: "it is a folder", unreadable: "it cannot be read" } as const;

/** What is wrong with a place an output goes (notWritable). */
const writeProblems = { file: "is a file", folder: "is a folder", readOnly: "is not writable" } as const;

/** How each quantity unit is written as text, for notQuantityInput. */
const quantityExamples = {
  GPU: '"2000～3000块"',
  hour: '"278.8万小时"',
  fraction: '"1～3成"',
  run: '"数十次"',
} as const;

export type MessageCode = keyof typeof messages;
export type MessageData<C extends MessageCode> = Parameters<(typeof messages)[C]>[0];

/** The head of a positioned amount message: `invalid amount "1～2～3块" at index 3`. */
function amountAt(d: { text: string; at: number }): string {
  return `invalid amount ${excerpt(d.text, 60)} at index ${d.at}`;
}
