import assert from "node:assert/strict";
import { programmeSensitivity as s } from "../charts/fixtures.js";
import { tornadoBars } from "../../src/analysis/tornado-bars.js";
import { sensitivity } from "../../src/assumptions/sensitivity.js";

describe("analysis/tornado-bars", () => {
  it("tornadoBars gives two bars per assumption, from the base to the view at each end, largest swing first", () => {
    const bars = tornadoBars(s);
    assert.equal(bars.length, 2 * s.rows.length);
    s.rows.forEach((row, i) => {
      const [low, high] = [bars[2 * i]!, bars[2 * i + 1]!];
      assert.deepEqual(
        [low.assumption, low.end, low.value, low.base],
        [row.assumption, "low input", row.atLow, s.base],
      );
      assert.deepEqual([high.assumption, high.end, high.value], [row.assumption, "high input", row.atHigh]);
    });
    const swings = s.rows.map((r) => r.swing);
    assert.deepEqual(
      swings,
      [...swings].sort((x, y) => y - x),
    );
  });

  it("tornadoBars writes each input's ends in its own unit: money as money, quantities as numbers", () => {
    const bars = tornadoBars(sensitivity({}, { view: "purchase" }));
    const labels = [...new Set(bars.map((b) => b.label))];
    // the purchase view moves with the GPU count (2,000–3,000) and the price (¥4M–¥5M) only
    assert.deepEqual(labels.sort(), ["gpuCount: 2,000 → 3,000", "gpuPrice: ¥4.0M → ¥5.0M"]);
    const plausible = tornadoBars(s).find((b) => b.assumption === "experimentsMultiplier")!;
    assert.equal(plausible.label, "experimentsMultiplier: 1 → 4");
    assert.match(plausible.rangeFrom, /^its plausible range: /);
  });
});
