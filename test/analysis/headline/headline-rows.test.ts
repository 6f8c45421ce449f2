import assert from "node:assert/strict";
import { fxRates } from "../../../src/fx/fx-rates.js";
import {
  headlineCaption,
  headlineKeys,
  headlineRows,
  headlineSpreadNote,
} from "../../../src/analysis/headline/headline-rows.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { timesText } from "../../../src/format/text.js";

// The article set's dollar rate: 1 USD = 151.65 JPY (data/fx-rates.csv, Reuters, 2025-02-10).
const JPY_PER_USD = 151.65;
// DeepSeek-V3, Table 1: (2,664K + 119K + 5K) H800 GPU-hours × $2 = $5,576,000.
const REPORTED_USD = (2_664_000 + 119_000 + 5_000) * 2;

describe("analysis/headline/headline-rows", () => {
  it("headlineRows(estimate()) gives the README's headline table on the default assumptions", () => {
    const e = estimate();
    const rows = headlineRows(e);
    // the amortized view is followed by the two other methods (see the test of the alternatives below)
    assert.deepEqual(
      rows.map((r) => r.key),
      [
        "purchase",
        "allIn",
        "rental",
        "reported",
        "amortized",
        "amortizedAlternative",
        "amortizedAlternative",
        "programme",
      ],
    );
    assert.deepEqual(headlineKeys, ["purchase", "allIn", "rental", "reported", "amortized", "programme"]);
    const [purchase, allIn, rental, reported, amortized, , , programme] = rows;
    // 2,000 × ¥4,000,000 ÷ 151.65 = $52,753,050 → $52.8M; 3,000 × ¥5,000,000 ÷ 151.65 = $98,911,968 → $98.9M
    assert.ok(Math.abs(purchase!.low - (2000 * 4e6) / JPY_PER_USD) < 1e-6);
    assert.ok(Math.abs(purchase!.high - (3000 * 5e6) / JPY_PER_USD) < 1e-6);
    // $52,753,050 ÷ $5,576,000 = 9.46 → 9.5; $98,911,968 ÷ $5,576,000 = 17.74 → 17.7
    assert.deepEqual(
      { ...purchase, timesReported: undefined },
      {
        key: "purchase",
        label: "Buying the GPUs (2,000–3,000 × JPY 4.0M–5.0M, as the article computes it)",
        low: e.purchase.low,
        high: e.purchase.high,
        currency: "USD",
        timesReported: undefined,
        lowText: "$52.8M",
        highText: "$98.9M",
        timesReportedText: "9.5–17.7×",
        reference: false,
        medianText: "",
        intervalText: "",
      },
    );
    assert.ok(Math.abs(purchase!.timesReported!.low - (2000 * 4e6) / JPY_PER_USD / REPORTED_USD) < 1e-12);
    // all-in: $52,753,050 × 1.64 ÷ (1 − 0.19) = $106,808,644 → $107M; × 5/4 × 3/2 = $200,266,208 → $200M
    assert.deepEqual(
      [allIn!.label, allIn!.lowText, allIn!.highText, allIn!.timesReportedText],
      ["Buying the cluster all-in, with servers and interconnect (Epoch AI's method)", "$107M", "$200M", "19.2–35.9×"],
    );
    assert.ok(Math.abs(allIn!.low - ((2000 * 4e6) / JPY_PER_USD) * (1.64 / 0.81)) < 1e-4);
    // rental: 2,788,000 × $2 = $5,576,000 → $5.58M, 1.0×; 2,788,000 × $4.916 = $13,705,808 → $13.7M, 2.458 → 2.5×
    assert.deepEqual(
      [rental!.label, rental!.low, rental!.lowText, rental!.highText, rental!.timesReportedText],
      ["Renting the final run (2.788M GPU-hours × $2–$4.916)", REPORTED_USD, "$5.58M", "$13.7M", "1.0–2.5×"],
    );
    assert.ok(Math.abs(rental!.high - 2_788_000 * 4.916) < 1e-6);
    // the reference: one figure, written with 4 significant digits as the lab gives it
    assert.deepEqual(reported, {
      key: "reported",
      label: "Reported by DeepSeek-AI (2.788M H800 GPU-hours × $2)",
      low: REPORTED_USD,
      high: REPORTED_USD,
      currency: "USD",
      timesReported: { low: 1, high: 1 },
      lowText: "$5.576M",
      highText: "",
      timesReportedText: "1×",
      reference: true,
      medianText: "",
      intervalText: "",
    });
    assert.deepEqual(
      [amortized!.label, amortized!.low, amortized!.high, amortized!.lowText, amortized!.highText],
      [
        "Amortized hardware + energy of the final run (Epoch AI's method): price-performance, valued at purchase",
        e.amortized.low,
        e.amortized.high,
        // $5,732,282 → $5.73M; $7,101,119 → $7.10M, written $7.1M (trailing zeros trimmed)
        "$5.73M",
        "$7.10M",
      ],
    );
    // experiments multiplier 1: the programme would repeat the final run, so it counts Lambert's 2–4:
    // 2 × $5,732,282 = $11,464,565; 4 × $7,101,119 = $28,404,474
    assert.deepEqual(
      [programme!.label, programme!.lowText, programme!.highText],
      ["The programme, if experiments took 2–4× the final run (Lambert's estimate)", "$11.5M", "$28.4M"],
    );
    assert.ok(Math.abs(programme!.low - 2 * amortized!.low) < 1e-6);
    assert.ok(Math.abs(programme!.high - 4 * amortized!.high) < 1e-6);
  });

  it("headlineRows(e, draws) gives the views the Monte Carlo draws their median and 90% interval, and no other", () => {
    const e = estimate();
    const draws = { amortized: { p05: 4.97e6, p50: 6.52e6, p95: 8.39e6 }, n: 100_000, seed: 1 };
    const rows = headlineRows(e, draws);
    const amortized = rows.find((r) => r.key === "amortized")!;
    assert.deepEqual(
      [amortized.drawn, amortized.medianText, amortized.intervalText],
      [draws.amortized, "$6.52M", "$4.97M–$8.39M"],
    );
    // rental and programme were not given; purchase and the alternatives are never drawn
    assert.deepEqual(
      rows.filter((r) => r.medianText !== "").map((r) => r.key),
      ["amortized"],
    );
    assert.equal(
      headlineSpreadNote(draws),
      "Low and high take the ends of the ranges the sources state, all at once; the median and 90% interval draw every input from its documented uncertainty (100,000 draws, seed 1), where extremes rarely meet.",
    );
  });

  it("headlineRows: the programme at 2–4× the final run is the README's --scenario full-programme row", () => {
    const e = estimate({ experimentsMultiplier: [2, 4] });
    const programme = headlineRows(e).find((r) => r.key === "programme")!;
    // 2 × $5,732,282 = $11,464,565 → $11.5M, ÷ $5,576,000 = 2.06 → 2.1; 4 × $7,101,119 = $28,404,474 → $28.4M, 5.09 → 5.1
    assert.ok(Math.abs(programme.low - 2 * e.amortized.low) < 1e-6);
    assert.ok(Math.abs(programme.high - 4 * e.amortized.high) < 1e-6);
    assert.deepEqual(
      [programme.label, programme.lowText, programme.highText, programme.timesReportedText],
      ["The programme, if experiments took 2–4× the final run", "$11.5M", "$28.4M", "2.1–5.1×"],
    );
  });

  it("headlineRows follows the assumptions: one GPU count and price, straight-line depreciation, yen", () => {
    const e = estimate({
      gpuCount: 2048,
      gpuPrice: "400万日元",
      depreciation: "straight-line",
      lifetimeYears: 4,
      currency: "JPY",
    });
    const rows = headlineRows(e);
    const purchase = rows.find((r) => r.key === "purchase")!;
    // 2,048 × ¥4,000,000 = ¥8,192,000,000: one figure, so no high end
    assert.deepEqual(
      [purchase.label, purchase.low, purchase.high, purchase.lowText, purchase.highText],
      ["Buying the GPUs (2,048 × JPY 4.0M, as the article computes it)", 8_192_000_000, 8_192_000_000, "JPY 8.19B", ""],
    );
    // $5,576,000 × 151.65 = ¥845,600,400 → ¥845.6M; ¥8,192,000,000 ÷ ¥845,600,400 = 9.69 → 9.7×
    const reported = rows.find((r) => r.key === "reported")!;
    assert.ok(Math.abs(reported.low - REPORTED_USD * JPY_PER_USD) < 1e-3);
    assert.deepEqual([reported.lowText, purchase.timesReportedText], ["JPY 845.6M", "9.7×"]);
    assert.equal(
      rows.find((r) => r.key === "amortized")!.label,
      "Amortized hardware + energy of the final run (Epoch AI's method): straight-line over 4 years",
    );
  });

  it("headlineCaption(estimate) names the currency and each conversion with the source and date of its rate in data/fx-rates.csv, and the rate set", () => {
    assert.equal(
      headlineCaption(estimate()),
      "In USD; prices converted at 1 USD = 151.65 JPY (Reuters via CNA, 2025-02-10; rate set article).",
    );
    assert.equal(headlineCaption(estimate({ gpuPrice: 30_000, h100Price: 33_000 })), "In USD.");
    // the rate's own row: the article gives no dollar rate, so the article set holds the market's of 2025-02-10
    const row = fxRates().find((r) => r.set === "article" && r.base === "USD" && r.quote === "JPY")!;
    assert.ok(headlineCaption(estimate()).includes(`(${row.source.split(",")[0]}, ${row.date};`));
  });

  it("headlineRows follows the amortized row with the same run under every other method (estimate().alternatives)", () => {
    const e = estimate();
    const rows = headlineRows(e);
    const at = rows.findIndex((r) => r.key === "amortized");
    const others = e.alternatives.filter((a) => !a.chosen);
    // price-performance valued at purchase is the default: training start and straight-line follow it
    assert.deepEqual(
      rows.slice(at + 1, at + 1 + others.length).map((r) => [r.key, r.label, r.low, r.high]),
      others.map((a) => ["amortizedAlternative", `… the same run, ${a.method}`, a.low, a.high]),
    );
    assert.equal(others.length, 2);
    // straight-line over 5 years charges value ÷ (5 × 8,766 h) per hour, less than the trend's 0.14 · ln 10 ÷ 8,766
    const straight = rows.find((r) => r.label.includes("straight-line"))!;
    assert.ok(straight.high < rows[at]!.high);
    assert.equal(straight.timesReportedText, timesText(straight.low / 5_576_000, straight.high / 5_576_000));
  });
});
