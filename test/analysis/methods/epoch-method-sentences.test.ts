import assert from "node:assert/strict";
import { assumptions } from "../../../src/assumptions/assumptions.js";
import { epochMethodSentences } from "../../../src/analysis/methods/epoch-method-sentences.js";

describe("analysis/methods/epoch-method-sentences", () => {
  it("epochMethodSentences: the server power for the GPU (the H800's a stated choice beside Epoch's 1.8), the electricity year named whose, the value left at training start", () => {
    const [power, energy, valued] = epochMethodSentences(assumptions());
    assert.equal(
      power,
      'Server power per GPU is 1.8214 × the chip\'s TDP, this project\'s choice for the H800: Epoch\'s figure for the "NVIDIA H100 SXM5 80GB" (cost_analysis_standalone.py:456 @ 263c40a, `return (10.2 / 8) / 0.7`), because an H800 is a cut-down H100 (the same SXM5 board at 700 W in the same 8-GPU servers, NVLink cut to 400 GB/s); Epoch\'s code gives the "NVIDIA H800 SXM5" 1.8 (cost_analysis_standalone.py:462 @ 263c40a, `return 1.8`), its value for any GPU without "H100", "A100" or "V100" in its name.',
    );
    assert.equal(
      energy,
      "Electricity is priced for 2024, the year of trainingStart (2024-09-01), this project's choice: $0.0771 per kWh, the US industrial average in Epoch AI's series (data/electricity-prices.csv). Epoch's code keys it by the year of publication (2024 for the report of 2024-12-27), the same year here.",
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

  it("epochMethodSentences follows the GPU: the A100 gets Epoch's DGX A100 figure, (6.5 ÷ 8) ÷ 0.4 = 2.03135", () => {
    const [power, energy] = epochMethodSentences(assumptions({ gpu: "A100", electricityYear: "publication" }));
    assert.equal(
      power,
      "Server power per GPU is 2.0313 × the chip's TDP, Epoch's value for the \"NVIDIA A100 SXM4 80 GB\" (cost_analysis_standalone.py:458 @ 263c40a, `return (6.5 / 8) / 0.4`).",
    );
    assert.match(
      energy!,
      /^Electricity is priced for 2024, the year of publication \(2024-12-27\), as Epoch's code calls energy_price/,
    );
    assert.match(
      epochMethodSentences(assumptions({ serverPowerRatio: 2 }))[0]!,
      /^Server power per GPU is 2 × the chip's TDP, as given; Epoch's code gives the "NVIDIA H800 SXM5" 1\.8/,
    );
  });
});
