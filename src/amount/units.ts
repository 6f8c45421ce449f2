/**
 * The unit words an amount can carry, as Chinese, Japanese and English texts write them, and the
 * words `formatAmount` writes back.
 */
import type { Currency } from "../money/currency.js";
import type { AmountUnit } from "./amount.js";

/**
 * One unit word. `exponent` scales the number (成 is 10^-1 of a whole, % is 10^-2);
 * `place` says where it stands: after the number (`500万日元`), before it (`$5`) or either
 * (`人民币19.23万`, `100万人民币`). `shown` marks the words an error message lists as accepted.
 */
export interface UnitWord {
  readonly unit: AmountUnit;
  readonly exponent: number;
  readonly place: "after" | "before" | "either";
  readonly shown: boolean;
}

const after = (unit: AmountUnit, shown = false, exponent = 0): UnitWord => ({ unit, exponent, place: "after", shown });
const before = (unit: AmountUnit): UnitWord => ({ unit, exponent: 0, place: "before", shown: false });
const either = (unit: AmountUnit, shown = false): UnitWord => ({ unit, exponent: 0, place: "either", shown });

/** Unit words, matched longest first (`日元` before `元`, `元人民币` before `元`, `GPUs` before `GPU`). */
export const unitWords: ReadonlyMap<string, UnitWord> = new Map([
  // Yen: `400万～500万日元` (zh), `150億円` (ja); 日圆 is the older zh spelling.
  ["日元", after("JPY", true)],
  ["日圆", after("JPY")],
  ["円", after("JPY", true)],
  ["JP¥", before("JPY")],
  ["JPY", either("JPY", true)],
  ["yen", after("JPY")],
  // Yuan: `3.85亿元`; `约合人民币19.23万元` (人民币 before) and `100万人民币` (after);
  // `100万元人民币`; 块钱 is colloquial yuan (`100块钱`), unlike 块 alone, a count of boards.
  ["元", after("CNY", true)],
  ["元人民币", after("CNY")],
  ["人民币", either("CNY", true)],
  // ja: `3.85億人民元`, as the Japanese press names the yuan (元 alone is also read)
  ["人民元", either("CNY")],
  ["块钱", after("CNY")],
  ["CN¥", before("CNY")],
  ["CNY", either("CNY", true)],
  ["RMB", either("CNY", true)],
  ["yuan", after("CNY")],
  // US dollars: `557.6万美元` (zh), `557.6万ドル` (ja), `$5.58M`, `US$5.6 million`, `5.6M USD`.
  ["美元", after("USD", true)],
  ["美金", after("USD")],
  ["ドル", after("USD", true)],
  ["$", before("USD")],
  ["US$", before("USD")],
  ["USD", either("USD", true)],
  ["dollars", after("USD")],
  // Euros: `100万欧元` (zh), `100万ユーロ` (ja), `€1.0M`.
  ["欧元", after("EUR", true)],
  ["ユーロ", after("EUR", true)],
  ["€", before("EUR")],
  ["EUR", either("EUR", true)],
  ["euros", after("EUR")],
  // GPU boards, by their measure words: `2000～3000块H800`, `2048张卡`, `8枚` (ja), `8台`, `2048 GPUs`.
  ["块", after("GPU", true)],
  ["张", after("GPU", true)],
  ["張", after("GPU")],
  ["枚", after("GPU", true)],
  ["台", after("GPU", true)],
  ["个", after("GPU", true)],
  ["個", after("GPU")],
  ["GPUs", after("GPU", true)],
  ["GPU", after("GPU")],
  // Hours: `278.8万小时`, `280万時間` (ja), `3个小时`, `278.8万GPU小时` (GPU-hours), `2.788M GPU hours`.
  ["小时", after("hour", true)],
  ["小時", after("hour")],
  ["个小时", after("hour")],
  ["個小時", after("hour")],
  ["時間", after("hour", true)],
  ["GPU小时", after("hour")],
  ["GPU時間", after("hour")],
  ["hours", after("hour", true)],
  ["hour", after("hour")],
  ["GPU-hours", after("hour")],
  ["GPU hours", after("hour")],
  // Runs (attempts): `数十次、数百次`, `3回` (ja).
  ["次", after("run", true)],
  ["回", after("run", true)],
  // Shares of a whole: `1～3成` (成 = a tenth), `1～3割` (ja), `30%`, `30パーセント` (ja).
  ["成", after("fraction", true, -1)],
  ["割", after("fraction", true, -1)],
  ["%", after("fraction", true, -2)],
  ["パーセント", after("fraction", false, -2)],
  ["percent", after("fraction", false, -2)],
]);

/**
 * Words that begin with a unit word but are something else, so that `3个月` (three months)
 * is not 3 GPUs and `2成本` is not 0.2. Matched longest first, like the unit words.
 */
export const notUnitWords: readonly string[] = [
  "个月", // 3个月: months
  "個月",
  "个人", // 3个人: people
  "个多月", // 一个多月: a month and more
  "個多月",
  "成本", // cost
  "成为", // to become
  "成功", // success
  "成果", // result
  "成长", // growth
  "次元", // 3次元 (ja): dimensions
  "台湾", // Taiwan
  "台币", // 400万台币: New Taiwan dollars, not 4,000,000 boards
  "台幣",
  "元素", // element
];

/** The bare yen sign: JPY or CNY? `¥5` is refused rather than guessed, unless the caller says. */
export const ambiguousYen = "¥";

/** The unit words an error lists as accepted: `日元, 円, JPY, 元, 人民币, …`. */
export function shownUnitWords(): string[] {
  return [...unitWords].filter(([, w]) => w.shown).map(([word]) => word);
}

/** The locales `formatAmount` writes. */
export const amountLocales = ["en", "zh", "ja"] as const;
export type AmountLocale = (typeof amountLocales)[number];

/**
 * What `formatAmount` writes before an English number, by currency: `$5.58M`, `€1.0M`, and yen
 * and yuan by their ISO codes, `JPY 4.0M` and `CNY 385M`. Never a bare `¥`: a Japanese reader
 * takes it for yen and a Chinese one for yuan, and the article's own figures are in both. Each
 * reads back through {@link unitWords} (`JPY` and `CNY` may stand before a number).
 */
export const englishPrefixes: Readonly<Record<Currency, string>> = {
  USD: "$",
  EUR: "€",
  JPY: "JPY ",
  CNY: "CNY ",
};

/**
 * The currency word `formatAmount` writes after a zh or ja number; each reads back to its
 * currency through {@link unitWords} (`3.85亿元` → CNY, `557.6万ドル` → USD).
 */
export const currencyWords: Readonly<Record<"zh" | "ja", Readonly<Record<Currency, string>>>> = {
  zh: { JPY: "日元", CNY: "元", USD: "美元", EUR: "欧元" },
  ja: { JPY: "円", CNY: "人民元", USD: "ドル", EUR: "ユーロ" },
};
