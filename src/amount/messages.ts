/**
 * The messages of amounts as news and filings write them (src/amount/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { excerpt } from "../errors/excerpt.js";
import { failer, type Fail } from "../errors/failer.js";
import { messages as valueMessages } from "../errors/messages.js";
import { show } from "../errors/show.js";
import { messages as moneyMessages } from "../money/messages.js";

export const messages = {
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
  /**
   * A lower bound, or a count reaching a place, whose upper end the text does not give:
   * `invalid amount "不少于3000块" at index 0: "不少于" (no fewer than) leaves no upper end (expected an amount with an upper end: a range such as 2000～3000块, or at most, 不到 x, x以下 or less than x, read as 0 to x)`
   */
  amountNoUpperEnd: (d: { text: string; at: number; part: string; meaning: string }) =>
    `${amountAt(d)}: ${show(d.part)} (${d.meaning}) leaves no upper end (expected an amount with an upper end: a range such as 2000～3000块, or at most, 不到 x, x以下 or less than x, read as 0 to x)`,
  /** `invalid amount "0多块" at index 1: "多" after 0 (expected a number above 0 before 多, 余 or 几, e.g. 2000多块)` */
  amountMoreOnZero: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: ${show(d.part)} after 0 (expected a number above 0 before 多, 余 or 几, e.g. 2000多块)`,
  /** `invalid amount "400万\u200b日元" at index 4: an invisible character, "\u200b", inside the amount (expected none: delete it)` */
  amountInvisible: (d: { text: string; at: number; part: string }) =>
    `${amountAt(d)}: an invisible character, ${show(d.part)}, inside the amount (expected none: delete it)`,
  /** `invalid amount "廿元" at index 0: "廿" is 20 written as one character, which is not read (expected 二十 or 20)` */
  amountOneCharacterNumber: (d: { text: string; at: number; part: string; value: number }) =>
    `${amountAt(d)}: ${show(d.part)} is ${d.value} written as one character, which is not read (expected ${cjkTens[d.value / 10] ?? ""}十 or ${d.value})`,
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
} as const;

/** 二 三 四: the tens digit of 廿 卅 卌 written out. */
const cjkTens: Readonly<Record<number, string>> = { 2: "二", 3: "三", 4: "四" };

/** The head of a positioned amount message: `invalid amount "1～2～3块" at index 3`. */
function amountAt(d: { text: string; at: number }): string {
  return `invalid amount ${excerpt(d.text, 60)} at index ${d.at}`;
}

/** The codes this layer throws: its own, and the general and money ones it uses. */
export type AmountCatalogue = typeof messages & typeof valueMessages & typeof moneyMessages;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<AmountCatalogue> = failer(messages, valueMessages, moneyMessages);
