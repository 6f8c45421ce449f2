import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  boundWords,
  meaningOf,
  vagueWords,
  type BoundWord,
  type WordLanguage,
  type WordReading,
} from "../../src/amount/bound-words.js";
import { parseAmount, parseAmounts } from "../../src/amount/parse-amount.js";
import { GpuCostError } from "../../src/errors/error.js";
import { PACKAGE_ROOT } from "../../src/node/package-root.js";

/** The rows of the README's table, in order, with what each reading says. */
const READINGS: readonly (readonly [WordReading, string])[] = [
  ["atMost", "**at most** x: read as 0 to x"],
  ["atLeast", "**at least** x: refused, naming the word (nothing gives an upper end)"],
  ["about", "**about** x, or reaching it: read as x"],
  ["someMore", "x **and some more**: x to x plus one unit of its last non-zero digit"],
  ["some", "**some** of a place: 1 to 10 of it (alone, 1 to 10)"],
  ["reaching", "**reaching** a place, or a count with no figure: refused as at least"],
];

const LANGUAGES: readonly WordLanguage[] = ["zh", "ja", "en"];

/** A bound word with x where the number goes: `不到x`, `x以下`, `超x, x超`, `less than x`, `x+`, `x块多`. */
function written(w: BoundWord, language: WordLanguage): string[] {
  const space = language === "en" && /^[a-z]/i.test(w.word) ? " " : "";
  const before = `${w.word}${space}x`;
  const after = w.afterUnit ? `x${language === "ja" ? "円" : "块"}${w.word}` : `x${space}${w.word}`;
  return w.side === "before" ? [before] : w.side === "after" ? [after] : [before, after];
}

/** The README's table of bound words, written from ./src/amount/bound-words.ts. */
function boundWordTable(): string {
  const cell = (reading: WordReading, language: WordLanguage) => {
    const bounds = boundWords
      .filter((w) => w.reading === reading && w.languages.includes(language))
      .flatMap((w) => written(w, language));
    const vague = vagueWords
      .filter((w) => w.reading === reading && w.languages.includes(language))
      .map((w) =>
        w.reads ? `${w.example} = ${[...new Set(w.reads)].map((n) => n.toLocaleString("en")).join("–")}` : w.example,
      );
    return [...bounds, ...vague].map((t) => `\`${t}\``).join(" ");
  };
  const rows = READINGS.map(([reading, says]) => `| ${says} | ${LANGUAGES.map((l) => cell(reading, l)).join(" | ")} |`);
  return ["| reading | zh | ja | en |", "|---|---|---|---|", ...rows].join("\n");
}

const START =
  "<!-- bound words: written from src/amount/bound-words.ts, checked by test/amount/bound-words.test.ts -->";
const END = "<!-- /bound words -->";

/** The number 3,000 with a unit, as each language writes it in a phrase. */
const number = { zh: "3000块", ja: "3000台", en: "3,000 GPUs" } as const;

/**
 * `w` around 3,000 GPUs, in each place it stands: `不到3000块`, `3000台未満`, `at most 3,000 GPUs`,
 * `3,000 GPUs at most`; a Japanese verb also in its past form (`3000台を上回った`), in prose only.
 */
function phrases(w: BoundWord, language: WordLanguage): { text: string; at: number; alone: boolean }[] {
  const n = number[language];
  const forms = [w.word, ...(w.stem ? [`${w.stem}った`] : [])];
  return forms.flatMap((form) => {
    const alone = form === w.word;
    const space = language === "en" && /^[a-z]/i.test(form) ? " " : "";
    const before = { text: `${form}${space}${n}`, at: 0, alone };
    const after =
      form === "+" || form === "-plus"
        ? { text: `3,000${form} GPUs`, at: 5, alone }
        : { text: `${n}${space}${form}`, at: n.length + space.length, alone };
    return w.side === "before" ? [before] : w.side === "after" ? [after] : [before, after];
  });
}

describe("amount/bound-words", () => {
  it("the README's table of bound words is the one written from the lexicon", () => {
    const readme = readFileSync(join(PACKAGE_ROOT, "README.md"), "utf8");
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    assert.ok(start >= 0 && end > start, `README.md has no ${START} … ${END} section`);
    const table = readme.slice(start + START.length, end).trim();
    assert.equal(table, boundWordTable(), `the README's table differs; it should read:\n${boundWordTable()}`);
  });

  for (const w of boundWords) {
    for (const language of w.languages) {
      const expected =
        w.reading === "atMost"
          ? "reads as 0 to 3,000"
          : w.reading === "about"
            ? "reads as 3,000"
            : "is refused by name";
      it(`${JSON.stringify(w.word)} (${language}, ${w.meaning}) ${expected}, alone and in prose`, () => {
        for (const { text, at, alone } of phrases(w, language)) {
          const prose = language === "en" ? `Reports say ${text}.` : `据报道，${text}。`;
          const offset = language === "en" ? "Reports say ".length : "据报道，".length;
          if (w.reading === "atLeast") {
            for (const [read, input, index] of [
              ...(alone ? [[parseAmount, text, at] as const] : []),
              [parseAmounts, prose, at + offset] as const,
            ]) {
              assert.throws(
                () => read(input),
                (e: unknown) =>
                  e instanceof GpuCostError &&
                  e.code === "amountNoUpperEnd" &&
                  (e.data as { at: number }).at === index &&
                  e.message.includes(`(${w.meaning}) leaves no upper end`),
                input,
              );
            }
          } else {
            // 3,000 × 1 GPU: at most reads from 0, about reads the number itself
            const low = w.reading === "atMost" ? 0 : 3000;
            const unit = "GPU";
            if (alone) assert.deepEqual(parseAmount(text), { low, high: 3000, unit }, text);
            assert.deepEqual(parseAmounts(prose), [{ low, high: 3000, unit }], prose);
          }
        }
      });
    }
  }

  it("each vague word's example reads as the README says, alone and in prose, or is refused as at least", () => {
    for (const w of vagueWords) {
      if (w.reads === undefined) {
        for (const read of [parseAmount, parseAmounts])
          assert.throws(
            () => read(w.example),
            (e: unknown) =>
              e instanceof GpuCostError && e.code === "amountNoUpperEnd" && e.message.includes(`(${w.meaning})`),
            w.example,
          );
        continue;
      }
      const [low, high] = w.reads;
      assert.deepEqual([parseAmount(w.example).low, parseAmount(w.example).high], [low, high], w.example);
      const [found] = parseAmounts(`据报道，${w.example}。`);
      assert.deepEqual([found?.low, found?.high], [low, high], w.example);
    }
  });

  it("meaningOf names a word in any case, width or spacing: what a refusal says it means", () => {
    assert.equal(meaningOf("不少于"), "no fewer than");
    assert.equal(meaningOf("More  Than"), "more than");
    assert.equal(meaningOf("を上回"), "above");
    assert.equal(meaningOf("上"), "reaching");
    assert.equal(meaningOf("H800"), undefined);
  });

  it("no word has two readings, and each reads as one of its languages writes it", () => {
    const seen = new Map<string, string>();
    for (const w of boundWords) {
      const key = `${w.word}${w.afterUnit ? " after a unit" : ""}`;
      assert.equal(seen.get(key), undefined, `${key} twice`);
      seen.set(key, w.reading);
      assert.ok(w.languages.length > 0 && w.meaning !== "", w.word);
    }
  });
});
