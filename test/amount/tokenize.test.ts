import assert from "node:assert/strict";
import { tokenize, type Token } from "../../src/amount/tokenize.js";

/** `kind:text` for each token, spaces left out. */
function kinds(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind !== "space")
    .map((t) => `${t.kind}:${text.slice(t.start, t.end)}`);
}

/** The fields a number's token means something by (every token carries every field, see `token()`). */
function number(t: Token | undefined) {
  const { kind, digits, zeroLed, problem, start, end } = t as Token & { kind: "cjk" };
  return { kind, digits, zeroLed, problem, start, end };
}

describe("amount/tokenize", () => {
  it("tokenize(text) splits digits, places, separators and unit words, longest word first", () => {
    assert.deepEqual(kinds("400万～500万日元"), [
      "digits:400",
      "place:万",
      "separator:～",
      "digits:500",
      "place:万",
      "unit:日元",
    ]);
    // 元人民币 is one word, not 元 then 人民币; 不到 is a bound, not the separator 到; 百分之 is not 百
    assert.deepEqual(kinds("100万元人民币"), ["digits:100", "place:万", "unit:元人民币"]);
    assert.deepEqual(kinds("不到10分之1"), ["bound:不到", "digits:10", "over:分之", "digits:1"]);
    assert.deepEqual(kinds("百分之三十"), ["percentOf:百分之", "cjk:三", "place:十"]);
    assert.deepEqual(kinds("数十次、数百次"), [
      "several:数",
      "place:十",
      "unit:次",
      "list:、",
      "several:数",
      "place:百",
      "unit:次",
    ]);
  });

  it("tokenize(text) reads CJK digits one by one, a run with 〇 or 零 as one number, and marks 两三 as adjacent", () => {
    assert.deepEqual(kinds("三千万"), ["cjk:三", "place:千", "place:万"]);
    const [year] = tokenize("二〇二五");
    assert.deepEqual(number(year), {
      kind: "cjk",
      digits: "2025",
      zeroLed: false,
      problem: undefined,
      start: 0,
      end: 4,
    });
    const [, , gap] = tokenize("一千零五");
    assert.deepEqual(number(gap), { kind: "cjk", digits: "05", zeroLed: true, problem: undefined, start: 2, end: 4 });
    const [pair] = tokenize("两三万");
    assert.deepEqual(number(pair), {
      kind: "cjk",
      digits: "23",
      zeroLed: false,
      problem: "adjacent",
      start: 0,
      end: 2,
    });
    // 一半 stays one word
    assert.deepEqual(kinds("一半"), ["half:一半"]);
  });

  it("tokenize(text) reads English scales and currencies as words, and digits after a letter as a name", () => {
    assert.deepEqual(kinds("$5.58M"), ["unit:$", "digits:5.58", "scale:M"]);
    assert.deepEqual(kinds("US$5.6 million"), ["unit:US$", "digits:5.6", "scale:million"]);
    assert.deepEqual(kinds("RMB3.85bn"), ["unit:RMB", "digits:3.85", "scale:bn"]);
    assert.deepEqual(kinds("2000块H800"), ["digits:2000", "unit:块", "name:H800"]);
    assert.deepEqual(kinds("V3 GPT-4 Llama-3.1 B200 K80"), [
      "name:V3",
      "name:GPT-4",
      "name:Llama-3.1",
      "name:B200",
      "name:K80",
    ]);
    // the $ of HK$ is not the US dollar
    assert.deepEqual(kinds("HK$5"), ["name:HK", "other:$", "digits:5"]);
    // Mx is a name, not the scale M
    assert.deepEqual(kinds("5Mx"), ["digits:5", "name:Mx"]);
  });

  it("tokenize(text) keeps words that begin like units apart (个月, 成本, 台币, ——)", () => {
    assert.deepEqual(kinds("3个月"), ["digits:3", "other:个月"]);
    assert.deepEqual(kinds("3个小时"), ["digits:3", "unit:个小时"]);
    assert.deepEqual(kinds("2成本"), ["digits:2", "other:成本"]);
    assert.deepEqual(kinds("400万台币"), ["digits:400", "place:万", "other:台币"]);
    assert.deepEqual(kinds("3块——5块"), ["digits:3", "unit:块", "other:——", "digits:5", "unit:块"]);
  });

  it("tokenize(text) reads full-width digits and groups, with positions in the caller's text", () => {
    const text = "约２，０００块";
    const [, digits, unit] = tokenize(text);
    assert.deepEqual(number(digits), {
      kind: "digits",
      digits: "2,000",
      zeroLed: false,
      problem: undefined,
      start: 1,
      end: 6,
    });
    assert.equal(text.slice(unit!.start, unit!.end), "块");
    // a full-width comma that does not group by three is the clause comma
    assert.deepEqual(kinds("3，20块"), ["digits:3", "other:，", "digits:20", "unit:块"]);
  });

  it("tokenize(text) never fails: a malformed number is a token that says what is wrong", () => {
    assert.deepEqual(tokenize("1.2.3").map(number), [
      { kind: "digits", digits: "1.2.3", zeroLed: false, problem: "points", start: 0, end: 5 },
    ]);
    assert.deepEqual(tokenize("1,2345").map(number), [
      { kind: "digits", digits: "1,2345", zeroLed: false, problem: "grouping", start: 0, end: 6 },
    ]);
    assert.deepEqual(tokenize("9".repeat(41)).map(number), [
      { kind: "digits", digits: "", zeroLed: false, problem: "long", start: 0, end: 41 },
    ]);
  });
});
