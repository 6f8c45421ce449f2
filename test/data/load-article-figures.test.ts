import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataPath } from "../../src/node/data-files.js";
import { throwsText } from "../throws-text.js";
import { parseAmounts } from "../../src/amount/parse-amount.js";
import { loadArticleFigures, figureKinds, type ArticleFigureRow } from "../../src/data/load-article-figures.js";
import { amountUnits } from "../../src/data/schema.js";

const rows = () => loadArticleFigures().objects() as ArticleFigureRow[];
const figure = (id: string): ArticleFigureRow => {
  const row = rows().find((r) => r.id === id);
  assert.ok(row, `no figure ${id} in data/article-figures.csv`);
  return row;
};
const ARTICLE_URL = "https://cn.nikkei.com/china/ccompany/57993-2025-02-11-10-33-49.html";

describe("data/load-article-figures", () => {
  it("loadArticleFigures() reads every figure with typed columns: numbers, a Date, known kinds and units", () => {
    const all = rows();
    assert.ok(all.length >= 15, `only ${all.length} figures`);
    for (const r of all) {
      assert.equal(typeof r.low, "number");
      assert.ok(r.low <= r.high, r.id);
      assert.ok(r.as_of instanceof Date);
      assert.equal(r.as_of.toISOString().slice(0, 10), "2025-02-11");
      assert.ok((figureKinds as readonly string[]).includes(r.kind), r.kind);
      assert.ok(amountUnits.includes(r.unit), r.unit);
      assert.equal(r.source_url, ARTICLE_URL);
      assert.ok(r.quote.length > 0 && r.quote.length <= 25, `quote of ${r.id} is not a short excerpt: ${r.quote}`);
    }
  });

  it("parseAmounts(row.quote) gives each figure's low, high and unit, and nothing else: every number traces to its sentence", () => {
    for (const row of rows()) {
      assert.deepEqual(
        parseAmounts(row.quote),
        [{ low: row.low, high: row.high, unit: row.unit }],
        `${row.id}: ${row.quote}`,
      );
    }
  });

  it("loadArticleFigures() returns the same cached table on each default call", () => {
    assert.equal(loadArticleFigures(), loadArticleFigures());
  });

  it("fleet cost = GPU count × H800 price at both ends: 2000 × ¥4M = ¥8bn, 3000 × ¥5M = ¥15bn", () => {
    const count = figure("gpu-count");
    const price = figure("h800-price-jpy");
    const fleet = figure("fleet-cost-jpy");
    // 2000 × ¥4,000,000 = ¥8,000,000,000 (80亿日元); 3000 × ¥5,000,000 = ¥15,000,000,000 (150亿日元)
    assert.equal(count.low * price.low, fleet.low);
    assert.equal(count.high * price.high, fleet.high);
  });

  it("the stated V3 cost = GPU-hours × hourly rate: 2.788M h × $2 = $5.576M", () => {
    const hours = figure("v3-gpu-hours");
    const rate = figure("v3-hourly-rate");
    // 2,788,000 h × $2/h = $5,576,000 (557.6万美元)
    assert.equal(hours.low * rate.low, figure("v3-cost-usd").low);
  });

  it("Matsuo's 约280万小时 is the 278.8万 GPU-hours rounded to the nearest 10万", () => {
    // round(2,788,000 / 100,000) × 100,000 = 28 × 100,000 = 2,800,000
    assert.equal(Math.round(figure("v3-gpu-hours").low / 1e5) * 1e5, figure("matsuo-gpu-hours").low);
  });

  it("the H800/H100 price ratio gives a 9.1%–27.3% discount (1 − 500/550 to 1 − 400/550), which the headline rounds to 1～3成 (10%–30%)", () => {
    const h800 = figure("h800-price-jpy");
    const h100 = figure("h100-price-jpy");
    const headline = figure("headline-discount");
    // 1 − 5,000,000/5,500,000 = 0.0909; 1 − 4,000,000/5,500,000 = 0.2727
    const discountLow = 1 - h800.high / h100.low;
    const discountHigh = 1 - h800.low / h100.low;
    assert.ok(Math.abs(discountLow - 0.0909) < 1e-4, String(discountLow));
    assert.ok(Math.abs(discountHigh - 0.2727) < 1e-4, String(discountHigh));
    // to the nearest 成 (tenth): 0.0909 → 0.1, 0.2727 → 0.3
    assert.equal(Math.round(discountLow * 10) / 10, headline.low);
    assert.equal(Math.round(discountHigh * 10) / 10, headline.high);
  });

  it("each figure keeps the article's hedge: the 10–30% is 'may' (或) in the headline and attributed, about (有分析认为 … 左右), in the body", () => {
    // the article (2025-02-11): headline "DeepSeek所用GPU或比尖端产品便宜1～3成"; body "有分析认为，DeepSeek使用的…GPU市场价格比…尖端产品便宜1～3成左右";
    // "据悉，DeepSeek使用了2000～3000块H800"; "多位半导体交易相关人士透露，H800约为400万～500万日元"; "总额单纯计算为80亿～150亿日元";
    // "DeepSeek解释称，V3的开发费用为557.6万美元。假设让AI学习278.8万小时，每小时费用为2美元"; "松尾丰指出 … 约280万小时的学习"
    const hedges = Object.fromEntries(rows().map((r) => [r.id, [r.hedge, r.hedge_words]]));
    assert.deepEqual(hedges, {
      "headline-discount": ["may", "或"],
      "body-discount": ["attributed+approximate", "有分析认为 … 左右"],
      "h800-speed-vs-h100": ["attributed", "中山智文解释称"],
      "h800-price-jpy": ["attributed+approximate", "多位半导体交易相关人士透露 … 约"],
      "h800-price-cny": ["approximate", "约合"],
      "h100-price-jpy": ["attributed+approximate", "多位半导体交易相关人士透露 … 约"],
      "h100-price-cny": ["approximate", "约合"],
      "gpu-count": ["attributed", "据悉"],
      "fleet-cost-jpy": ["stated", null],
      "fleet-cost-cny": ["approximate", "约合"],
      "v3-cost-usd": ["attributed", "DeepSeek解释称"],
      "v3-gpu-hours": ["assumed", "假设"],
      "v3-hourly-rate": ["assumed", "假设"],
      "cost-vs-us-models": ["stated", null],
      "trial-runs": ["attributed", "松尾丰指出"],
      "matsuo-gpu-hours": ["attributed+approximate", "松尾丰指出 … 约"],
    });
    // the headline's 或 is in its quote; the body's hedge words frame its quote
    assert.ok(figure("headline-discount").quote.startsWith("或"));
    assert.ok(figure("body-discount").quote.startsWith("有分析认为") && figure("body-discount").quote.endsWith("左右"));
  });

  it("a hedge outside the list, out of order, or stated with hedging words is refused by line and column", () => {
    const dir = mkdtempSync(join(tmpdir(), "gpu-cost-lab-hedge-"));
    try {
      const text = readFileSync(dataPath("article-figures.csv"), "utf8");
      const bad = (name: string, from: string, to: string) => {
        const path = join(dir, name);
        assert.ok(text.includes(from), from);
        writeFileSync(path, text.replace(from, to));
        return path;
      };
      const expected =
        "(expected one of stated, may, attributed, assumed, approximate, or several joined by + in that order; hedge_words empty exactly when stated)";
      const maybe = bad("a.csv", ",may,或,", ",perhaps,或,");
      throwsText(() => loadArticleFigures(maybe), `invalid ${maybe} line 2, column hedge: "perhaps" ${expected}`);
      const order = bad("b.csv", ",attributed+approximate,有分析认为", ",approximate+attributed,有分析认为");
      throwsText(
        () => loadArticleFigures(order),
        `invalid ${order} line 3, column hedge: "approximate+attributed" ${expected}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
