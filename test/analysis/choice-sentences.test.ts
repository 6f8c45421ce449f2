import assert from "node:assert/strict";
import { estimate } from "../../src/assumptions/estimate.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import {
  choiceRows,
  epochMethodSentences,
  alternativeRows,
  alternativeSentences,
  effectiveComputeSentences,
  programmeSentence,
} from "../../src/analysis/choice-sentences.js";

describe("analysis/choice-sentences", () => {
  it("alternativeRows and alternativeSentences give the amortized view under every method, the chosen one marked", () => {
    const e = estimate();
    assert.deepEqual(
      alternativeRows(e).map((r) => [r.method, r.chosen]),
      [
        ["price-performance, valued at purchase", "as chosen"],
        ["price-performance, valued at training start", ""],
        ["straight-line over 5 years", ""],
      ],
    );
    const lines = alternativeSentences(e);
    assert.equal(
      lines[0],
      `Amortized, price-performance, valued at purchase (as chosen): $5.73M–$7.1M, 1.0–1.3× the reported $5.58M.`,
    );
    // valued at training start the run is charged 10^(−0.14 × 1.2047) = 0.678 of the price: 0.7–0.9× the reported figure
    assert.equal(
      lines[1],
      `Amortized, price-performance, valued at training start: $3.97M–$4.9M, 0.7–0.9× the reported $5.58M.`,
    );
    assert.equal(
      lines[3],
      "The choice decides the verdict: at or above the reported figure with price-performance, valued at purchase; below it with price-performance, valued at training start; straight-line over 5 years.",
    );
  });

  it("effectiveComputeSentences: ¥4–5M against ¥5.5M is 0.73–0.91× the price; at half the speed, 1.45–1.82×", () => {
    const lines = effectiveComputeSentences(estimate({ currency: "JPY" }));
    // ¥4M ÷ ¥5.5M = 0.727, ¥5M ÷ ¥5.5M = 0.909; ÷ 0.5 → 1.455, 1.818
    assert.deepEqual(lines, [
      "An H800 at ¥4.0M–¥5.0M against an H100 at ¥5.5M: 0.73–0.91× its price.",
      "At a speed ratio of 1.0 (the datasheets), one H100's worth of compute bought as H800s costs 0.73–0.91× an H100 (9–27% less).",
      "At a speed ratio of 0.5 (the article), one H100's worth of compute bought as H800s costs 1.45–1.82× an H100 (45–82% more).",
    ]);
    // with one speed ratio given, one sentence for it
    assert.equal(effectiveComputeSentences(estimate({ speedRatio: 1 })).length, 2);
  });

  it("programmeSentence follows the experiments multiplier", () => {
    assert.match(
      programmeSentence(estimate()),
      /^The experiments multiplier is 1: the programme is the final run alone \(\$5\.73M–\$7\.1M\)/,
    );
    assert.match(
      programmeSentence(estimate({ experimentsMultiplier: [2, 4] })),
      /^The experiments multiplier is 2–4: the programme, \$11\.5M–\$28\.4M, counts 1–3 times/,
    );
  });
});

describe("analysis/choice-sentences: the choices side by side, and Epoch's method as applied", () => {
  it("choiceRows gives every view under each value of each choice, the chosen ones marked", () => {
    const rows = choiceRows(assumptions());
    assert.deepEqual(
      rows.map((r) => [r.choice, r.value, r.chosen]),
      [
        ["depreciation", "price-performance", "as chosen"],
        ["depreciation", "straight-line", ""],
        ["valuation", "purchase", "as chosen"],
        ["valuation", "training-start", ""],
        ["rates", "article", "as chosen"],
        ["rates", "market", ""],
      ],
    );
    // the market set converts yen to dollars at the same 151.65: in dollars the rate sets agree
    assert.equal(rows[4]!.amortized, rows[5]!.amortized);
    assert.equal(rows[1]!.amortized, "$3.65M–$4.5M");
  });

  it("epochMethodSentences: the exact server power, the electricity of the run's year, the value left at training start", () => {
    const [power, energy, valued] = epochMethodSentences(assumptions());
    assert.equal(
      power,
      "Server power per GPU is (10.2 kW ÷ 8) ÷ 0.7 kW = 1.8214 × the chip's TDP, Epoch's DGX H100 figure, unrounded.",
    );
    assert.equal(
      energy,
      "Electricity is priced for 2024, the year of trainingStart (2024-09-01): $0.0771 per kWh, the US industrial average in Epoch AI's series (data/electricity-prices.csv).",
    );
    // 440 days ÷ 365.25 = 1.20 years; 10^(−0.14 × 1.2047) = 0.678
    assert.match(
      valued!,
      /^Hardware bought on 2023-06-19 and used from 2024-09-01 has 1\.20 years behind it: at 0\.14 orders of magnitude a year it keeps 10\^\(−0\.14 × 1\.20\) = 0\.678 of its price at training start\. This estimate charges the run on the price as given/,
    );
    assert.equal(
      epochMethodSentences(assumptions({ electricityPrice: 0.05 }))[1],
      "Electricity is priced at $0.05 per kWh, as given.",
    );
  });
});
