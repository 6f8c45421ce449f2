import assert from "node:assert/strict";
import { programmeSensitivity as s } from "../../charts/fixtures.js";
import { sensitivityTable, tornadoBars, unmovedRows } from "../../../src/analysis/uncertainty/tornado-bars.js";
import { sensitivity } from "../../../src/assumptions/sensitivity.js";

describe("analysis/uncertainty/tornado-bars", () => {
  it("tornadoBars gives two bars per moving range and one per swapped choice, from the base, largest swing first", () => {
    const bars = tornadoBars(s);
    const moving = s.rows.filter((r) => r.swing > 0);
    const expected = moving.flatMap((r) =>
      r.kind === "swap"
        ? [[r.assumption, "other choice", r.atHigh]]
        : [
            [r.assumption, "low input", r.atLow],
            [r.assumption, "high input", r.atHigh],
          ],
    );
    assert.deepEqual(
      bars.map((b) => [b.assumption, b.end, b.value]),
      expected,
    );
    assert.ok(bars.every((b) => b.base === s.base));
  });

  it("tornadoBars writes each row in a reader's words and each input in its own unit: money as money, dates as dates, a swap by its other choice", () => {
    const purchase = tornadoBars(sensitivity({}, { view: "purchase" }));
    // the purchase view moves with the GPU count (2,000–3,000) and the price (¥4M–¥5M) only
    assert.deepEqual([...new Set(purchase.map((b) => b.label))].sort(), [
      "GPUs bought: 2,000 → 3,000",
      "price of one GPU: JPY 4.0M → JPY 5.0M",
    ]);
    const valued = tornadoBars(sensitivity({ valuation: "training-start" }, { view: "amortized" }));
    assert.ok(valued.some((b) => b.label === "date the final run started: 2024-05-04 → 2024-10-11"));
    assert.ok(valued.some((b) => b.label === "depreciation method → straight-line" && b.end === "other choice"));
    const multiplier = tornadoBars(s).find((b) => b.assumption === "experimentsMultiplier")!;
    assert.equal(multiplier.label, "experiments (× the final run): 1 → 4");
    assert.match(multiplier.rangeFrom, /^its documented range: held at 1 in the Monte Carlo/);
  });

  it("sensitivityTable lists every assumption with the reason a row does not move the view", () => {
    const table = sensitivityTable(sensitivity({}, { view: "rental" }));
    assert.equal(table.length, s.rows.length);
    const gpuPrice = table.find((r) => r.assumption === "gpuPrice")!;
    assert.deepEqual(
      [gpuPrice.central, gpuPrice.tried, gpuPrice.why],
      // in the view's currency, one currency for inputs and results: ¥4.5M ÷ 151.65 = $29,674; ¥4M → $26,376; ¥5M → $32,971
      ["$29.7K", "$26.4K → $33.0K", "does not enter the rental view"],
    );
    // renting: 2,788,000 h × $2 = $5.58M, × $4.916 = $13.7M
    assert.equal(table[0]!.viewAt, "$5.58M → $13.7M");
    // in yen, the dollar rental rate is written in yen too: $2 × 151.65 = JPY 303.3, $4.916 × 151.65 = JPY 745.5
    const yen = sensitivityTable(sensitivity({ currency: "JPY" }, { view: "rental" }));
    const rate = yen.find((r) => r.assumption === "rentalRate")!;
    assert.deepEqual([rate.tried, yen[0]!.viewAt], ["JPY 303 → JPY 746", "JPY 846M → JPY 2.08B"]);
    assert.equal(table[0]!.why, "its documented range");
    assert.deepEqual(unmovedRows(sensitivity({}, { view: "rental" })).slice(0, 2), ["the GPU", "GPUs bought"]);
  });
});
