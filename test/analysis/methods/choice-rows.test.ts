import assert from "node:assert/strict";
import { assumptions } from "../../../src/assumptions/assumptions.js";
import { choiceRows } from "../../../src/analysis/methods/choice-rows.js";

describe("analysis/methods/choice-rows", () => {
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
        ["electricityYear", "training-start", "as chosen"],
        ["electricityYear", "publication", ""],
      ],
    );
    // V3 trained (2024-09-01) and was published (2024-12-27) in 2024: both years give $0.0771 a kWh
    assert.equal(rows[6]!.amortized, rows[7]!.amortized);
    // the market set converts yen to dollars at the same 151.65: in dollars the rate sets agree
    assert.equal(rows[4]!.amortized, rows[5]!.amortized);
    assert.equal(rows[1]!.amortized, "$3.65M–$4.50M");
  });
});

describe("analysis/methods/choice-rows, the electricity year", () => {
  it("choiceRows re-derives the default electricity price for each year: a run started in 2023 and published in 2024", () => {
    const rows = choiceRows(assumptions({ trainingStart: "2023-11-01", valuation: "purchase" }));
    const [training, publication] = rows.filter((r) => r.choice === "electricityYear");
    // 2023: $0.0806 a kWh; 2024 (the report's year): $0.0771; the energy differs, so the amortized view does
    assert.notEqual(training!.amortized, publication!.amortized);
    // with the price given, the year chooses nothing
    const given = choiceRows(assumptions({ trainingStart: "2023-11-01", electricityPrice: 0.08 }));
    const [a, b] = given.filter((r) => r.choice === "electricityYear");
    assert.equal(a!.amortized, b!.amortized);
  });
});
