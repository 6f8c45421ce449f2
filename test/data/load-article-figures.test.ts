import assert from "node:assert/strict";
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
});
