/**
 * Digits as CJK text writes them (full-width forms) and exact decimal arithmetic for the values
 * they spell: `0.57万` is exactly 5,700 and `1亿5000万` exactly 150,000,000, each rounded to a
 * double once, at the end.
 */

// "！" to "～" (U+FF01–U+FF5E) are the full-width twins of "!" to "~"; U+3000 is the ideographic
// space and U+FFE5 the full-width yen sign.
const fullWidth = /[\uff01-\uff5e\u3000\uffe5]/;
const FULL_WIDTH_OFFSET = 0xff01 - 0x21;
const utf16 = new TextDecoder("utf-16le");

/**
 * The text with full-width ASCII forms replaced by their ASCII twins, one character for one
 * character, so that positions in the result are positions in the input (errors quote the input).
 *
 * `"４００万～５００万"` → `"400万~500万"`; `"２，０００"` → `"2,000"`; `"３．８５億"` → `"3.85億"`;
 * `"Ｈ８００"` → `"H800"`; the ideographic space → `" "`; `"￥"` → `"¥"`. CJK punctuation with no
 * ASCII twin (`、`, `。`, `〜`) is left as it is. (A lone surrogate becomes U+FFFD, also one for one.)
 * Done over a typed array: a million full-width characters take milliseconds, not a callback each.
 */
export function normaliseWidth(text: string): string {
  if (!fullWidth.test(text)) return text;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c >= 0xff01 && c <= 0xff5e ? c - FULL_WIDTH_OFFSET : c === 0x3000 ? 0x20 : c === 0xffe5 ? 0xa5 : c;
  }
  return utf16.decode(codes);
}

/**
 * An exact decimal, `digits × 10^exponent`, its digits kept as written: `19.23万` is
 * `{ digits: "1923", exponent: 2 }`. Strings, not BigInts: most amounts are one number, which
 * needs no arithmetic before its single rounding (./numeral.ts sums the parts of 1亿5000万).
 */
export interface Decimal {
  readonly digits: string;
  readonly exponent: number;
}

/**
 * The decimal a plain numeral spells: `"4,000.25"` → 400025 × 10^-2. `digits` is what the
 * tokenizer accepted as a number (digits, at most one point, commas between groups of three) or
 * a run of CJK digits already read as ASCII digits (`"二〇二五"` → `"2025"`).
 */
export function decimal(numeral: string): Decimal {
  const plain = numeral.includes(",") ? numeral.replaceAll(",", "") : numeral;
  const point = plain.indexOf(".");
  if (point < 0) return { digits: plain, exponent: 0 };
  return { digits: plain.slice(0, point) + plain.slice(point + 1), exponent: point + 1 - plain.length };
}

/** `d × 10^by`: `shift(3, 7)` is 3 × 10^7 (三千万). */
export function shift(d: Decimal, by: number): Decimal {
  return { digits: d.digits, exponent: d.exponent + by };
}

/** The exact sum of the decimals (0 for none). */
export function sum(terms: readonly Decimal[]): Decimal {
  if (terms.length === 1) return terms[0]!;
  let exponent = 0;
  for (const t of terms) exponent = Math.min(exponent, t.exponent);
  let total = 0n;
  for (const t of terms) total += BigInt(t.digits) * 10n ** BigInt(t.exponent - exponent);
  return { digits: String(total), exponent };
}

/** Is `d < 10^power`? Exact: `1亿12000万` is refused because 12000万 is not below 10^8. */
export function below(d: Decimal, power: number): boolean {
  const significant = d.digits.replace(/^0+/, "").length;
  return significant === 0 || significant + d.exponent <= power;
}

/** Is `d < 10`, a digit's worth? `15千` is refused, `1.5千` read as 1,500. */
export function belowTen(d: Decimal): boolean {
  return below(d, 1);
}

/** Is `d` zero? */
export function isZero(d: Decimal): boolean {
  return below(d, -Infinity);
}

/**
 * `d × 10^by` as the nearest double, rounded once: `toNumber(0.57, 4)` is exactly 5700, whereas
 * `0.57 * 10_000` is 5699.999999999999, and `toNumber(3, -1)` (3成) is 0.3, not
 * 0.30000000000000004. The result may be `Infinity` for absurd inputs, which the caller checks.
 */
export function toNumber(d: Decimal, by = 0): number {
  const exponent = d.exponent + by;
  return exponent === 0 ? Number(d.digits) : Number(`${d.digits}e${exponent}`);
}
