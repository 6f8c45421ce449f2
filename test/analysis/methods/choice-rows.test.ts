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
      ],
    );
    // the market set converts yen to dollars at the same 151.65: in dollars the rate sets agree
    assert.equal(rows[4]!.amortized, rows[5]!.amortized);
    assert.equal(rows[1]!.amortized, "$3.65M–$4.5M");
  });
});
