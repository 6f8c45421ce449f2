/**
 * What an amount phrase is made of: runs of the grammar's tokens (numbers, places, units,
 * separators, bounds), cut by anything else (names such as H800, words such as 使用了,
 * punctuation). A phrase is read whole or refused (./read-phrase.ts): `1.2.3万日元` is one phrase
 * and an error, never `3万日元`.
 *
 * Spaces belong to a phrase only where the grammar allows them: after a currency written first
 * or a separator (`US$ 5`, `2 – 4.9`), before a unit, scale or separator (`5.6 million`,
 * `2000 块`). `In 2024 $5M` is two phrases, `2024` and `$5M`.
 *
 * In prose, words of the sentence at a phrase's edges are not part of the amount: 到 in
 * `增加到3000块` (rose to 3,000) is a verb, 成 in `完成3000块` ends 完成, `3000块——` and `3000块、`
 * end on punctuation. An open range stays (`～3块`, `3块～`: refused), and so does a minus sign.
 */
import type { Token } from "./tokenize.js";

/** Is `token` one the amount grammar reads (not a space, name or other word)? */
export function inPhrase(token: Token): boolean {
  return token.kind !== "space" && token.kind !== "name" && token.kind !== "other";
}

/** May a space stand between `left` and `right` inside one phrase? */
export function joinsAcrossSpace(left: Token, right: Token): boolean {
  const leftJoins =
    (left.kind === "unit" && left.word.place !== "after") ||
    left.kind === "yen" ||
    left.kind === "separator" ||
    left.kind === "list" ||
    ((left.kind === "bound" || left.kind === "approx") && left.side !== "after");
  const rightJoins =
    (right.kind === "unit" && right.word.place !== "before") ||
    right.kind === "scale" ||
    right.kind === "separator" ||
    right.kind === "list" ||
    (right.kind === "approx" && right.side === "after") ||
    (right.kind === "bound" && right.side !== "before" && right.style !== "tight");
  return leftJoins || rightJoins;
}

/** In prose, is `token` at the start of a phrase a word of the sentence (到, 成 of 完成, 、, 以上 of 以上的)? */
export function droppedBefore(token: Token): boolean {
  return (
    (token.kind === "unit" && token.word.place === "after") ||
    ((token.kind === "bound" || token.kind === "approx") && token.side === "after") ||
    token.kind === "more" ||
    token.kind === "invisible" ||
    token.kind === "list" ||
    (token.kind === "separator" && token.style === "word")
  );
}

/** In prose, is `token` at the end of a phrase a word of the sentence (到, 、, a hyphen, `$`)? */
export function droppedAfter(token: Token): boolean {
  return (
    (token.kind === "unit" && token.word.place === "before") ||
    token.kind === "yen" ||
    ((token.kind === "bound" || token.kind === "approx") && token.side === "before") ||
    token.kind === "invisible" ||
    token.kind === "list" ||
    (token.kind === "separator" && (token.style === "word" || token.style === "hyphen"))
  );
}

/** Does `token` write a number (digits, CJK digits, 十百千, 数, 一半, 百分之), or stand for one (上 of 上百万, 廿)? */
export function writesNumber(token: Token): boolean {
  return (
    token.kind === "digits" ||
    token.kind === "cjk" ||
    token.kind === "several" ||
    token.kind === "refused" ||
    token.kind === "half" ||
    token.kind === "percentOf" ||
    (token.kind === "place" && !token.big)
  );
}

/** Does `token` write a unit (a unit word, `¥`, or a fraction word, which is its own unit)? */
export function writesUnit(token: Token): boolean {
  return (
    token.kind === "unit" ||
    token.kind === "yen" ||
    token.kind === "over" ||
    token.kind === "half" ||
    token.kind === "percentOf"
  );
}
