import assert from "node:assert/strict";
import { assumptions } from "../../../src/assumptions/assumptions.js";
import { epochMethodSentences } from "../../../src/analysis/methods/epoch-method-sentences.js";

describe("analysis/methods/epoch-method-sentences", () => {
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
