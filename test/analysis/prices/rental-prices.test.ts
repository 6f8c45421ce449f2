import assert from "node:assert/strict";
import { rentalPriceRows, rentalRateRange, trainingWindow } from "../../../src/analysis/prices/rental-prices.js";
import { assumptions } from "../../../src/assumptions/assumptions.js";

describe("analysis/prices/rental-prices", () => {
  it("rentalRateRange(): the 2024 H100/H800 SXM prices, market only, each offer once: $2.00 to $4.916, median $3.49", () => {
    const r = rentalRateRange();
    // 13 prices once each: 2.00 2.59 2.99 3.29 3.42 3.45 3.49 3.49 3.62 3.95 3.99 4.78 4.916 → the 7th is 3.49
    assert.deepEqual([r.low, r.median, r.high, r.n], [2, 3.49, 4.916, 13]);
    // NovoNimbus listed 4.78 four times on 2024-02-14: counted once
    assert.equal(
      r.ids.filter((id) =>
        [
          "epoch-hwp-374-on-demand",
          "epoch-hwp-379-on-demand",
          "epoch-hwp-381-on-demand",
          "epoch-hwp-386-on-demand",
        ].includes(id),
      ).length,
      1,
    );
    // DeepSeek's own $2 is the figure tested: left out (the $2.00 low end is Latent Space's late-2024 market level)
    assert.ok(!r.ids.includes("deepseek-v3-h800-assumed-rental"));
    assert.ok(r.ids.includes("latent-space-h100-market-2024-10"));
    // no PCIe card counts: Lambda's $2.49 H100 PCIe would have been the second lowest
    assert.ok(!r.ids.includes("epoch-hwp-353-on-demand"));
  });

  it("rentalRateRange() for another year or GPU, and an error when nothing matches", () => {
    // the H800 alone in 2024: CR8DL's $3.42 on 2024-08-24
    const h800 = rentalRateRange(undefined, { hardware: ["H800"] });
    assert.deepEqual([h800.low, h800.high, h800.n], [3.42, 3.42, 1]);
    assert.throws(() => rentalRateRange(undefined, { year: 2030 }), {
      message:
        "no rental prices per GPU-hour for H100, H800 in 2030 in data/hardware-prices.csv (expected at least one to derive a range from)",
    });
    assert.throws(() => rentalRateRange(undefined, { hardware: ["B200"] }), {
      message: 'invalid hardware: ["B200"] (expected a non-empty list of H100, H800, H20, A100, A800)',
    });
  });

  it("rentalPriceRows: every rental price of the GPUs asked, in date order, marked when it counts towards the range", () => {
    const rows = rentalPriceRows();
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1]!.date <= rows[i]!.date);
    assert.equal(rows.filter((r) => r.inRange).length, rentalRateRange().n);
    const deepseek = rows.find((r) => r.id === "deepseek-v3-h800-assumed-rental")!;
    assert.deepEqual([deepseek.basis, deepseek.inRange, deepseek.priceText], ["assumed-rental", false, "$2"]);
  });
});

describe("analysis/prices/rental-prices: trainingWindow", () => {
  it("trainingWindow: from trainingStart for the GPU-hours over 2,048 GPUs around the clock, and the report's date", () => {
    // 2,788,000 h ÷ 2,048 ÷ 24 = 56.72 days: 2024-09-01 + 56.72 → 2024-10-27
    assert.deepEqual(trainingWindow(assumptions()), {
      start: "2024-09-01",
      end: "2024-10-27",
      published: "2024-12-27",
    });
    assert.throws(() => trainingWindow(assumptions(), { gpus: 0 }), {
      message: "invalid gpus: 0 (expected a positive whole number)",
    });
  });
});
