import assert from "node:assert/strict";
import { defaultEstimate as e } from "./fixtures.js";
import { matchSnapshot } from "./snapshot.js";
import { comparisonRows } from "../../src/analysis/headline/comparison-rows.js";
import { seriesKeys } from "../../src/format/series.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { costComparisonChart, LOG_SCALE_SPREAD } from "../../src/charts/cost-comparison.js";

type Layer = { encoding?: { x?: { scale?: { type?: string }; axis?: { title?: string } } } };
const valuesOf = (spec: object) => (spec as { data: { values: ReturnType<typeof comparisonRows> } }).data.values;
const xOf = (spec: object) => (spec as { layer: Layer[] }).layer[0]!.encoding!.x!;

describe("charts/cost-comparison", () => {
  it("costComparisonChart(estimate()) matches its snapshot", () => {
    matchSnapshot("cost-comparison", costComparisonChart(e));
  });

  it("costComparisonChart's data hold the estimate's low and high for every view", () => {
    const rows = valuesOf(costComparisonChart(e));
    assert.deepEqual(
      rows.map((r) => r.key),
      [...seriesKeys],
    );
    const expected = {
      purchase: e.purchase,
      allIn: e.purchase.allIn,
      rental: e.rental,
      reported: e.reported,
      amortized: e.amortized,
      // at a multiplier of 1 the programme counts Lambert's 2–4, never a copy of the final run
      programme: { low: 2 * e.amortized.low, high: 4 * e.amortized.high },
    };
    for (const row of rows) {
      const want = expected[row.key]!;
      assert.ok(Math.abs(row.low - want.low) < 1e-6 && Math.abs(row.high - want.high) < 1e-6, row.key);
    }
    // the reported figure is a point (2,788,000 h × $2 = $5,576,000): drawn as a tick, not a bar
    assert.deepEqual(
      rows.filter((r) => r.point).map((r) => r.key),
      ["reported"],
    );
  });

  it("costComparisonChart draws a log axis when the spread exceeds 20×, and says so", () => {
    // purchase all-in high ≈ $200M against reported $5.576M: 36× > 20
    const all = xOf(costComparisonChart(e));
    assert.equal(all.scale?.type, "log");
    assert.equal(all.axis?.title, "Cost (USD, log scale)");
    // rental high $13.7M ÷ reported $5.576M = 2.5 < 20
    const close = xOf(costComparisonChart(e, { views: ["rental", "reported", "amortized"] }));
    assert.ok(e.rental.high / e.reported!.low < LOG_SCALE_SPREAD);
    assert.equal(close.scale?.type, undefined);
    assert.equal(close.axis?.title, "Cost (USD)");
    assert.equal(xOf(costComparisonChart(e, { views: ["rental", "reported"], scale: "log" })).scale?.type, "log");
  });

  it("costComparisonChart follows the estimate's currency", () => {
    const jpy = estimate({ currency: "JPY" });
    const rows = valuesOf(costComparisonChart(jpy));
    // 2,000 × ¥4,000,000 = ¥8,000,000,000 (80亿日元): the article's own figure
    assert.equal(rows[0]!.low, 8e9);
    assert.equal(rows[0]!.costText, "JPY 8.0B–15.0B");
    assert.equal(xOf(costComparisonChart(jpy)).axis?.title, "Cost (JPY, log scale)");
  });

  it("costComparisonChart checks its options", () => {
    assert.throws(() => costComparisonChart(e, { views: [] }), {
      message:
        "invalid views: [] (expected a non-empty list of purchase, allIn, rental, reported, amortized, programme)",
    });
    assert.throws(() => costComparisonChart(e, { views: ["bought" as "purchase"] }), {
      message:
        'invalid views: ["bought"] (expected a non-empty list of purchase, allIn, rental, reported, amortized, programme)',
    });
    assert.throws(() => costComparisonChart(e, { scale: "sqrt" as "log" }), {
      message: 'invalid scale: "sqrt" (expected one of auto, log, linear)',
    });
    assert.throws(() => costComparisonChart(e, { width: -5 }), {
      message: "invalid width: -5 (expected a positive whole number of pixels)",
    });
  });
});
