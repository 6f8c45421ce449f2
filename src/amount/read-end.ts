/**
 * One end of an amount: `400万`, `人民币19.23万元`, `数十次`, `10分之1`, `一半`. The grammar,
 * over the tokens of ./tokenize.ts:
 *
 *   end      := [currency-before] quantity [unit-after]
 *   quantity := number multiplier*                     400万, 3.85亿, 4,000
 *             | number multiplier* 分之 number multiplier*   10分之1 (= 1/10)
 *             | 数 multiplier+                          数十 (= [10, 100])
 *             | 百分之 number multiplier*               百分之30 (= 0.3)
 *             | 一半                                    0.5
 */
import { fail } from "../errors/error.js";
import { scaled } from "./digits.js";
import type { Token } from "./tokenize.js";
import type { UnitWord } from "./units.js";

/** What an end counts before its unit is applied. */
export type Quantity =
  /** `19.23万`: digits "19.23", exponent 4; `multiplied` says a multiplier was written. */
  | { readonly kind: "numeral"; readonly digits: string; readonly exponent: number; readonly multiplied: boolean }
  /** `数百`: some hundreds, [10^exponent, 10^(exponent+1)]. */
  | { readonly kind: "several"; readonly exponent: number }
  /** `10分之1`, `一半`: a fraction already, which takes no unit word. */
  | { readonly kind: "ratio"; readonly value: number };

/** An end and the token indices it spans, `first..last` inclusive. */
export interface End {
  readonly quantity: Quantity;
  /** The unit word written at this end, before or after the number; a ratio carries none. */
  readonly unit: UnitWord | undefined;
  readonly first: number;
  readonly last: number;
}

/** The tokens of a text, with the text itself for errors. */
export class Tokens {
  constructor(
    readonly text: string,
    readonly list: readonly Token[],
  ) {}

  at(index: number): Token | undefined {
    return this.list[index];
  }

  /** The index of the first token from `index` on that is not a space. */
  skipSpaces(index: number): number {
    while (this.list[index]?.kind === "space") index++;
    return index;
  }

  /** The text of tokens `first..last`, inclusive, as the caller wrote it. */
  slice(first: number, last: number): string {
    return this.text.slice(this.list[first]!.start, this.list[last]!.end);
  }
}

/** The end that starts at token `index`, or undefined if none does. */
export function readEnd(tokens: Tokens, index: number): End | undefined {
  const first = index;
  let before: UnitWord | undefined;

  // 1. A currency before the number: `$5`, `人民币19.23万元`. A bare `¥5` is refused.
  const lead = tokens.at(index);
  if (lead?.kind === "yen" || (lead?.kind === "unit" && lead.word.place !== "after")) {
    const next = tokens.skipSpaces(index + 1);
    if (!readQuantity(tokens, next)) return undefined;
    if (lead.kind === "yen") fail("amountAmbiguousYen", { symbol: tokens.slice(index, index), text: tokens.text });
    before = lead.word;
    index = next;
  }

  // 2. The quantity itself.
  const read = readQuantity(tokens, index);
  if (!read) return undefined;
  let last = read.last;

  // 3. A unit word after it (`500万日元`, `3成`, `2000 块`), except after a ratio (`10分之1`).
  let after: UnitWord | undefined;
  const next = tokens.skipSpaces(last + 1);
  const trail = tokens.at(next);
  if (read.quantity.kind !== "ratio" && trail?.kind === "unit" && trail.word.place !== "before") {
    after = trail.word;
    last = next;
  }

  // 4. `人民币19.23万元` names the currency twice; `$5日元` names two.
  if (before && after && before.unit !== after.unit) {
    fail("amountUnitConflict", { amount: tokens.slice(first, last), units: [before.unit, after.unit] });
  }
  return { quantity: read.quantity, unit: after ?? before, first, last };
}

function readQuantity(tokens: Tokens, index: number): { quantity: Quantity; last: number } | undefined {
  const token = tokens.at(index);
  switch (token?.kind) {
    case "number": {
      const numeral = readNumeral(tokens, index)!;
      // `10分之1` (zh), `10分の1` (ja): the second number over the first.
      if (tokens.at(numeral.last + 1)?.kind === "over") {
        const numerator = readNumeral(tokens, numeral.last + 2);
        if (numerator) return { quantity: ratio(tokens, numeral, numerator, index), last: numerator.last };
      }
      refuseHalfBeside(tokens, index, numeral.last + 1);
      return { quantity: numeral.quantity, last: numeral.last };
    }
    case "several": {
      // `数十`, `数百万`: at least one multiplier, else 数 is just a word (数据, 数字).
      const { exponent, last } = multipliers(tokens, index + 1);
      return last === index ? undefined : { quantity: { kind: "several", exponent }, last };
    }
    case "percentOf": {
      // `百分之30`: 30 × 10^-2.
      const numeral = readNumeral(tokens, index + 1);
      if (!numeral) return undefined;
      const { digits, exponent } = numeral.quantity;
      return { quantity: { kind: "ratio", value: scaled(digits, exponent + token.exponent) }, last: numeral.last };
    }
    case "half":
      // `一半` stands alone: `一半3成` (a number right after it) cannot be read.
      if (tokens.at(index + 1)?.kind === "number") refuseHalfBeside(tokens, index + 1, index);
      return { quantity: { kind: "ratio", value: 0.5 }, last: index };
    default:
      return undefined;
  }
}

type Numeral = { quantity: Extract<Quantity, { kind: "numeral" }>; last: number };

/** `400万`: a number and the multipliers written right after it. */
function readNumeral(tokens: Tokens, index: number): Numeral | undefined {
  const token = tokens.at(index);
  if (token?.kind !== "number") return undefined;
  const { exponent, last } = multipliers(tokens, index + 1);
  return { quantity: { kind: "numeral", digits: token.digits, exponent, multiplied: last > index }, last };
}

/** The product of the multipliers from `index` on, as a power of ten: `万亿` → 12. */
function multipliers(tokens: Tokens, index: number): { exponent: number; last: number } {
  let exponent = 0;
  for (let token = tokens.at(index); token?.kind === "multiplier"; token = tokens.at(++index))
    exponent += token.exponent;
  return { exponent, last: index - 1 };
}

function ratio(tokens: Tokens, denominator: Numeral, numerator: Numeral, first: number): Quantity {
  const below = scaled(denominator.quantity.digits, denominator.quantity.exponent);
  if (below === 0) {
    fail("amountUnreadable", {
      text: tokens.text,
      at: tokens.slice(first, numerator.last),
      expected: "a number above 0 before 分之",
    });
  }
  return { kind: "ratio", value: scaled(numerator.quantity.digits, numerator.quantity.exponent) / below };
}

/** `3一半` or `一半3`: a number written against 一半, which is a number already. */
function refuseHalfBeside(tokens: Tokens, numberIndex: number, halfIndex: number): void {
  if (tokens.at(halfIndex)?.kind !== "half") return;
  fail("amountUnreadable", {
    text: tokens.text,
    at: tokens.slice(Math.min(numberIndex, halfIndex), Math.max(numberIndex, halfIndex)),
    expected: "一半 on its own: it means 0.5 and takes no number",
  });
}
