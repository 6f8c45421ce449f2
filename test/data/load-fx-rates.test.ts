import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataPath } from "../../src/node/data-files.js";
import { convert } from "../../src/fx/convert.js";
import { money } from "../../src/money/money.js";
import { loadArticleFigures, type ArticleFigureRow } from "../../src/data/load-article-figures.js";
import { loadFxRates, type FxRateTableRow } from "../../src/data/load-fx-rates.js";

const rates = () => loadFxRates().objects() as FxRateTableRow[];
const figure = (id: string) =>
  (loadArticleFigures().objects() as ArticleFigureRow[]).find((r) => r.id === id) as ArticleFigureRow;
const day = (d: Date) => d.toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

/**
 * The article's five yen→yuan conversions, each with the unit it is rounded to: 万元 to two
 * decimals is 100 yuan (19.23万元), 亿元 to two decimals is 1,000,000 yuan (3.85亿元).
 */
function conversions(): { yen: number; yuan: number; step: number }[] {
  const h800Yen = figure("h800-price-jpy"),
    h800Yuan = figure("h800-price-cny");
  const h100Yen = figure("h100-price-jpy"),
    h100Yuan = figure("h100-price-cny");
  const fleetYen = figure("fleet-cost-jpy"),
    fleetYuan = figure("fleet-cost-cny");
  return [
    { yen: h800Yen.low, yuan: h800Yuan.low, step: 100 },
    { yen: h800Yen.high, yuan: h800Yuan.high, step: 100 },
    { yen: h100Yen.low, yuan: h100Yuan.low, step: 100 },
    { yen: fleetYen.low, yuan: fleetYuan.low, step: 1e6 },
    { yen: fleetYen.high, yuan: fleetYuan.high, step: 1e6 },
  ];
}
const articleRate = () =>
  (rates().find((r) => r.set === "article" && r.base === "JPY" && r.quote === "CNY") as FxRateTableRow).rate;

describe("data/load-fx-rates", () => {
  it("loadFxRates() types each row: a Date, currencies, a positive rate, a cited source with a URL and an excerpt", () => {
    for (const r of rates()) {
      assert.ok(r.date instanceof Date);
      assert.ok(r.rate > 0);
      assert.match(r.source, /https:\/\//);
      assert.ok(r.excerpt.length > 0);
    }
  });

  it("the article rate reproduces all five of the article's conversions to its rounding (¥4M→19.23万元 … ¥15bn→7.21亿元)", () => {
    const rate = articleRate();
    for (const { yen, yuan, step } of conversions()) {
      // e.g. ¥5,000,000 × 0.048067 = 240,335 yuan → 24.03万元 = 240,300
      assert.equal(Math.round((yen * rate) / step) * step, yuan, `¥${yen} × ${rate}`);
    }
  });

  it("the article rate is the midpoint of the rates that reproduce every conversion, [0.0480636, 0.04807)", () => {
    // each conversion allows yen·r ∈ [yuan − step/2, yuan + step/2); the rate lies in all five
    const lows = conversions().map(({ yen, yuan, step }) => (yuan - step / 2) / yen);
    const highs = conversions().map(({ yen, yuan, step }) => (yuan + step / 2) / yen);
    const low = Math.max(...lows); // 264,350 / 5,500,000 = 0.0480636
    const high = Math.min(...highs); // 240,350 / 5,000,000 = 0.04807
    assert.ok(Math.abs(low - 0.0480636) < 1e-7 && Math.abs(high - 0.04807) < 1e-12, `[${low}, ${high})`);
    const rate = articleRate();
    assert.ok(low <= rate && rate < high);
    assert.ok(Math.abs(rate - (low + high) / 2) < 5e-7, "rate is the midpoint to six decimals");
  });

  it("the naive mean of the five ratios, 0.04808, does not reproduce the article (¥5M → 24.04万元, not 24.03万元)", () => {
    const mean = conversions().reduce((s, c) => s + c.yuan / c.yen, 0) / 5;
    assert.ok(Math.abs(mean - 0.04808) < 1e-5, String(mean));
    // 5,000,000 × 0.04808 = 240,400 → 24.04万元
    assert.notEqual(Math.round((5e6 * mean) / 100) * 100, figure("h800-price-cny").high);
  });

  it("the market set has USD/JPY 151.65 and EUR/USD 1.0308 on 2025-02-10, and USD/CNY within 7 days of it", () => {
    const market = rates().filter((r) => r.set === "market");
    const usdJpy = market.find((r) => r.base === "USD" && r.quote === "JPY");
    assert.equal(usdJpy?.rate, 151.65);
    assert.equal(day(usdJpy.date), "2025-02-10");
    const eurUsd = market.find((r) => r.base === "EUR" && r.quote === "USD");
    assert.equal(eurUsd?.rate, 1.0308);
    const usdCny = market.filter((r) => r.base === "USD" && r.quote === "CNY");
    assert.ok(usdCny.length > 0);
    for (const r of usdCny) {
      const days = Math.abs(r.date.getTime() - Date.parse("2025-02-10")) / DAY_MS;
      assert.ok(days <= 7, `${day(r.date)} is ${days} days from 2025-02-10`);
      assert.match(r.source, /nearest verified date/); // the row says it is not the same day
    }
  });

  it("the article set takes its USD/JPY from the market and says so", () => {
    const article = rates().find((r) => r.set === "article" && r.base === "USD" && r.quote === "JPY");
    const market = rates().find((r) => r.set === "market" && r.base === "USD" && r.quote === "JPY");
    assert.equal(article?.rate, market?.rate);
    assert.match(article?.source ?? "", /the article gives no dollar rate/);
  });

  describe("plausible bounds, the ones the assumptions' prices use (src/data/plausible.ts)", () => {
    /** `data/fx-rates.csv` with line `n` (from 1) changed by `edit`, read from a copy: what loadFxRates says. */
    const withLine = (n: number, edit: (line: string) => string, test: (file: string) => void) => {
      const dir = mkdtempSync(join(tmpdir(), "fx-rates-"));
      try {
        const lines = readFileSync(dataPath("fx-rates.csv"), "utf8").split("\n");
        lines[n - 1] = edit(lines[n - 1]!);
        const file = join(dir, "fx-rates.csv");
        writeFileSync(file, lines.join("\n"));
        test(file);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const why =
      "10 times either side of a round 150 JPY, 7 CNY or 1 EUR to the dollar, the rates the price bounds use: a slipped decimal point (15165 for 151.65) is 100 times off";

    it("a USD/JPY rate written 15165 (151.65 with its point slipped) is refused naming the file, line, column, value and bounds", () => {
      // 150 JPY to the dollar × 10 = 1,500 at most
      withLine(
        4,
        (l) => l.replace(",151.65,", ",15165,"),
        (file) =>
          assert.throws(() => loadFxRates(file), {
            message: `invalid ${file} line 4, column rate: "15165" (expected a USD/JPY rate of at most 1,500 JPY per USD: ${why})`,
          }),
      );
    });

    it("a rate of 1e-320 is refused by file and line, not left to give 'cannot convert … at Infinity'", () => {
      // 150 ÷ 10 = 15 at least
      withLine(
        4,
        (l) => l.replace(",151.65,", ",1e-320,"),
        (file) =>
          assert.throws(() => loadFxRates(file), {
            message: `invalid ${file} line 4, column rate: "1e-320" (expected a USD/JPY rate of at least 15 JPY per USD: ${why})`,
          }),
      );
    });

    it("a JPY/CNY rate reads its bounds from the round rates too: 7 ÷ 150 = 0.0467, so 0.00467 to 0.467", () => {
      withLine(
        2,
        (l) => l.replace(",0.048067,", ",4.8067,"),
        (file) =>
          assert.throws(() => loadFxRates(file), {
            message: `invalid ${file} line 2, column rate: "4.8067" (expected a JPY/CNY rate of at most 0.467 CNY per JPY: ${why})`,
          }),
      );
    });

    it("every rate in the file lies well inside its bounds, and one at a bound still converts", () => {
      for (const r of rates()) assert.ok(r.rate > 0, `${r.base}/${r.quote}`);
      // ¥1,500,000 at 1,500 JPY per USD (the upper bound): $1,000
      const table = [
        { set: "x", date: "2025-02-10", base: "USD", quote: "JPY", rate: 1500, source: "a test" },
      ] as const;
      assert.equal(convert(money(1_500_000, "JPY"), "USD", { on: "2025-02-10", rates: "x", table }).amount, 1000);
    });
  });
});
