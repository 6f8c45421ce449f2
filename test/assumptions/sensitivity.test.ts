import assert from "node:assert/strict";
import { sensitivity } from "../../src/assumptions/sensitivity.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { assumptionNames } from "../../src/assumptions/specs.js";

const close = (actual: number, expected: number, relative = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= Math.abs(expected) * relative, `${actual} ≠ ${expected}`);

describe("assumptions/sensitivity", () => {
  it("sensitivity() moves one assumption at a time between its ends, the rest at their central values", () => {
    const s = sensitivity({}, { view: "purchase" });
    // purchase = GPUs × price: with the price at its midpoint ¥4.5M, 2,000 vs 3,000 GPUs → ¥9.0B vs ¥13.5B (in USD at 151.65)
    const count = s.rows.find((r) => r.assumption === "gpuCount")!;
    close(count.atLow, (2000 * 4.5e6) / 151.65);
    close(count.atHigh, (3000 * 4.5e6) / 151.65);
    assert.equal(count.rangeFrom, "documented");
    // the base is every input at its central value: 2,500 × ¥4.5M
    close(s.base, (2500 * 4.5e6) / 151.65);
  });

  it("sensitivity() lists every assumption, two-sided around the central case, largest swing first", () => {
    const s = sensitivity({}, { view: "amortized" });
    assert.deepEqual([...s.rows.map((r) => r.assumption)].sort(), [...assumptionNames].sort());
    for (let i = 1; i < s.rows.length; i++) assert.ok(s.rows[i - 1]!.swing >= s.rows[i]!.swing);
    // GPU-hours: 2,664K to 3,073,120 around the reported 2,788K: the amortized cost moves both ways
    const hours = s.rows.find((r) => r.assumption === "gpuHours")!;
    assert.deepEqual([hours.inputLow, hours.central, hours.inputHigh], [2_664_000, 2_788_000, 3_073_120]);
    assert.ok(hours.atLow < s.base && hours.atHigh > s.base);
    // the amortized cost is linear in the hours: atLow ÷ base = 2,664 ÷ 2,788
    close(hours.atLow / s.base, 2_664_000 / 2_788_000, 1e-12);
    // rows that do not move the view are kept, last, with a reason
    const rental = s.rows.find((r) => r.assumption === "rentalRate")!;
    assert.equal(rental.swing, 0);
    assert.equal(rental.note, "does not enter the amortized view");
    const tdp = s.rows.find((r) => r.assumption === "tdpWatts")!;
    assert.match(tdp.note!, /^held: a rated figure of the chip/);
  });

  it("sensitivity() swaps each categorical choice: straight-line, training-start valuation, the market rate set", () => {
    const s = sensitivity({ gpuPrice: 30_000 }, { view: "amortized" });
    const e = estimate({ gpuPrice: 30_000 });
    const [, atStart, straight] = e.alternatives;
    const depreciation = s.rows.find((r) => r.assumption === "depreciation")!;
    assert.deepEqual(
      [depreciation.kind, depreciation.inputLow, depreciation.inputHigh],
      ["swap", "price-performance", "straight-line"],
    );
    // at a point price the central case is the estimate itself: the swap gives the straight-line alternative
    close(depreciation.atLow, e.amortized.low);
    close(depreciation.atHigh, straight!.low);
    close(s.rows.find((r) => r.assumption === "valuation")!.atHigh, atStart!.low);
    // a price in dollars converts alike under both rate sets
    const rates = s.rows.find((r) => r.assumption === "rates")!;
    assert.equal(rates.swing, 0);
    assert.equal(rates.note, "both rate sets convert this view's inputs alike");
  });

  it("sensitivity() holds an assumption given as a single value, and swings one given as a range over it", () => {
    const s = sensitivity({ pue: 1.1, experimentsMultiplier: [2, 4] }, { view: "programme" });
    const pue = s.rows.find((r) => r.assumption === "pue")!;
    assert.deepEqual([pue.rangeFrom, pue.swing, pue.note], ["given value", 0, "held at the value given"]);
    const m = s.rows.find((r) => r.assumption === "experimentsMultiplier")!;
    assert.equal(m.rangeFrom, "given range");
    // the multiplier is log-normal over 2–4: its central value is the median √(2 × 4) = 2.83, and the programme scales with it
    close(m.central as number, Math.sqrt(8));
    close(m.atHigh / m.atLow, 2);
    close(s.base / m.atLow, Math.sqrt(8) / 2);
  });

  it("sensitivity() tries the documented 1–4 for the experiments multiplier while it holds its default of 1", () => {
    const s = sensitivity({}, { view: "programme" });
    const m = s.rows.find((r) => r.assumption === "experimentsMultiplier")!;
    assert.equal(m.rangeFrom, "documented");
    close(m.atHigh / m.atLow, 4);
  });

  it("sensitivity() refuses an unknown view", () => {
    assert.throws(() => sensitivity({}, { view: "total" as never }), {
      message: 'invalid view: "total" (expected one of purchase, rental, reported, amortized, programme)',
    });
  });

  it("sensitivity() swaps the electricity year: nothing moves for V3 (trained and published in 2024), a 2023 start moves the energy", () => {
    const v3 = sensitivity({}, { view: "amortized" }).rows.find((r) => r.assumption === "electricityYear")!;
    assert.deepEqual([v3.kind, v3.inputLow, v3.inputHigh, v3.swing], ["swap", "training-start", "publication", 0]);
    assert.equal(v3.note, "the training start and the publication fall in years of the same price");
    // started 2023-11-01: $0.0806 a kWh (2023) against $0.0771 (2024, the report's year), on 3,332,531 kWh
    const early = sensitivity({ trainingStart: "2023-11-01" }, { view: "amortized" }).rows.find(
      (r) => r.assumption === "electricityYear",
    )!;
    // 2,788,000 h × 1.275 kW × 0.75 × 1.25 = 3,332,531.25 kWh × (0.0806 − 0.0771) = $11,663.86
    assert.ok(Math.abs(early.swing - 3_332_531.25 * 0.0035) < 1e-6);
    const given = sensitivity({ trainingStart: "2023-11-01", electricityPrice: 0.08 }, { view: "amortized" }).rows.find(
      (r) => r.assumption === "electricityYear",
    )!;
    assert.equal(given.note, "electricityPrice is given, so no year chooses it");
  });
});
