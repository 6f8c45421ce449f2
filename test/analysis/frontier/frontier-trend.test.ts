import assert from "node:assert/strict";
import { frontierTrend } from "../../../src/analysis/frontier/frontier-trend.js";
import { trendDistance, trendSentences } from "../../../src/analysis/frontier/trend-distance.js";
import { loadFrontierModels, type FrontierModelRow } from "../../../src/data/load-frontier-models.js";
import { fitLine } from "../../../src/trend/fit-line.js";
import { throwsText } from "../../throws-text.js";

const YEAR_MS = 365.25 * 864e5;
const rows = () => loadFrontierModels().objects() as FrontierModelRow[];

/** A small frontier: three models a year apart at $1M, $10M, $100M, and one uncosted. */
function small(): FrontierModelRow[] {
  const base = rows()[1] as FrontierModelRow;
  const at = (k: number) => new Date(Date.UTC(2020, 0, 1) + k * YEAR_MS);
  return [
    {
      ...base,
      id: "a",
      model: "A",
      publication_date: at(0),
      amortized_cost_usd_dec2024: 1e6,
      hardware_imputed_by_epoch: false,
    },
    {
      ...base,
      id: "b",
      model: "B",
      publication_date: at(1),
      amortized_cost_usd_dec2024: 1e7,
      hardware_imputed_by_epoch: true,
    },
    {
      ...base,
      id: "c",
      model: "C",
      publication_date: at(2),
      amortized_cost_usd_dec2024: 1e8,
      hardware_imputed_by_epoch: false,
    },
    { ...base, id: "d", model: "D", publication_date: at(3), amortized_cost_usd_dec2024: null, in_model_costs: false },
  ];
}

describe("analysis/frontier/frontier-trend and analysis/frontier/trend-distance", () => {
  it("frontierTrend fits Epoch's costed models only: a tenfold rise a year on the small table is 10× a year", () => {
    const fit = frontierTrend(small());
    assert.equal(fit.trend.n, 3);
    assert.equal(fit.excluded, 0);
    assert.ok(Math.abs(fit.trend.growthPerYear - 10) < 1e-9);
  });

  it("frontierTrend on the data file: the 82 costed models, the same slope as the closed form on their dates and costs", () => {
    const fit = frontierTrend(loadFrontierModels());
    const costed = rows().filter((r) => r.in_model_costs);
    assert.equal(fit.trend.n, 82);
    const hand = fitLine(
      costed.map((r) => r.publication_date.getTime() / YEAR_MS),
      costed.map((r) => Math.log10(r.amortized_cost_usd_dec2024 as number)),
    );
    assert.ok(Math.abs(fit.trend.growthPerYear - 10 ** hand.slope) < 1e-9);
  });

  it("from and includeImputed leave models out, and count them", () => {
    const fit = frontierTrend(loadFrontierModels(), { from: "2016-01-01", includeImputed: false });
    const costed = rows().filter((r) => r.in_model_costs);
    const kept = costed.filter((r) => r.publication_date >= new Date("2016-01-01") && !r.hardware_imputed_by_epoch);
    assert.equal(fit.trend.n, kept.length);
    assert.equal(fit.excluded, costed.length - kept.length);
  });

  it("trendDistance: a cost of $1M two years after $1M on a 10×-a-year line is 0.01× the trend, 2 years behind it", () => {
    const fit = frontierTrend(small());
    const d = trendDistance(fit, {
      model: "X",
      date: new Date(Date.UTC(2020, 0, 1) + 2 * YEAR_MS),
      costUsd: 1e6,
      basis: "test",
    });
    // the line passes exactly through the three points (no scatter), so on C's date it is $100M
    assert.ok(Math.abs(d.trendUsd - 1e8) < 1e-3);
    assert.ok(Math.abs(d.ratioLow - 0.01) < 1e-12);
    // log10(0.01) ÷ 1 order of magnitude a year = −2 years
    assert.ok(Math.abs(d.yearsLow + 2) < 1e-9);
    assert.equal(d.position, "below");
  });

  it("trendDistance on DeepSeek-V3 as a range, and the sentences say each computed figure", () => {
    const fit = frontierTrend(loadFrontierModels());
    const d = trendDistance(fit, {
      model: "DeepSeek-V3",
      date: "2024-12-24",
      costUsd: { low: 5.74e6, high: 7.11e6 },
      basis: "a test range",
    });
    assert.ok(d.ratioLow < d.ratioHigh && d.ratioHigh < 1);
    assert.ok(Math.abs(d.ratioLow * d.trendUsd - 5.74e6) < 1e-3);
    const text = trendSentences(fit, d).join(" ");
    assert.match(text, /^Across 82 frontier models Epoch AI costed \(2015-12-02 to 2025-04-05\)/);
    assert.ok(text.includes(`${fit.trend.growthPerYear.toFixed(2)}× a year`));
    assert.ok(text.includes("$5.74M–$7.11M (a test range)"));
  });

  it("refuses a cost that is not a positive range, and a date that is not one", () => {
    const fit = frontierTrend(small());
    throwsText(
      () => trendDistance(fit, { model: "X", date: "2021-01-01", costUsd: { low: 2, high: 1 }, basis: "" }),
      'invalid costUsd: {"low":2,"high":1} (expected a positive number of US dollars, or a range { low, high } of them)',
    );
    throwsText(
      () => frontierTrend(small(), { from: "someday" }),
      'invalid from: "someday" (expected a date as YYYY-MM-DD or a valid Date)',
    );
  });

  it("frontierTrend refuses an unknown option and a from that is not a real day", () => {
    throwsText(
      () => frontierTrend(loadFrontierModels(), { since: "2020-01-01" } as never),
      'invalid options.since: "2020-01-01" (expected only the fields from, includeImputed, level)',
    );
    // Date alone reads 2024-02-30 as March 1: refused, not moved
    throwsText(
      () => frontierTrend(loadFrontierModels(), { from: "2023-02-29" }),
      'invalid from: "2023-02-29" (expected a date as YYYY-MM-DD or a valid Date)',
    );
    throwsText(
      () => frontierTrend(loadFrontierModels(), { from: new Date("x") }),
      'invalid from: "Invalid Date" (expected a date as YYYY-MM-DD or a valid Date)',
    );
  });
});
