/**
 * Digits as CJK text writes them: full-width forms, thousands separators, and exact scaling by
 * the powers of ten that 万, 亿, 成 and % stand for.
 */

const FULL_WIDTH_FIRST = 0xff01; // "！", full-width form of "!" (0x21)
const FULL_WIDTH_LAST = 0xff5e; // "～", full-width form of "~" (0x7e)
const FULL_WIDTH_OFFSET = 0xff01 - 0x21;
const IDEOGRAPHIC_SPACE = 0x3000;
const FULL_WIDTH_YEN = 0xffe5; // "￥"

/**
 * The text with full-width ASCII forms replaced by their ASCII twins, one character for one
 * character, so that positions in the result are positions in the input (errors quote the input).
 *
 * `"４００万～５００万"` → `"400万~500万"`; `"２，０００"` → `"2,000"`; `"３．８５億"` → `"3.85億"`;
 * `"Ｈ８００"` → `"H800"`; the ideographic space → `" "`; `"￥"` → `"¥"`. CJK punctuation with no
 * ASCII twin (`、`, `。`, `〜`) is left as it is.
 */
export function normaliseWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    else if (code === IDEOGRAPHIC_SPACE) out += " ";
    else if (code === FULL_WIDTH_YEN) out += "¥";
    else out += text[i];
  }
  return out;
}

/**
 * The value of the decimal numeral `digits` times 10^`exponent`, rounded once, as the
 * numeral would be if written out: `scaled("0.57", 4)` (0.57万) is exactly 5700, whereas
 * `0.57 * 10_000` is 5699.999999999999, and `scaled("3", -1)` (3成) is 0.3, not
 * 0.30000000000000004. Thousands separators are dropped: `scaled("4,000", 4)` is 40,000,000.
 *
 * `digits` must already be a plain numeral (`\d+(\.\d+)?` after separators); the tokenizer
 * guarantees that. The result may be `Infinity` for absurd inputs, which the caller checks.
 */
export function scaled(digits: string, exponent: number): number {
  return Number(`${digits.replaceAll(",", "")}e${exponent}`);
}
