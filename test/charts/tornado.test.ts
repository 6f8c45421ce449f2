import assert from "node:assert/strict";
import { sensitivity } from "../../src/assumptions/sensitivity.js";
import { tornadoBars, tornadoChart } from "../../src/charts/tornado.js";
import { programmeSensitivity as s } from "./fixtures.js";
import { matchSnapshot } from "./snapshot.js";

describe("charts/tornado", () => {
  it("tornadoChart(sensitivity({}, { view: 'programme' })) matches its snapshot", () => {
    matchSnapshot("tornado", tornadoChart(s));
  });

  it("tornadoBars gives two bars per assumption, from the base to the view at each end, largest swing first", () => {
    const bars = tornadoBars(s);
    assert.equal(bars.length, 2 * s.rows.length);
    s.rows.forEach((row, i) => {
      const [low, high] = [bars[2 * i]!, bars[2 * i + 1]!];
      assert.deepEqual([low.assumption, low.end, low.value, low.base], [row.assumption, "low input", row.atLow, s.base]);
      assert.deepEqual([high.assumption, high.end, high.value], [row.assumption, "high input", row.atHigh]);
    });
    const swings = s.rows.map((r) => r.swing);
    assert.deepEqual(swings, [...swings].sort((x, y) => y - x));
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

  it("tornadoChart keeps the `limit` largest rows and says how many it left out", () => {
    const spec = tornadoChart(s, { limit: 2 }) as { data: { values: unknown[] }; title: { subtitle: string[] } };
    assert.equal(spec.data.values.length, 4);
    assert.equal(spec.title.subtitle[1], `${s.rows.length - 2} smaller rows left out (limit 2).`);
    assert.throws(() => tornadoChart(s, { limit: 0 }), { message: "invalid limit: 0 (expected a positive whole number)" });
  });
});
