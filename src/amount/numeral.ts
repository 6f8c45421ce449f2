/**
 * A number with its places, read by place value, in all three scripts:
 *
 *   1亿5000万 = 1 × 10^8 + 5000 × 10^4      三千万 = 3 × 10^3 × 10^4
 *   3千5百万  = (3 × 10^3 + 5 × 10^2) × 10^4  1万2千 = 1 × 10^4 + 2 × 10^3
 *   1.5万亿  = 1.5 × 10^4 × 10^8             一千零五 = 1 × 10^3 + 5
 *   $5.58M   = 5.58 × 10^6                    二〇二五 = 2025
 *
 * 十 百 千 place a digit inside a group of four; 万 亿 兆 京 close a group, and a bigger one
 * after a smaller one multiplies all before it (万亿 = 10^12). Each place is written once,
 * largest first, and what follows a place is less than it; a number with a decimal point is the
 * last number; an English scale (K, M, bn, million) follows a plain number alone. Anything else
 * is refused, naming the part: never a prefix read as the whole (`1万2千` is not 2,000).
 */
import { below, belowTen, decimal, shift, sum, type Decimal } from "./digits.js";
import { MAX_DIGITS, type Token } from "./tokenize.js";
import type { Reader } from "./reader.js";

/** A number read with its places, exactly. */
export interface Numeral {
  /** So that a numeral is a quantity of ./read-end.ts as it is. */
  readonly kind: "numeral";
  readonly value: Decimal;
  /** One number and no place or scale (`400`, `三`): a place written at the high end may apply to it. */
  readonly bare: boolean;
  /** The places' exponent when one number carries them all (`24.03万` → 4, `千万` → 7), else undefined. */
  readonly placeExponent: number | undefined;
}

/** Can `token` begin a number? Digits, CJK digits, or 十 百 千 standing for 10, 100, 1000. */
export function startsNumeral(token: Token | undefined): boolean {
  return token?.kind === "digits" || token?.kind === "cjk" || (token?.kind === "place" && !token.big);
}

const ONE: Decimal = { digits: "1", exponent: 0 };

interface Group {
  readonly exponent: number;
  readonly value: Decimal;
  readonly first: Token;
  readonly place: Token;
}

interface Pending {
  readonly value: Decimal;
  readonly token: Token;
  /** The place token right before this number, if it follows one. */
  readonly after: Token | undefined;
  /** Written after 零 (`一千零五`, `1万零2`): its place is then plain. */
  readonly zeroLed: boolean;
}

/** Reads the number at the cursor (which {@link startsNumeral}) and its places. */
export function readNumeral(r: Reader): Numeral {
  // Most numbers are one token with at most one place (`2000`, `400万`, `5.58M`): read them
  // without the machinery below.
  const only = r.peek()!;
  if (only.kind === "digits" || only.kind === "cjk") {
    const place = r.peek(1);
    if (!continuesNumeral(place)) {
      checkForm(r, only);
      r.take();
      return { kind: "numeral", value: decimal(only.digits), bare: true, placeExponent: 0 };
    }
    if (place && ((place.kind === "place" && place.big) || place.kind === "scale") && !continuesNumeral(r.peek(2))) {
      checkForm(r, only);
      r.take();
      r.take();
      return {
        kind: "numeral",
        value: shift(decimal(only.digits), place.exponent),
        bare: false,
        placeExponent: place.exponent,
      };
    }
  }

  const groups: Group[] = [];
  let section: Decimal[] = [];
  let sectionFirst: Token | undefined;
  let lastSmall: Token | undefined;
  let pending: Pending | undefined;
  let decimalToken: Token | undefined;
  let previous: Token | undefined;
  let scaled: { value: Decimal; token: Token } | undefined;
  let numbers = 0;
  let placeExponent = 0;

  /** Adds the pending number to the section as units, checking it is below the last place. */
  const settle = (atEnd: boolean): void => {
    if (!pending) return;
    const place = pending.after;
    const single = pending.token.end - pending.token.start === 1 && !pending.zeroLed;
    if (place?.kind === "place" && place.exponent >= 2 && single && (atEnd || !place.big)) {
      r.failAt("amountBareDigit", pending.token, { place: r.word(place) });
    }
    if (lastSmall?.kind === "place" && !below(pending.value, lastSmall.exponent)) {
      r.failAt("amountPlaceOverflow", pending.token, { place: r.word(lastSmall) });
    }
    sectionFirst ??= pending.token;
    section.push(pending.value);
    pending = undefined;
  };

  for (
    let t = r.peek();
    t && (t.kind === "digits" || t.kind === "cjk" || t.kind === "place" || t.kind === "scale");
    t = r.peek()
  ) {
    if (scaled && t.kind !== "scale" && t.kind !== "place") break; // `5M3`: the number ended at M
    if (t.kind === "digits" || t.kind === "cjk") {
      checkForm(r, t);
      // `1万零2`: 零 before digits marks the gap, as in 一万零二.
      const afterZero = pending?.token.kind === "cjk" && /^0+$/.test(pending.token.digits) && t.kind === "digits";
      if (pending && !afterZero) r.failAt("amountAdjacentDigits", pending.token, { part: r.word(pending.token, t) });
      if (decimalToken) r.failAt("amountDecimalNotLast", t, { decimal: r.word(decimalToken) });
      const after = afterZero ? pending!.after : previous?.kind === "place" ? previous : undefined;
      const zeroLed = afterZero || (t.kind === "cjk" && t.zeroLed);
      pending = {
        value: decimal(t.digits),
        token: afterZero ? { ...t, start: pending!.token.start } : t,
        after,
        zeroLed,
      };
      if (afterZero) numbers--;
      if (t.kind === "digits" && t.digits.includes(".")) decimalToken = t;
      numbers++;
    } else if (t.kind === "scale") {
      if (scaled || previous?.kind === "place")
        r.failAt("amountMixedScales", t, { previous: r.word(scaled?.token ?? previous!) });
      scaled = { value: shift(pending!.value, t.exponent), token: t };
      placeExponent = t.exponent;
      pending = undefined;
    } else if (scaled) {
      r.failAt("amountMixedScales", t, { previous: r.word(scaled.token) });
    } else if (!t.big) {
      if (!pending && decimalToken) r.failAt("amountDecimalNotLast", t, { decimal: r.word(decimalToken) });
      if (lastSmall?.kind === "place" && t.exponent >= lastSmall.exponent)
        r.failAt("amountPlaceOrder", t, { previous: r.word(lastSmall) });
      const coefficient = pending?.value ?? ONE;
      if (!belowTen(coefficient)) r.failAt("amountPlaceDigit", pending!.token, { place: r.word(t) });
      if (!pending) numbers++;
      sectionFirst ??= pending?.token ?? t;
      section.push(shift(coefficient, t.exponent));
      lastSmall = t;
      pending = undefined;
      placeExponent += t.exponent;
    } else {
      settle(false);
      let first = sectionFirst;
      const lower: Decimal[] = [];
      while (groups.length > 0 && groups.at(-1)!.exponent < t.exponent) {
        const popped = groups.pop()!;
        lower.unshift(popped.value);
        first = popped.first;
      }
      if (!first) r.failAt("amountPlaceAlone", t, {});
      const higher = groups.at(-1);
      if (higher?.exponent === t.exponent) r.failAt("amountPlaceOrder", t, { previous: r.word(higher.place) });
      const value = shift(sum([...lower, ...section]), t.exponent);
      if (higher && !below(value, higher.exponent))
        r.failAt("amountPlaceOverflow", first, { part: r.word(first, t), place: r.word(higher.place) });
      groups.push({ exponent: t.exponent, value, first, place: t });
      section = [];
      sectionFirst = undefined;
      lastSmall = undefined;
      placeExponent += t.exponent;
    }
    previous = r.take();
  }

  if (scaled) return { kind: "numeral", value: scaled.value, bare: false, placeExponent };
  settle(true);
  const lowest = groups.at(-1);
  if (lowest && section.length > 0 && !below(sum(section), lowest.exponent)) {
    r.failAt("amountPlaceOverflow", sectionFirst!, {
      part: r.word(sectionFirst!, previous),
      place: r.word(lowest.place),
    });
  }
  const value = sum([...groups.map((g) => g.value), ...section]);
  const placed = groups.length > 0 || lastSmall !== undefined;
  return {
    kind: "numeral",
    value,
    bare: numbers === 1 && !placed,
    placeExponent: numbers === 1 ? placeExponent : undefined,
  };
}

function continuesNumeral(t: Token | undefined): boolean {
  return t?.kind === "digits" || t?.kind === "cjk" || t?.kind === "place" || t?.kind === "scale";
}

/** Refuses a number the tokenizer marked as malformed: `1.2.3`, `1,23`, `两三`, 41 digits. */
function checkForm(r: Reader, t: Token & { kind: "digits" | "cjk" }): void {
  switch (t.problem) {
    case "points":
      return r.failAt("amountDecimalPoints", t, {});
    case "grouping":
      return r.failAt("amountGrouping", t, {});
    case "adjacent":
      return r.failAt("amountAdjacentDigits", t, {});
    case "long":
      return failTooLong(r, t);
  }
}

function failTooLong(r: Reader, t: Token): never {
  const digits = r.word(t).replace(/[^0-9０-９〇零一二两兩三四五六七八九]/g, "").length;
  return r.failAt("amountTooLong", t, { digits, max: MAX_DIGITS });
}
