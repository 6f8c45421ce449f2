/**
 * The words inside and around a number that are not units: CJK digits and places (一, 两, 〇,
 * 十, 百, 千, 万, 亿), English scales (K, M, bn, million), vague counts (数十), fractions (分之,
 * 一半), range and list separators (～, 、), bounds (不到, 以上) and approximations (约, 左右).
 * Unit words are in ./units.ts.
 */

/** A word of the amount grammar and what it means. */
export type NumberWord =
  /**
   * `万` in `400万`, `千` in `3千5百万`: a place, 10^exponent. `big` places (万 亿 兆 京) close a
   * group of four digits; the others (十 百 千) are places inside one.
   */
  | { readonly kind: "place"; readonly exponent: number; readonly big: boolean }
  /** `M` in `$5.58M`, `million` in `US$5.6 million`: an English scale, 10^exponent. */
  | { readonly kind: "scale"; readonly exponent: number }
  /** `数` in `数十`, `几` in `几百`: "some tens", "some hundreds". */
  | { readonly kind: "several" }
  /** `一半`: one half, a fraction on its own. */
  | { readonly kind: "half" }
  /** `分之` in `10分之1`: "1 of 10 parts", the number after ÷ the number before. */
  | { readonly kind: "over" }
  /** `百分之` in `百分之30`: the number after × 10^exponent. */
  | { readonly kind: "percentOf"; readonly exponent: number }
  /**
   * `～` in `400万～500万日元`. `style` says how it reads where an end is missing: a `wave`
   * (～ ~ 〜) or an en `dash` (–) before a number is an open range; a `hyphen` (-) there is a
   * minus sign; a `word` (至, 到) or an em dash (`—`, Chinese prose's dash) is a verb or
   * punctuation in prose.
   */
  | { readonly kind: "separator"; readonly style: "wave" | "dash" | "hyphen" | "word" }
  /** `、` in `数十次、数百次`: joins a list, read as the range that spans it. */
  | { readonly kind: "list" }
  /** `−5万日元`: a minus sign, refused (amounts here are 0 or more). */
  | { readonly kind: "minus" }
  /**
   * `不到10分之1` (less than a tenth: an `upper` bound, read as [0, 0.1]) or `超过100万`
   * (more than: a `lower` bound, with no upper end, refused). `side` is where it stands.
   */
  | { readonly kind: "bound"; readonly limit: "upper" | "lower"; readonly side: "before" | "after" }
  /** `约` in `约280万小时`, `左右` after it: "about", read as the number itself. */
  | { readonly kind: "approx"; readonly side: "before" | "after" }
  /** `——`: a word that looks like one of the above but is not (the Chinese dash). */
  | { readonly kind: "other" };

/** CJK digits and their values: `一` 1, `两` 2 (两千), `〇` and `零` 0 (二〇二五, 一千零五). */
export const cjkDigits: ReadonlyMap<string, number> = new Map([
  ["〇", 0],
  ["零", 0],
  ["一", 1],
  ["二", 2],
  ["两", 2],
  ["兩", 2],
  ["三", 3],
  ["四", 4],
  ["五", 5],
  ["六", 6],
  ["七", 7],
  ["八", 8],
  ["九", 9],
]);

const place = (exponent: number): NumberWord => ({ kind: "place", exponent, big: exponent >= 4 });
const scale = (exponent: number): NumberWord => ({ kind: "scale", exponent });
const separator = (style: "wave" | "dash" | "hyphen" | "word"): NumberWord => ({ kind: "separator", style });
const bound = (limit: "upper" | "lower", side: "before" | "after"): NumberWord => ({ kind: "bound", limit, side });
const approx = (side: "before" | "after"): NumberWord => ({ kind: "approx", side });

/** The words, matched longest first (`百分之` before `百`, `不到` before `到`). */
export const numberWords: ReadonlyMap<string, NumberWord> = new Map<string, NumberWord>([
  // Places: 十 百 千 inside a group of four digits, then 万 亿 兆 京 (10^4, 10^8, 10^12, 10^16,
  // as in Japanese and in zh finance; 京 is what Intl's ja compact form writes past 兆).
  ["十", place(1)],
  ["百", place(2)],
  ["千", place(3)],
  ["万", place(4)],
  ["萬", place(4)],
  ["亿", place(8)],
  ["億", place(8)],
  ["兆", place(12)],
  ["京", place(16)],
  // English scales after a number: `$5.58M`, `$721K`, `¥15.0B`, `RMB3.85bn`, `$5.6m` (British
  // press), `US$5.6 million`, `$1.5T` (Intl's en compact form).
  ["K", scale(3)],
  ["k", scale(3)],
  ["thousand", scale(3)],
  ["M", scale(6)],
  ["m", scale(6)],
  ["mn", scale(6)],
  ["million", scale(6)],
  ["B", scale(9)],
  ["b", scale(9)],
  ["bn", scale(9)],
  ["billion", scale(9)],
  ["T", scale(12)],
  ["tn", scale(12)],
  ["trillion", scale(12)],
  // `数十次` = [10, 100] runs, `数百` = [100, 1000], `几千` = [1000, 10000].
  ["数", { kind: "several" }],
  ["几", { kind: "several" }],
  // Half: `只有一半` (zh), `半分` (ja).
  ["一半", { kind: "half" }],
  ["半分", { kind: "half" }],
  // `10分之1`, `三分之一` (zh) and `10分の1` (ja) are 1/10 and 1/3.
  ["分之", { kind: "over" }],
  ["分の", { kind: "over" }],
  // `百分之30` = 0.3; `千分之5` = 0.005.
  ["百分之", { kind: "percentOf", exponent: -2 }],
  ["千分之", { kind: "percentOf", exponent: -3 }],
  // Range separators: `1～3成` (～ reads as ~ once widths are normalised), `1〜3割`,
  // `2000-3000块`, `$2–4.9`, `2000—3000`, `2000至3000`, `2000到3000`.
  ["~", separator("wave")],
  ["〜", separator("wave")],
  ["–", separator("dash")],
  ["-", separator("hyphen")],
  ["—", separator("word")],
  // `——`, two em dashes, is the Chinese dash: punctuation (`3000块——5000块` is two amounts).
  ["——", { kind: "other" }],
  ["至", separator("word")],
  ["到", separator("word")],
  ["、", { kind: "list" }],
  ["−", { kind: "minus" }],
  // Upper bounds: `不到10分之1`, `不足1成`, `500万日元以下`, `10分の1未満` (ja).
  ["不到", bound("upper", "before")],
  ["不足", bound("upper", "before")],
  ["少于", bound("upper", "before")],
  ["低于", bound("upper", "before")],
  ["不超过", bound("upper", "before")],
  ["最多", bound("upper", "before")],
  ["以下", bound("upper", "after")],
  ["以内", bound("upper", "after")],
  ["未満", bound("upper", "after")],
  // Lower bounds, which leave the amount without an upper end: `超过100万日元`, `100万日元以上`.
  ["超过", bound("lower", "before")],
  ["至少", bound("lower", "before")],
  ["多于", bound("lower", "before")],
  ["高于", bound("lower", "before")],
  ["以上", bound("lower", "after")],
  ["超", bound("lower", "after")],
  // About: `约280万小时`, `约合人民币19.23万元`, `H800约为400万日元`, `約150億円`, `400万日元左右`.
  ["约", approx("before")],
  ["约为", approx("before")],
  ["约合", approx("before")],
  ["大约", approx("before")],
  ["大概", approx("before")],
  ["約", approx("before")],
  ["およそ", approx("before")],
  ["about", approx("before")],
  ["around", approx("before")],
  ["approximately", approx("before")],
  ["左右", approx("after")],
  ["前后", approx("after")],
  ["前後", approx("after")],
  ["程度", approx("after")],
]);
