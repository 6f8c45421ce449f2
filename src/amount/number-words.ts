/**
 * The words around and inside a number that are not units: multipliers (万, 亿), vague
 * counts (数十), fractions (分之, 一半), separators (～, 、) and bounds (不到).
 */

/** A word of the amount grammar and what it means. Unit words are in ./units.ts. */
export type NumberWord =
  /** `万` in `400万`: multiply by 10^exponent. */
  | { readonly kind: "multiplier"; readonly exponent: number }
  /** `数` in `数十`, `数百`: "some tens", "some hundreds". */
  | { readonly kind: "several" }
  /** `一半`: one half, a fraction on its own. */
  | { readonly kind: "half" }
  /** `分之` in `10分之1`: "1 of 10 parts", the number after ÷ the number before. */
  | { readonly kind: "over" }
  /** `百分之` in `百分之30`: the number after × 10^exponent. */
  | { readonly kind: "percentOf"; readonly exponent: number }
  /** `～` in `400万～500万日元`: joins the two ends of a range. */
  | { readonly kind: "rangeSep" }
  /** `、` in `数十次、数百次`: joins a list, read as the range that spans it. */
  | { readonly kind: "listSep" }
  /** `−5万日元`: a minus sign, refused (amounts here are non-negative). */
  | { readonly kind: "minus" }
  /**
   * `不到10分之1` (less than a tenth: an `upper` bound, so [0, 0.1]) or `超过100万`
   * (more than: a `lower` bound with no upper end, refused). `side` is where it stands.
   */
  | { readonly kind: "bound"; readonly limit: "upper" | "lower"; readonly side: "before" | "after" };

const multiplier = (exponent: number): NumberWord => ({ kind: "multiplier", exponent });
const bound = (limit: "upper" | "lower", side: "before" | "after"): NumberWord => ({ kind: "bound", limit, side });
const rangeSep: NumberWord = { kind: "rangeSep" };

/** The words, matched longest first (`百分之` before `百`, `不到` before `到`). */
export const numberWords: ReadonlyMap<string, NumberWord> = new Map<string, NumberWord>([
  // Multipliers, chained by product: `400万`, `3.85亿`, `150億`, `1.5万亿` (= 1.5 × 10^12),
  // `1千万` (= 10^7); 兆 is 10^12 as in Japanese, 京 (10^16) is what Intl's ja compact form writes past 兆.
  ["十", multiplier(1)],
  ["百", multiplier(2)],
  ["千", multiplier(3)],
  ["万", multiplier(4)],
  ["萬", multiplier(4)],
  ["亿", multiplier(8)],
  ["億", multiplier(8)],
  ["兆", multiplier(12)],
  ["京", multiplier(16)],
  // `数十次` = [10, 100] runs, `数百` = [100, 1000], `数万` = [10^4, 10^5].
  ["数", { kind: "several" }],
  // Half: `只有一半` (zh), `半分` (ja).
  ["一半", { kind: "half" }],
  ["半分", { kind: "half" }],
  // `10分之1` (zh) and `10分の1` (ja) are 1/10.
  ["分之", { kind: "over" }],
  ["分の", { kind: "over" }],
  // `百分之30` = 0.3; `千分之5` = 0.005.
  ["百分之", { kind: "percentOf", exponent: -2 }],
  ["千分之", { kind: "percentOf", exponent: -3 }],
  // Range separators: `1～3成` (～ reads as ~ once widths are normalised), `1〜3成`,
  // `2000-3000块`, `2000–3000`, `2000—3000`, `2000至3000`, `2000到3000`.
  ["~", rangeSep],
  ["〜", rangeSep],
  ["-", rangeSep],
  ["–", rangeSep],
  ["—", rangeSep],
  ["至", rangeSep],
  ["到", rangeSep],
  ["、", { kind: "listSep" }],
  ["−", { kind: "minus" }],
  // Upper bounds: `不到10分之1`, `不足1成`, `500万日元以下`, `10分の1未満` (ja).
  ["不到", bound("upper", "before")],
  ["不足", bound("upper", "before")],
  ["少于", bound("upper", "before")],
  ["低于", bound("upper", "before")],
  ["不超过", bound("upper", "before")],
  ["以下", bound("upper", "after")],
  ["以内", bound("upper", "after")],
  ["未満", bound("upper", "after")],
  // Lower bounds, which leave the amount without an upper end: `超过100万日元`, `100万日元以上`.
  ["超过", bound("lower", "before")],
  ["至少", bound("lower", "before")],
  ["多于", bound("lower", "before")],
  ["高于", bound("lower", "before")],
  ["以上", bound("lower", "after")],
]);
