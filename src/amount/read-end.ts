/**
 * One end of an amount: `400万`, `人民币19.23万元`, `$5.58M`, `数十次`, `10分之1`, `一半`. The
 * grammar, over the tokens of ./tokenize.ts:
 *
 *   end      := [currency-before] quantity [unit-after]
 *   quantity := numeral [more place*]                   400万, 3.85亿, 4,000, 三千万, 5.58M (./numeral.ts);
 *                                                       2000多 (= [2000, 3000]), 十几亿, 100余万
 *             | numeral 分之 numeral                     10分之1, 三分之一 (= 1/10, 1/3)
 *             | 数 place*                               数十 (= [10, 100]), 几千, 数 (= [1, 10])
 *             | 百分之 numeral                           百分之30 (= 0.3)
 *             | 一半                                     0.5
 *
 * "Some more" after a number (多, 余, 几, 数 as in 十数, -odd) is the number up to the number plus
 * one unit of its last non-zero digit, before the places written after it: `2000多` is [2000, 3000],
 * `1000多万` [1000, 2000] × 10^4, `1万多` [10,000, 20,000], `十几` [10, 20], `3.5万多` [35,000, 36,000].
 * It never reads past what the digits say: the next unit up is where another number would begin.
 */
import { meaningOf } from "./bound-words.js";
import { below, decimal, isZero, normaliseWidth, sum, toNumber, type Decimal } from "./digits.js";
import { oneCharacterNumbers } from "./number-words.js";
import { readNumeral, startsNumeral, type Numeral } from "./numeral.js";
import type { Reader } from "./reader.js";
import { currencies } from "../money/currency.js";
import type { Token } from "./tokenize.js";
import { unitWords, type UnitWord } from "./units.js";

/** What an end counts before its unit is applied. */
export type Quantity =
  /** `400万`: a number and its places. */
  | Numeral
  /** `数百`: some hundreds, [1, 10] × 10^2; `2000多`: [2000, 3000]. `low` and `high` × 10^exponent. */
  | { readonly kind: "span"; readonly low: Decimal; readonly high: Decimal; readonly exponent: number }
  /** `10分之1`, `一半`, `百分之30`: a fraction already, which takes no unit word. */
  | { readonly kind: "ratio"; readonly value: number };

/** An end, the unit word it writes (before or after the number) and the tokens it spans. */
export interface End {
  readonly quantity: Quantity;
  readonly unit: UnitWord | undefined;
  readonly unitToken: Token | undefined;
  /** What its own 割 carries after it (`3割5分`: 0.05), added to the end's value; for this end only. */
  readonly extra: Decimal | undefined;
  readonly first: Token;
  readonly last: Token;
}

/** Can `token` begin an end? (Places and scales too, so that `～万` is refused by name.) */
export function startsEnd(token: Token | undefined): boolean {
  if (!token) return false;
  return (
    startsNumeral(token) ||
    token.kind === "place" ||
    token.kind === "scale" ||
    token.kind === "several" ||
    token.kind === "half" ||
    token.kind === "percentOf" ||
    token.kind === "refused" ||
    token.kind === "yen" ||
    (token.kind === "unit" && token.word.place !== "after")
  );
}

/** Reads the end at the cursor, which {@link startsEnd}. */
export function readEnd(r: Reader): End {
  const first = r.peek()!;

  // 1. A currency before the number: `$5`, `人民币19.23万元`, `JP¥4M`.
  let before: { word: UnitWord; token: Token } | undefined;
  if (first.kind === "yen" || (first.kind === "unit" && first.word.place !== "after")) {
    before = { word: unitOf(r, r.take()), token: first };
  }

  // 2. The quantity, and "some more" after a number (`2000多`).
  let quantity = readQuantity(r);
  let next = r.peek();
  if (quantity.kind === "numeral" && (next?.kind === "more" || next?.kind === "several")) {
    quantity = readSomeMore(r, quantity.value);
    next = r.peek();
  }
  let last = r.last!;

  // 3. A unit word after it (`500万日元`, `3成`, `2000 块`), except after a fraction (`10分之1`).
  let after: { word: UnitWord; token: Token } | undefined;
  if (quantity.kind !== "ratio" && (next?.kind === "yen" || (next?.kind === "unit" && next.word.place !== "before"))) {
    after = { word: unitOf(r, r.take()), token: next };
    last = next;
    // A measure word and its noun: `2000块GPU`, `8台GPU`; `3个多小时`, 3 hours and a part of one more. Never
    // after a currency (`100万日元円` names two).
    if (!currencyUnits.has(after.word.unit)) {
      const more = r.peek();
      if (more?.kind === "bound" && more.style === "measure" && quantity.kind === "numeral" && isNoun(r.peek(1))) {
        r.take();
        const noun = r.take() as Token & { kind: "unit" };
        quantity = { kind: "span", low: quantity.value, high: sum([quantity.value, ONE]), exponent: 0 };
        after = { word: noun.word, token: noun };
        last = noun;
      } else if (isNoun(more) && more.word.unit === after.word.unit) {
        r.take();
        after = { word: more.word, token: more };
        last = more;
      }
    }
  }

  // 4. `人民币19.23万元` names the currency twice, which is fine; `$5日元` names two.
  if (before && after && before.word.unit !== after.word.unit) {
    r.failAt("amountUnitConflict", after.token, { unit: after.word.unit, first: before.word.unit });
  }
  const written = after ?? before;
  const extra = after?.token.kind === "unit" && after.token.digits ? decimal(after.token.digits) : undefined;
  return { quantity, unit: written?.word, unitToken: written?.token, extra, first, last };
}

/** The unit a unit token stands for; a bare `¥` only with the option `yenSign`. */
function unitOf(r: Reader, token: Token): UnitWord {
  if (token.kind === "unit") return token.word;
  const sign = r.options.yenSign;
  if (!sign) r.failAt("amountAmbiguousYen", token, {});
  return unitWords.get(sign === "JPY" ? "JP¥" : "CN¥")!;
}

function readQuantity(r: Reader): Quantity {
  const token = r.peek();
  if (startsNumeral(token)) return readNumeralOrRatio(r);
  switch (token?.kind) {
    case "several":
      return readSeveral(r);
    case "percentOf": {
      // `百分之30`: 30 × 10^-2.
      r.take();
      if (!startsNumeral(r.peek()))
        r.failAt("amountUnexpected", r.peek() ?? token, {
          part: r.rest(r.peek() ?? token),
          expected: `a number after ${r.word(token)}, e.g. 百分之30`,
        });
      return { kind: "ratio", value: toNumber(readNumeral(r).value, token.exponent) };
    }
    case "half":
      // `一半` stands alone: `一半3成` (a number right after it) cannot be read.
      r.take();
      if (startsNumeral(r.peek())) r.failAt("amountHalfWithNumber", token, {});
      return { kind: "ratio", value: 0.5 };
    case "place":
      return r.failAt("amountPlaceAlone", token, {});
    case "refused":
      return failRefused(r, token);
    case "separator":
      if (token.style === "hyphen") return r.failAt("amountMinus", token, {});
  }
  const at = token ?? r.last!;
  return r.failAt("amountUnexpected", at, {
    part: token ? r.rest(token) : "",
    expected: "a number, e.g. 400万日元 or $5.58M",
  });
}

/** `400万`, or `10分之1` (zh) / `3分の1` (ja): the second number over the first. */
function readNumeralOrRatio(r: Reader): Quantity {
  const first = r.peek()!;
  const numeral = readNumeral(r);
  const next = r.peek();
  if (next?.kind === "half") r.failAt("amountHalfWithNumber", next, {});
  if (next?.kind !== "over") return numeral;
  r.take();
  if (!startsNumeral(r.peek()))
    r.failAt("amountUnexpected", r.peek() ?? next, {
      part: r.rest(r.peek() ?? next),
      expected: `a number after ${r.word(next)}, e.g. 10分之1`,
    });
  const numerator = readNumeral(r);
  if (isZero(numeral.value)) r.failAt("amountZeroDenominator", first, { part: r.word(first, next) });
  return { kind: "ratio", value: toNumber(numerator.value) / toNumber(numeral.value) };
}

/** `数十`, `数百万`, `几千`, `several thousand`: places after 数, each larger than the one before (数十万 = [10^5, 10^6]); `数台` alone, [1, 10]. */
function readSeveral(r: Reader): Quantity {
  const several = r.take();
  const exponent = readPlaces(r);
  if (startsNumeral(r.peek())) r.failAt("amountSeveralAlone", several, {});
  return { kind: "span", low: ONE, high: TEN, exponent };
}

/**
 * `2000多`, `十几亿`, `100余万`: the number `value`, then "some more" (多 余 几 数 -odd), then any
 * larger places. From `value` to `value` plus one unit of its last non-zero digit: 2000 + 1000.
 */
function readSomeMore(r: Reader, value: Decimal): Quantity {
  const more = r.take();
  if (more.kind === "more" && more.style === "about") {
    // 十来: about ten, the number itself
    const exponent = placesAfter(r, value, more);
    return { kind: "span", low: value, high: value, exponent };
  }
  if (isZero(value)) r.failAt("amountMoreOnZero", more, {});
  const zeros = /0*$/.exec(value.digits)![0].length;
  const unit = { digits: "1", exponent: value.exponent + zeros };
  return { kind: "span", low: value, high: sum([value, unit]), exponent: placesAfter(r, value, more) };
}

/** The places after "some more" (`1000多万`), which must be larger than any the number has (`1万多万` is refused). */
function placesAfter(r: Reader, value: Decimal, more: Token): number {
  const next = r.peek();
  if ((next?.kind === "place" || next?.kind === "scale") && !below(value, next.exponent))
    r.failAt("amountPlaceOrder", next, { previous: r.word(more) });
  return readPlaces(r);
}

/** Places (万 亿) or scales (thousand, million) in a row, each larger than the one before: their exponents added (万亿 = 12). */
function readPlaces(r: Reader): number {
  let exponent = 0;
  let previous: (Token & { kind: "place" | "scale" }) | undefined;
  for (let t = r.peek(); t?.kind === "place" || t?.kind === "scale"; t = r.peek()) {
    if (previous && (t.exponent <= previous.exponent || (t.kind === "place" && !t.big)))
      r.failAt("amountPlaceOrder", t, { previous: r.word(previous) });
    if (previous && t.kind !== previous.kind) r.failAt("amountMixedScales", t, { previous: r.word(previous) });
    exponent += t.exponent;
    r.take();
    previous = t;
  }
  return exponent;
}

/** A word refused wherever it stands (`上` of 上百万, `成千上万`, `廿`), by name and meaning. */
export function failRefused(r: Reader, token: Token & { kind: "refused" }): never {
  const word = r.word(token);
  if (token.style === "numeral")
    return r.failAt("amountOneCharacterNumber", token, { value: oneCharacterNumbers[word] ?? 0 });
  return r.failAt("amountNoUpperEnd", token, { meaning: meaningOf(normaliseWidth(word)) ?? "at least" });
}

/** The currencies, which are never a measure word or its noun. */
const currencyUnits: ReadonlySet<string> = new Set(currencies);

/** Is `t` a count's noun after its measure word (`GPU` after 块, `小时` after 个)? Never a currency. */
function isNoun(t: Token | undefined): t is Token & { kind: "unit" } {
  return t?.kind === "unit" && t.word.place === "after" && !currencyUnits.has(t.word.unit);
}

const ONE: Decimal = { digits: "1", exponent: 0 };
const TEN: Decimal = { digits: "1", exponent: 1 };
