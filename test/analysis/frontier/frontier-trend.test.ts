import assert from "node:assert/strict";
import { frontierTrend } from "../../../src/analysis/frontier/frontier-trend.js";
import { trendDistance, trendSentences } from "../../../src/analysis/frontier/trend-distance.js";
import { loadFrontierSelections, type FrontierSelectionRow } from "../../../src/data/load-frontier-selections.js";
import { fitLine } from "../../../src/trend/fit-line.js";
import { throwsText } from "../../throws-text.js";

const YEAR_MS = 365.25 * 864e5;
const rows = () => loadFrontierSelections().objects() as FrontierSelectionRow[];

/** A small selection: three models a year apart at $1M, $10M, $100M, the middle one's hardware imputed. */
function small(): FrontierSelectionRow[] {
  const base = rows().find((r) => r.selection === "model-costs") as FrontierSelectionRow;
  const at = (k: number) => new Date(Date.UTC(2020, 0, 1) + k * YEAR_MS);
  return [
    {
      ...base,
      id: "a",
      model: "A",
      publication_date: at(0),
      amortized_cost_usd: 1e6,
      hardware_imputed_by_epoch: false,
    },
    { ...base, id: "b", model: "B", publication_date: at(1), amortized_cost_usd: 1e7, hardware_imputed_by_epoch: true },
    {
      ...base,
      id: "c",
      model: "C",
      publication_date: at(2),
      amortized_cost_usd: 1e8,
      hardware_imputed_by_epoch: false,
    },
    // another selection's row is not fitted
    { ...base, selection: "paper", id: "d", model: "D", publication_date: at(3), amortized_cost_usd: 1 },
  ];
}

describe("analysis/frontier/frontier-trend and analysis/frontier/trend-distance", () => {
  it("frontierTrend fits one selection only: a tenfold rise a year on the small table is 10× a year", () => {
    const fit = frontierTrend(small(), { selection: "model-costs" });
    assert.equal(fit.trend.n, 3);
    assert.equal(fit.excluded, 0);
    assert.ok(Math.abs(fit.trend.growthPerYear - 10) < 1e-9);
  });

  it("the paper's 41 (Cottier et al. 2024, 39013e2): 2.408× a year, Epoch's notebook printed 2.40727× on its own dating of a year", () => {
    const fit = frontierTrend(loadFrontierSelections(), { selection: "paper" });
    const paper = rows().filter((r) => r.selection === "paper");
    assert.equal(fit.trend.n, 41);
    assert.equal(paper.filter((r) => r.hardware_imputed_by_epoch).length, 0);
    // the closed form on days ÷ 365.25 gives the same slope
    const hand = fitLine(
      paper.map((r) => r.publication_date.getTime() / YEAR_MS),
      paper.map((r) => Math.log10(r.amortized_cost_usd)),
    );
    assert.ok(Math.abs(fit.trend.growthPerYear - 10 ** hand.slope) < 1e-9);
    // Epoch dates a year as year + (month − 1)/12 + (day − 1)/365: 2.40727× (90% CI 1.969–2.9431); with
    // days ÷ 365.25 the same 41 points give 2.4078× (1.9693–2.9439): the two datings differ in the fourth digit
    assert.ok(Math.abs(fit.trend.growthPerYear - 2.4078) < 5e-5, String(fit.trend.growthPerYear));
    assert.ok(Math.abs(fit.trend.growthPerYearLow - 1.9693) < 5e-5);
    assert.ok(Math.abs(fit.trend.growthPerYearHigh - 2.9439) < 5e-5);
    assert.equal(fit.selection.epochFit?.quote, "2.40727x/year (90% CI: 1.969x, 2.9431x)");
  });

  it("the working notebook's 61 (e13599f) is the default: 2.768× a year (Epoch printed 2.76748×), no hardware imputed", () => {
    const fit = frontierTrend(loadFrontierSelections());
    assert.equal(fit.selection.name, "working");
    assert.equal(fit.trend.n, 61);
    assert.ok(fit.points.every((p) => !p.imputed));
    assert.ok(Math.abs(fit.trend.growthPerYear - 2.7676) < 5e-5, String(fit.trend.growthPerYear));
    assert.ok(Math.abs(fit.trend.growthPerYearLow - 2.3996) < 5e-5);
    assert.ok(Math.abs(fit.trend.growthPerYearHigh - 3.192) < 5e-5);
    // the 61 are model_costs.csv's 82 less the 21 whose hardware Epoch imputed, at the same costs
    const all = rows();
    const costs = new Map(all.filter((r) => r.selection === "model-costs").map((r) => [r.model, r]));
    const working = all.filter((r) => r.selection === "working");
    for (const r of working) assert.equal(r.amortized_cost_usd, costs.get(r.model)!.amortized_cost_usd, r.model);
    assert.equal([...costs.values()].filter((r) => !r.hardware_imputed_by_epoch).length, 61);
  });

  it("model_costs.csv's 82, the hardware of 21 imputed: 2.943× a year, 90% interval 2.66–3.26×, a fit Epoch never made", () => {
    const fit = frontierTrend(loadFrontierSelections(), { selection: "model-costs" });
    assert.equal(fit.trend.n, 82);
    assert.equal(fit.points.filter((p) => p.imputed).length, 21);
    assert.ok(Math.abs(fit.trend.growthPerYear - 2.9427) < 5e-5);
    assert.equal(Number(fit.trend.growthPerYearLow.toFixed(2)), 2.66);
    assert.equal(Number(fit.trend.growthPerYearHigh.toFixed(2)), 3.26);
    assert.equal(fit.selection.epochFit, undefined);
    // without the imputed: 61, as the working notebook (dates of the current database, so the fit agrees to 1e-3)
    const known = frontierTrend(loadFrontierSelections(), { selection: "model-costs", includeImputed: false });
    assert.equal(known.trend.n, 61);
    assert.equal(known.excluded, 21);
    assert.ok(Math.abs(known.trend.growthPerYear - 2.7676) < 1e-3);
  });

  it("from leaves models out, and counts them", () => {
    const fit = frontierTrend(loadFrontierSelections(), { selection: "paper", from: "2016-01-01" });
    // the paper's "since 2016": its 41 include one model of December 2015, DeepSpeech2 (2015-12-08)
    assert.equal(fit.trend.n, 40);
    assert.equal(fit.excluded, 1);
  });

  it("trendDistance: a cost of $1M two years after $1M on a 10×-a-year line is 0.01× the trend, 2 years behind it", () => {
    const fit = frontierTrend(small(), { selection: "model-costs" });
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

  it("trendDistance on DeepSeek-V3 as a range, and the sentences name whose selection it is", () => {
    const fit = frontierTrend(loadFrontierSelections());
    const d = trendDistance(fit, {
      model: "DeepSeek-V3",
      date: "2024-12-24",
      costUsd: { low: 5.74e6, high: 7.11e6 },
      basis: "a test range",
    });
    assert.ok(d.ratioLow < d.ratioHigh && d.ratioHigh < 1);
    assert.ok(Math.abs(d.ratioLow * d.trendUsd - 5.74e6) < 1e-3);
    const text = trendSentences(fit, d).join(" ");
    assert.match(
      text,
      /^Across the working notebook's 61 frontier models \(Epoch AI's working notebook of 2025, without imputed hardware; December-2024 USD; 2015-12-08 to 2025-02-17\), the amortized cost of the final run grew 2\.77× a year \(90% interval 2\.40–3\.19×\); Epoch's notebook printed "2\.76748x\/year \(90% CI: 2\.3995x, 3\.1919x\)" for the same models/,
    );
    assert.ok(text.includes("$5.74M–$7.11M (a test range)"));
    const mc = frontierTrend(loadFrontierSelections(), { selection: "model-costs" });
    assert.match(
      trendSentences(mc, trendDistance(mc, { model: "V3", date: "2024-12-24", costUsd: 6e6, basis: "" }))[0]!,
      /Epoch fits no trend to this selection: the fit is this project's\.$/,
    );
  });

  it("refuses a cost that is not a positive range, and a date that is not one", () => {
    const fit = frontierTrend(small(), { selection: "model-costs" });
    throwsText(
      () => trendDistance(fit, { model: "X", date: "2021-01-01", costUsd: { low: 2, high: 1 }, basis: "" }),
      'invalid costUsd: {"low":2,"high":1} (expected a positive number of US dollars, or a range { low, high } of them)',
    );
    throwsText(
      () => frontierTrend(small(), { from: "someday" }),
      'invalid from: "someday" (expected a date as YYYY-MM-DD or a valid Date)',
    );
  });

  it("frontierTrend refuses an unknown option or selection and a from that is not a real day", () => {
    throwsText(
      () => frontierTrend(loadFrontierSelections(), { since: "2020-01-01" } as never),
      'invalid options.since: "2020-01-01" (expected only the fields selection, from, includeImputed, level)',
    );
    throwsText(
      () => frontierTrend(loadFrontierSelections(), { selection: "all" as never }),
      'invalid selection: "all" (expected one of paper, working, model-costs)',
    );
    // Date alone reads 2024-02-30 as March 1: refused, not moved
    throwsText(
      () => frontierTrend(loadFrontierSelections(), { from: "2023-02-29" }),
      'invalid from: "2023-02-29" (expected a date as YYYY-MM-DD or a valid Date)',
    );
    throwsText(
      () => frontierTrend(loadFrontierSelections(), { from: new Date("x") }),
      'invalid from: "Invalid Date" (expected a date as YYYY-MM-DD or a valid Date)',
    );
  });
});
