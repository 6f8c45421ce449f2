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
      ["JPY 4.5M", "JPY 4.0M → JPY 5.0M", "does not enter the rental view"],
    );
    // renting: 2,788,000 h × $2 = $5.58M, × $4.916 = $13.7M
    assert.equal(table[0]!.viewAt, "$5.58M → $13.7M");
    assert.equal(table[0]!.why, "its documented range");
    assert.deepEqual(unmovedRows(sensitivity({}, { view: "rental" })).slice(0, 2), ["the GPU", "GPUs bought"]);
  });
});
