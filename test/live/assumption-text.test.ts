import assert from "node:assert/strict";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { assumptionNames } from "../../src/assumptions/specs.js";
import { readSetValue } from "../../src/input/set-value.js";
import { assumptionText } from "../../src/live/assumption-text.js";

describe("live/assumption-text", () => {
  it("assumptionText writes each default as a reader would type it", () => {
    const a = assumptions();
    // electricity: the US industrial average for 2024, the year of the default trainingStart (data/electricity-prices.csv)
    assert.deepEqual(
      ["gpu", "gpuCount", "gpuPrice", "gpuHours", "rentalRate", "electricityPrice", "trainingStart"].map((n) =>
        assumptionText(a[n as keyof typeof a] as never),
      ),
      ["H800", "[2000,3000]", "400万～500万日元", "2788000", "$2–$4.916", "$0.0771", "2024-09-01"],
    );
  });

  it("every assumption's text reads back, through --set's rules and assumptions(), as the same value", () => {
    // 0.1 + 0.2 = 0.30000000000000004: no amount text holds it exactly, so it is written as JSON;
    // a price in euros needs the market rates, the set that has EUR
    const a = assumptions({
      electricityPrice: { low: 0.1 + 0.2, high: 0.5, currency: "EUR" },
      gpuCount: 2048,
      rates: "market",
    });
    for (const name of assumptionNames) {
      const text = assumptionText(a[name]);
      assert.deepEqual(assumptions({ rates: "market", [name]: readSetValue(text) })[name], a[name], `${name}: ${text}`);
    }
    assert.equal(assumptionText(a.electricityPrice), '{"low":0.30000000000000004,"high":0.5,"currency":"EUR"}');
  });

  it("assumptionText writes a kind of value it does not know (one added later) as JSON", () => {
    assert.equal(assumptionText({ kind: "triangular", mode: 2 } as never), '{"kind":"triangular","mode":2}');
  });
});
