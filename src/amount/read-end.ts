/**
 * One end of an amount: `400万`, `人民币19.23万元`, `$5.58M`, `数十次`, `10分之1`, `一半`. The
 * grammar, over the tokens of ./tokenize.ts:
 *
 *   end      := [currency-before] quantity [unit-after]
 *   quantity := numeral                                 400万, 3.85亿, 4,000, 三千万, 5.58M (./numeral.ts)
 *             | numeral 分之 numeral                     10分之1, 三分之一 (= 1/10, 1/3)
 *             | 数 place+                               数十 (= [10, 100]), 几千
 *             | 百分之 numeral                           百分之30 (= 0.3)
 *             | 一半                                     0.5
 */
import { isZero, toNumber } from "./digits.js";
import { readNumeral, startsNumeral, type Numeral } from "./numeral.js";
import type { Reader } from "./reader.js";
import type { Token } from "./tokenize.js";
import { unitWords, type UnitWord } from "./units.js";

/** What an end counts before its unit is applied. */
export type Quantity =
  /** `400万`: a number and its places. */
  | Numeral
  /** `数百`: some hundreds, [10^exponent, 10^(exponent+1)]. */
  | { readonly kind: "several"; readonly exponent: number }
  /** `10分之1`, `一半`, `百分之30`: a fraction already, which takes no unit word. */
  | { readonly kind: "ratio"; readonly value: number };

/** An end, the unit word it writes (before or after the number) and the tokens it spans. */
export interface End {
  readonly quantity: Quantity;
  readonly unit: UnitWord | undefined;
  readonly unitToken: Token | undefined;
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

  // 2. The quantity.
  const quantity = readQuantity(r);
  let last = r.last!;

  // 3. A unit word after it (`500万日元`, `3成`, `2000 块`), except after a fraction (`10分之1`).
  let after: { word: UnitWord; token: Token } | undefined;
  const next = r.peek();
  if (quantity.kind !== "ratio" && (next?.kind === "yen" || (next?.kind === "unit" && next.word.place !== "before"))) {
    after = { word: unitOf(r, r.take()), token: next };
    last = next;
  }

  // 4. `人民币19.23万元` names the currency twice, which is fine; `$5日元` names two.
  if (before && after && before.word.unit !== after.word.unit) {
    r.failAt("amountUnitConflict", after.token, { unit: after.word.unit, first: before.word.unit });
  }
  const written = after ?? before;
  return { quantity, unit: written?.word, unitToken: written?.token, first, last };
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
    case "minus":
      return r.failAt("amountMinus", token, {});
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

/** `数十`, `数百万`, `几千`: places after 数, each larger than the one before (数十万 = [10^5, 10^6]). */
function readSeveral(r: Reader): Quantity {
  const several = r.take();
  let exponent = 0;
  let previous: Token | undefined;
  for (let t = r.peek(); t?.kind === "place"; t = r.peek()) {
    if (previous?.kind === "place" && (t.exponent <= previous.exponent || !t.big))
      r.failAt("amountPlaceOrder", t, { previous: r.word(previous) });
    exponent += t.exponent;
    previous = r.take();
  }
  if (!previous) r.failAt("amountSeveralAlone", several, {});
  return { kind: "several", exponent };
}
