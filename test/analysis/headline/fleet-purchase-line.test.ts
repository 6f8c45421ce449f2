import assert from "node:assert/strict";
import { defaultEstimate as e } from "../../charts/fixtures.js";
import { fleetPurchaseLine } from "../../../src/analysis/headline/fleet-purchase-line.js";
import { estimate } from "../../../src/assumptions/estimate.js";

describe("analysis/headline/fleet-purchase-line", () => {
  it("fleetPurchaseLine writes the article's arithmetic in full, then compact and converted", () => {
    // 2,000 × ¥4,000,000 = ¥8,000,000,000; 3,000 × ¥5,000,000 = ¥15,000,000,000; ÷ 151.65 = $52.8M–$98.9M
    assert.equal(
      fleetPurchaseLine(e),
      "Fleet purchase: 2,000–3,000 GPUs × JPY 4,000,000–5,000,000 = JPY 8,000,000,000–15,000,000,000 (JPY 8.0B–15.0B; $52.8M–$98.9M at 1 USD = 151.65 JPY)",
    );
  });

  it("fleetPurchaseLine follows the GPU count: 2,048 × ¥4,000,000 = ¥8,192,000,000", () => {
    const line = fleetPurchaseLine(estimate({ gpuCount: 2048 }));
    assert.match(line, /^Fleet purchase: 2,048 GPUs × JPY 4,000,000–5,000,000 = JPY 8,192,000,000–10,240,000,000 \(/);
  });

  it("fleetPurchaseLine leaves out the conversion when the price is in the result currency", () => {
    assert.equal(
      fleetPurchaseLine(estimate({ currency: "JPY", gpuCount: 2048, gpuPrice: "400万日元" })),
      "Fleet purchase: 2,048 GPUs × JPY 4,000,000 = JPY 8,192,000,000 (JPY 8.19B)",
    );
  });
});
