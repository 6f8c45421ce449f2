import assert from "node:assert/strict";
import { assumptionNames } from "../../src/assumptions/specs.js";
import { en } from "../../src/i18n/en.js";
import { glossary } from "../../src/live/glossary.js";
import { langs, readLang } from "../../src/i18n/lang.js";
import { listText, placeholdersOf, text, textCatalogues } from "../../src/i18n/text.js";

describe("i18n/catalogues", () => {
  it("every key of every language's catalogue is in every other language, none empty", () => {
    const keys = Object.keys(en).sort();
    for (const lang of langs) {
      assert.deepEqual(Object.keys(textCatalogues[lang]).sort(), keys, lang);
      for (const [key, value] of Object.entries(textCatalogues[lang]))
        assert.notEqual(value.trim(), "", `${lang} ${key}`);
    }
  });

  it("every message has the same placeholders in every language", () => {
    const differ: string[] = [];
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const want = placeholdersOf(en[key]).join(",");
      for (const lang of langs) {
        const got = placeholdersOf(textCatalogues[lang][key]).join(",");
        if (got !== want) differ.push(`${lang} ${key}: {${got}} (en has {${want}})`);
      }
    }
    assert.deepEqual(differ, []);
  });

  it("the checks fail on a key missing in one language, and on a placeholder renamed", () => {
    const { "headline.rental": _dropped, ...short } = textCatalogues.zh;
    assert.notDeepEqual(Object.keys(short).sort(), Object.keys(en).sort());
    assert.notDeepEqual(placeholdersOf("租用GPU（{hour} GPU小时 × {rate}）"), placeholdersOf(en["headline.rental"]));
  });

  it("zh and ja never write a bare ¥, nor English where a reader's word is expected: yen and yuan by 日元/元, 円/人民元", () => {
    for (const lang of ["zh", "ja"] as const)
      for (const [key, value] of Object.entries(textCatalogues[lang]))
        assert.doesNotMatch(value, /[¥￥]/, `${lang} ${key}`);
  });

  it("keeps the terms of the article and the lab reports: 训练成本, 租赁价格, GPU小时, 折旧; 学習コスト, レンタル価格", () => {
    const all = (lang: "zh" | "ja") => Object.values(textCatalogues[lang]).join("\n");
    for (const term of ["训练成本", "租赁价格", "GPU小时", "折旧"]) assert.ok(all("zh").includes(term), term);
    for (const term of ["学習コスト", "レンタル価格", "GPU時間", "減価償却"]) assert.ok(all("ja").includes(term), term);
  });

  it("every glossary term and every assumption has its words in the catalogue, the English ones as the page writes them", () => {
    for (const g of glossary) {
      const id = g.id.replace(/^glossary-/, "");
      assert.equal(en[`glossary.${id}.term` as keyof typeof en], g.term, g.id);
      assert.equal(en[`glossary.${id}.definition` as keyof typeof en], g.definition, g.id);
    }
    for (const name of assumptionNames) assert.ok(`assumption.${name}` in en, name);
  });

  it("text(lang, key, data) fills the placeholders, and refuses to leave one unfilled", () => {
    // 2,788,000 GPU-hours and $2–$4.916, as the headline writes them in each language
    assert.equal(
      text("zh", "headline.rental", { hours: "278.8万", rate: "2～4.916美元" }),
      "租用GPU完成最终训练（278.8万 GPU小时 × 2～4.916美元）",
    );
    assert.equal(text("en", "headline.times", { times: "1.2" }), "1.2×");
    assert.throws(() => text("ja", "headline.rental", { hours: "278.8万" }), {
      message: "text headline.rental (ja) needs {rate}",
    });
  });

  it("listText joins as each language does: a, b and c; a、b和c; a、bとc", () => {
    assert.equal(listText("en", ["a", "b", "c"]), "a, b and c");
    assert.equal(listText("zh", ["a", "b", "c"]), "a、b和c");
    assert.equal(listText("ja", ["a", "b"], "or"), "aまたはb");
    assert.equal(listText("en", ["a"]), "a");
  });

  it("readLang refuses a language it does not write, in the one grammar", () => {
    assert.equal(readLang("ja"), "ja");
    assert.throws(() => readLang("fr"), { message: 'invalid lang: "fr" (expected one of en, zh, ja)' });
  });
});
