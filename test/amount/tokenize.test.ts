import assert from "node:assert/strict";
import { tokenize } from "../../src/amount/tokenize.js";

/** `kind:text` for each token, spaces left out. */
function kinds(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind !== "space")
    .map((t) => `${t.kind}:${text.slice(t.start, t.end)}`);
}

describe("amount/tokenize", () => {
  it("tokenize(text) splits numbers, multipliers, separators and unit words, longest word first", () => {
    assert.deepEqual(kinds("400万～500万日元"), [
      "number:400",
      "multiplier:万",
      "rangeSep:～",
      "number:500",
      "multiplier:万",
      "unit:日元",
    ]);
    // 元人民币 is one word, not 元 then 人民币; 不到 is a bound, not the separator 到
    assert.deepEqual(kinds("100万元人民币"), ["number:100", "multiplier:万", "unit:元人民币"]);
    assert.deepEqual(kinds("不到10分之1"), ["bound:不到", "number:10", "over:分之", "number:1"]);
    assert.deepEqual(kinds("数十次、数百次"), [
      "several:数",
      "multiplier:十",
      "unit:次",
      "listSep:、",
      "several:数",
      "multiplier:百",
      "unit:次",
    ]);
  });

  it("tokenize(text) reads digits after a letter as part of a name", () => {
    assert.deepEqual(kinds("2000块H800"), ["number:2000", "unit:块", "name:H800"]);
    assert.deepEqual(kinds("V3 GPT-4 Llama-3.1"), ["name:V3", "name:GPT-4", "name:Llama-3.1"]);
    // US$ starts a word; inside a name it does not
    assert.deepEqual(kinds("US$5"), ["unit:US$", "number:5"]);
    // the $ of HK$ is not the US dollar: no unit, so 5 is not an amount
    assert.deepEqual(kinds("HK$5"), ["name:HK", "other:$", "number:5"]);
  });

  it("tokenize(text) keeps words that begin like units apart (个月, 成本)", () => {
    assert.deepEqual(kinds("3个月"), ["number:3", "other:个月"]);
    assert.deepEqual(kinds("3个小时"), ["number:3", "unit:个小时"]);
    assert.deepEqual(kinds("2成本"), ["number:2", "other:成本"]);
  });

  it("tokenize(text) reads full-width digits and groups, with positions in the caller's text", () => {
    const text = "约２，０００块";
    const [, number, unit] = tokenize(text);
    assert.deepEqual(number, { kind: "number", digits: "2,000", start: 1, end: 6 });
    assert.equal(text.slice(unit!.start, unit!.end), "块");
    // a full-width comma that does not group by three is the clause comma
    assert.deepEqual(kinds("3，20块"), ["number:3", "other:，", "number:20", "unit:块"]);
  });

  it("tokenize(text) refuses an ASCII thousands separator that does not group by three", () => {
    assert.throws(() => tokenize("1,2345块"), {
      message:
        'cannot read "1,2345块" at "1,2345" (expected thousands separators between groups of three digits, as in 4,000 or 2,000,000)',
    });
  });
});
