import assert from "node:assert/strict";
import { allCharts } from "./all-charts.js";
import { seriesKeys, seriesNames } from "../../src/format/series.js";
import { colorScale, palette } from "../../src/charts/palette.js";

/** Every colour scale in a spec whose domain names series: `[name, colour]` pairs. */
function seriesColours(spec: unknown): [string, string][] {
  const found: [string, string][] = [];
  const names = new Set(Object.values(seriesNames));
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const scale = (node as { scale?: { domain?: unknown; range?: unknown } }).scale;
    const [domain, range] = [scale?.domain, scale?.range];
    if (Array.isArray(domain) && Array.isArray(range) && domain.every((d) => names.has(d as string))) {
      domain.forEach((d, i) => found.push([d as string, range[i] as string]));
    }
    Object.values(node).forEach(walk);
  };
  walk(spec);
  return found;
}

/** Charts of figures that are not costs (fleet sizes): coloured by the status of their figures, not by cost view. */
const NOT_COSTS = new Set(["fleet-share"]);

describe("charts/palette", () => {
  it("colorScale(keys) maps legend names to colours in palette order, whatever order the keys come in", () => {
    assert.deepEqual(colorScale(["reported", "rental"]), {
      domain: ["Rental price", "Reported by the lab"],
      range: [palette.rental, palette.reported],
    });
    assert.equal(colorScale().domain.length, seriesKeys.length);
    assert.equal(new Set(Object.values(palette)).size, seriesKeys.length, "one colour per series");
  });

  it("every chart colours each cost view with the palette's colour", () => {
    const byName = new Map(seriesKeys.map((k) => [seriesNames[k], palette[k]]));
    for (const [name, spec] of Object.entries(allCharts)) {
      if (NOT_COSTS.has(name)) {
        assert.deepEqual(seriesColours(spec), [], `${name} shows no cost view`);
        continue;
      }
      const pairs = seriesColours(spec);
      assert.ok(pairs.length > 0, `${name} has a series colour scale`);
      for (const [series, colour] of pairs) assert.equal(colour, byName.get(series), `${name}: ${series}`);
    }
  });
});
