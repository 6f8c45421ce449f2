/**
 * Splits text into the tokens the amount grammar reads: numbers, CJK digits and places, unit
 * words, separators and everything else, in one pass (linear in the length of the text).
 * Positions index the caller's text, so errors can quote it. The tokenizer never fails: a
 * malformed number (`1.2.3`) is a token that says what is wrong with it, refused only if an
 * amount is read from it (a version number in prose is not an amount).
 */
import { normaliseWidth } from "./digits.js";
import {
  cjkDigitByCode,
  isCjkDigitAt,
  isDigitCode,
  isInvisibleCode,
  isLetterCode,
  isSpaceCode,
  lexiconToken,
  startsToken,
} from "./lexicon.js";
import type { NumberWord } from "./number-words.js";
import { unitWords, type UnitWord } from "./units.js";

/** The most digits a number may have: more is refused before it is turned into a value. */
export const MAX_DIGITS = 40;

/** What a token is, without its position. */
export type Lexeme =
  | NumberWord
  /**
   * `400`, `19.23`, `4,000` (full-width digits already read as ASCII). `problem` says why it
   * cannot be read: two decimal points (`1.2.3`), separators not between groups of three
   * (`1,23`), or more than {@link MAX_DIGITS} digits.
   */
  | { readonly kind: "digits"; readonly digits: string; readonly problem?: "points" | "grouping" | "long" }
  /**
   * A run of CJK digits, read as ASCII digits: `三` → "3", `二〇二五` → "2025", `零五` → "05"
   * (`zeroLed`). Digits side by side without a zero (`两三`, "two or three") are `adjacent`.
   */
  | { readonly kind: "cjk"; readonly digits: string; readonly zeroLed: boolean; readonly problem?: "adjacent" | "long" }
  /**
   * `日元`, `块`, `成`, `$`, `USD`. `digits` holds what a 割 carries after it in Japanese, 分
   * (hundredths) and 厘 (thousandths), as a decimal: `3割5分` is 割 with "0.05" (0.3 + 0.05).
   */
  | { readonly kind: "unit"; readonly word: UnitWord; readonly digits: string }
  /** The bare `¥`, which could be yen or yuan. */
  | { readonly kind: "yen" }
  /** A run of spaces. */
  | { readonly kind: "space" }
  /** A run of characters that show nothing (U+200B, U+200E, U+00AD, U+202E …): refused inside an amount. */
  | { readonly kind: "invisible" }
  /** `H800`, `V3`, `GPT-4`, `DeepSeek`: letters, maybe with digits; never an amount. */
  | { readonly kind: "name" }
  /** Anything else: a run of other characters, or a word such as `个月` that must not be split. */
  | { readonly kind: "other" };

/** A lexeme at `[start, end)` of the text. */
export type Token = Lexeme & { readonly start: number; readonly end: number };

/**
 * A token, with every field of every kind in one order (those of other kinds left empty): one
 * hidden class for V8, so that the readers' loads of `token.kind` stay monomorphic.
 */
export function token(kind: Token["kind"], start: number, end: number): Token {
  return {
    kind,
    start,
    end,
    digits: "",
    problem: undefined,
    zeroLed: false,
    exponent: 0,
    big: false,
    word: undefined,
    style: undefined,
    limit: undefined,
    side: undefined,
  } as unknown as Token;
}

/** A number's token: {@link token}'s shape, with its digits. */
function numberToken(
  kind: "digits" | "cjk",
  start: number,
  end: number,
  digits: string,
  zeroLed: boolean,
  problem: string | undefined,
): Token {
  return {
    kind,
    start,
    end,
    digits,
    problem,
    zeroLed,
    exponent: 0,
    big: false,
    word: undefined,
    style: undefined,
    limit: undefined,
    side: undefined,
  } as unknown as Token;
}

/** The code at `i`, NaN past the end (so every test on it is false). */
const code = (text: string, i: number) => text.charCodeAt(i);

/**
 * The tokens of `text`, in order and covering it. Full-width forms count as their ASCII twins
 * (`４００万` is `400万`).
 */
export function tokenize(text: string): Token[] {
  const plain = normaliseWidth(text);
  const tokens: Token[] = [];
  for (let at = 0; at < plain.length;) {
    const token = readToken(text, plain, at);
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}

/**
 * The token at `start` of `text`, whose full-width forms `plain` has as ASCII
 * (`normaliseWidth(text)`). The readers scan with it as they go, so no list of a million tokens
 * is ever kept.
 */
export function readToken(text: string, plain: string, start: number): Token {
  const c = code(plain, start);
  if (isSpaceCode(c)) {
    let end = start + 1;
    while (isSpaceCode(code(plain, end))) end++;
    return token("space", start, end);
  }
  if (isDigitCode(c)) return readDigits(text, plain, start);
  if (isInvisibleCode(c)) {
    let end = start + 1;
    while (isInvisibleCode(code(plain, end))) end++;
    return token("invisible", start, end);
  }

  const word = lexiconToken(plain, start);
  if (word) return word.kind === "unit" && word.word === WARI ? readWari(word, plain) : word;

  if (isCjkDigitAt(plain, start)) return readCjkDigits(plain, start);
  if (isLetterCode(c)) return token("name", start, nameEnd(plain, start));

  // Anything else, up to the next character that could begin a token of its own:
  // `约为` in `H800约为400万`, `英镑` in `400万英镑`.
  let end = start + 1;
  while (end < plain.length && !startsToken[code(plain, end)]) end++;
  return token("other", start, end);
}

/**
 * `400`, `3.85`, `4,000`, `２，０００`, `5 000 000`. A full-width comma counts as a thousands
 * separator only before exactly three digits (`3，20块` is the clause comma of `3，` then `20块`).
 * A space (or a no-break, narrow or thin space) separates thousands as SI and many European
 * languages write them, where it stands between groups of exactly three digits after a first
 * group of at most three: `5 000 000 dollars` is five million, while `In 2024 300 GPUs` stays
 * two numbers.
 */
function readDigits(text: string, plain: string, start: number): Token {
  let end = start;
  let count = 0;
  let points = 0;
  let commas = 0;
  let spaces = 0;
  let group = 0;
  for (;;) {
    while (isDigitCode(code(plain, end))) {
      end++;
      count++;
      group++;
    }
    const sep = code(plain, end);
    if (
      points === 0 &&
      commas === 0 &&
      isGroupSpace(sep) &&
      (spaces === 0 ? group <= 3 : group === 3) &&
      isDigitCode(code(plain, end + 1)) &&
      isDigitCode(code(plain, end + 2)) &&
      isDigitCode(code(plain, end + 3)) &&
      !isDigitCode(code(plain, end + 4))
    ) {
      spaces++;
      group = 0;
      end++;
      continue;
    }
    if ((sep !== 0x2e && sep !== 0x2c) || !isDigitCode(code(plain, end + 1))) break;
    if (sep === 0x2c && spaces > 0) break;
    const fullWidthComma = code(text, end) === 0xff0c;
    if (
      fullWidthComma &&
      !(isDigitCode(code(plain, end + 2)) && isDigitCode(code(plain, end + 3)) && !isDigitCode(code(plain, end + 4)))
    )
      break;
    if (sep === 0x2e) points++;
    else commas++;
    group = 0;
    end++;
  }
  const written = plain.slice(start, end);
  const digits = count > MAX_DIGITS ? "" : spaces > 0 ? written.replace(/[^\d.]/g, ",") : written;
  const problem =
    count > MAX_DIGITS
      ? "long"
      : points > 1
        ? "points"
        : commas + spaces > 0 && !grouped.test(digits)
          ? "grouping"
          : undefined;
  return numberToken("digits", start, end, digits, false, problem);
}

/** A space that can separate thousands: the space, the no-break space, the figure, thin and narrow no-break spaces. */
function isGroupSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x202f;
}

// `4,000`, `2,000,000.5`: thousands in groups of exactly three, the point after them.
const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** `三`, `二〇二五`, `零五`: CJK digits side by side (not the 一 of 一半). */
function readCjkDigits(plain: string, start: number): Token {
  let end = start;
  let digits = "";
  let zeros = 0;
  for (let value = cjkDigitByCode[code(plain, start)]!; value >= 0; value = cjkDigitByCode[code(plain, end)] ?? -1) {
    if (end > start && !isCjkDigitAt(plain, end)) break;
    if (end > start && plain.startsWith("一半", end)) break;
    if (value === 0) zeros++;
    if (end - start < MAX_DIGITS) digits += String(value);
    end++;
  }
  const length = end - start;
  const zeroLed = length > 1 && cjkDigitByCode[code(plain, start)] === 0;
  const problem = length > MAX_DIGITS ? "long" : length > 1 && zeros === 0 ? "adjacent" : undefined;
  return numberToken("cjk", start, end, digits, zeroLed, problem);
}

/** The unit word 割 (a tenth), which 分 and 厘 may follow in Japanese. */
const WARI = unitWords.get("割");

/**
 * `割` and what follows it in Japanese: `3割5分` (0.35), `2割5分3厘` (0.253), `1割5厘` (0.105).
 * 分 and 厘 are the hundredths and thousandths of a whole, each after one digit, and only here:
 * alone, `5分` is five minutes.
 */
function readWari(wari: Token, plain: string): Token {
  let end = wari.end;
  let hundredths = "0";
  let thousandths = "0";
  const digitAt = (i: number) =>
    isDigitCode(code(plain, i)) ? code(plain, i) - 0x30 : cjkDigitByCode[code(plain, i)]!;
  if (digitAt(end) >= 0 && plain.charAt(end + 1) === "分") {
    hundredths = String(digitAt(end));
    end += 2;
  }
  if (digitAt(end) >= 0 && plain.charAt(end + 1) === "厘") {
    thousandths = String(digitAt(end));
    end += 2;
  }
  if (end === wari.end) return wari;
  return { ...wari, end, digits: `0.0${hundredths}${thousandths}` } as Token;
}

/** `H800`, `GPT-4`, `Llama-3.1`: letters and digits, joined by single hyphens or points. */
function nameEnd(plain: string, start: number): number {
  let end = start + 1;
  for (;;) {
    while (isLetterCode(code(plain, end)) || isDigitCode(code(plain, end))) end++;
    const joiner = code(plain, end);
    const next = code(plain, end + 1);
    if ((joiner === 0x2d || joiner === 0x2e) && (isLetterCode(next) || isDigitCode(next))) end++;
    else return end;
  }
}
