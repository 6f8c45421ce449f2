import assert from "node:assert/strict";
import { headlineRows } from "../../src/analysis/headline/headline-rows.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { estimateJson } from "../../src/live/downloads.js";

describe("live/downloads", () => {
  it("estimateJson keeps the overrides, the validated assumptions and every figure, as summary.json does", () => {
    const e = estimate({ gpuCount: 2048 });
    const json = JSON.parse(estimateJson(e, { gpuCount: 2048 })) as Record<string, Record<string, unknown>>;
    assert.deepEqual(json["overrides"], { gpuCount: 2048 });
    assert.deepEqual(json["assumptions"]!["gpuCount"], { low: 2048, high: 2048 });
    const { assumptions: _omitted, ...figures } = e;
    assert.deepEqual(json["estimate"], JSON.parse(JSON.stringify(figures)));
  });
});

describe("live/downloads in the reader's language", () => {
  it("estimateJson with the page's language keeps English keys and labels the headline rows in the language", () => {
    const e = estimate();
    const json = JSON.parse(estimateJson(e, {}, { lang: "zh", headline: headlineRows(e, {}, "zh") })) as {
      lang: string;
      headline: { key: string; label: string }[];
      estimate: Record<string, unknown>;
    };
    assert.equal(json.lang, "zh");
    assert.equal(json.headline[0]!.key, "purchase");
    assert.equal(json.headline[0]!.label, "购买GPU（2,000～3,000块 × 400万～500万日元，按文章的算法）");
    assert.ok("purchase" in json.estimate);
  });
});
