import assert from "node:assert/strict";
import { defaultEstimate as e } from "../charts/fixtures.js";
import { fleetPurchaseLine, timesReportedSentences } from "../../src/analysis/estimate-sentences.js";
import { estimate } from "../../src/assumptions/estimate.js";

describe("analysis/estimate-sentences", () => {
  it("fleetPurchaseLine writes the article's arithmetic in full, then compact and converted", () => {
    // 2,000 × ¥4,000,000 = ¥8,000,000,000; 3,000 × ¥5,000,000 = ¥15,000,000,000; ÷ 151.65 = $52.8M–$98.9M
    assert.equal(
      fleetPurchaseLine(e),
      "Fleet purchase: 2,000–3,000 GPUs × ¥4,000,000–¥5,000,000 = ¥8,000,000,000–¥15,000,000,000 (¥8.0B–¥15.0B; $52.8M–$98.9M at 1 USD = 151.65 JPY)",
    );
  });

  it("fleetPurchaseLine follows the GPU count: 2,048 × ¥4,000,000 = ¥8,192,000,000", () => {
    const line = fleetPurchaseLine(estimate({ gpuCount: 2048 }));
    assert.match(line, /^Fleet purchase: 2,048 GPUs × ¥4,000,000–¥5,000,000 = ¥8,192,000,000–¥10,240,000,000 \(/);
  });

  it("fleetPurchaseLine leaves out the conversion when the price is in the result currency", () => {
    assert.equal(
      fleetPurchaseLine(estimate({ currency: "JPY", gpuCount: 2048, gpuPrice: "400万日元" })),
      "Fleet purchase: 2,048 GPUs × ¥4,000,000 = ¥8,192,000,000 (¥8.19B)",
    );
  });

  it("timesReportedSentences divides each view by the reported figure, as estimate().timesReported does", () => {
    const [purchase, allIn, rental] = timesReportedSentences(e);
    assert.equal(
      purchase,
      "Buying the fleet's GPUs costs 9.5–17.7× the reported figure ($52.8M–$98.9M against $5.58M).",
    );
    // rental: 2,788,000 h × $2 ÷ $5,576,000 = 1.0; × $4.916 ÷ $5,576,000 = 2.458
    assert.equal(
      rental,
      "Renting the final run's GPU-hours costs 1.0–2.5× the reported figure ($5.58M–$13.7M against $5.58M).",
    );
    const t = e.purchase.allIn;
    assert.ok(allIn!.includes(`${(t.low / e.reported.low).toFixed(1)}–${(t.high / e.reported.low).toFixed(1)}×`));
  });
});
