import assert from "node:assert/strict";
import { simulation as sim } from "../../charts/fixtures.js";
import { monteCarloLines, monteCarloMarkers } from "../../../src/analysis/uncertainty/monte-carlo-markers.js";
import { summarize } from "../../../src/uncertainty/summary.js";
import { formatAmount } from "../../../src/amount/format-amount.js";

describe("analysis/uncertainty/monte-carlo-markers", () => {
  it("monteCarloMarkers writes each marker in the simulation's currency", () => {
    const [p05] = monteCarloMarkers(sim.amortized, "USD");
    assert.match(p05.text, /^\$\d\.\d\dM$/);
  });

  it("monteCarloMarkers refuses no draws", () => {
    assert.throws(() => monteCarloMarkers(new Float64Array(0), "USD"), {
      message: "invalid draws: {} (expected one or more draws)",
    });
  });
});

describe("analysis/uncertainty/monte-carlo-markers: monteCarloLines", () => {
  it("monteCarloLines gives the percentiles' standard errors, the inputs drawn and held, and the share below a reference", () => {
    const lines = monteCarloLines(sim, "amortized", 5_576_000);
    const s = summarize(sim.amortized)!;
    const m = (x: number) => formatAmount({ low: x, high: x, currency: "USD" });
    assert.equal(
      lines[0],
      `Monte Carlo standard error: 5th ±${m(s.standardErrors.p05)}, median ±${m(s.standardErrors.p50)}, 95th ±${m(s.standardErrors.p95)} (20,000 draws; 14 inputs drawn, 1 held).`,
    );
    const below = sim.amortized.filter((x) => x < 5_576_000).length;
    assert.equal(
      lines[1],
      `${((100 * below) / 20_000).toFixed(1)}% of the draws are below the reported $5.58M (black).`,
    );
  });
});
