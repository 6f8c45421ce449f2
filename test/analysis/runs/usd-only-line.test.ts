import assert from "node:assert/strict";
import { usdOnlyLine } from "../../../src/analysis/runs/usd-only-line.js";
import { throwsText } from "../../throws-text.js";

describe("analysis/runs/usd-only-line", () => {
  it("usdOnlyLine says the notebook is in US dollars, and that another currency asked for is not applied", () => {
    assert.match(usdOnlyLine("USD"), /^In US dollars, the currency the costs compared here are published in/);
    assert.match(usdOnlyLine("JPY"), /^currency = "JPY" is not applied here: this notebook is in US dollars only, /);
    throwsText(() => usdOnlyLine("GBP"), 'invalid currency: "GBP" (expected one of USD, JPY, CNY, EUR)');
  });
});
