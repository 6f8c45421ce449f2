import assert from "node:assert/strict";
import { compile } from "vega-lite";
import { allCharts } from "./all-charts.js";
import { VEGA_LITE_SCHEMA } from "../../src/charts/spec.js";
import { asVegaLite } from "../../src/charts/vega-lite-spec.js";
import { renderVegaLiteSvg } from "../../src/runner/static-chart.js";

describe("charts: every spec is valid Vega-Lite 5", () => {
  for (const [name, spec] of Object.entries(allCharts)) {
    it(`${name} compiles with vega-lite's compile(), with inline data only`, () => {
      assert.equal(spec.$schema, VEGA_LITE_SCHEMA);
      const warnings: string[] = [];
      const logger = {
        level: () => logger,
        warn: (...m: unknown[]) => (warnings.push(m.join(" ")), logger),
        info: () => logger,
        debug: () => logger,
        error: (...m: unknown[]) => {
          throw new Error(m.join(" "));
        },
      };
      const compiled = compile(asVegaLite(spec), { logger: logger as never }).spec;
      assert.ok(Array.isArray(compiled.marks) && compiled.marks.length > 0);
      assert.deepEqual(warnings, [], `${name} compiles without warnings`);
      assert.ok(!JSON.stringify(spec).includes('"url"'), "no data URLs");
    });
  }

  it("the money axis labels render as compact figures with the currency symbol", async function () {
    this.timeout(20_000);
    const svg = await renderVegaLiteSvg(allCharts["break-even"]);
    // the y axis of one GPU's cumulative cost runs in tens of thousands of dollars
    assert.match(svg, />\$50K</);
    assert.match(svg, />\$0</);
  });
});
