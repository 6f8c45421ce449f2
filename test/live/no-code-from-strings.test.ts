import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { liveCharts } from "../../src/live/live-figures.js";
import { monteCarloCharts } from "../../src/live/monte-carlo-figures.js";
import { PACKAGE_ROOT } from "../../src/node/package-root.js";

// The live page's Content-Security-Policy has no 'unsafe-eval': a library call that builds a
// function from text (Arquero's `table.objects()`, `derive` and `filter` do) stops the page.
// Node's --disallow-code-generation-from-strings makes such a call throw here as it does there.
describe("live page's work without code generated from strings (its CSP has no 'unsafe-eval')", () => {
  it("estimates, draws every chart and runs the Monte Carlo for the defaults, every scenario and typed boxes", async function () {
    this.timeout(60_000);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        "--disallow-code-generation-from-strings",
        "--import",
        "tsx",
        join("test", "live", "fixtures", "live-without-eval.ts"),
      ],
      { cwd: PACKAGE_ROOT },
    );
    const { cases } = JSON.parse(stdout) as {
      cases: { name: string; charts: number; svgBytes: number; headlineRows: number; findings: number }[];
    };
    const scenarios = readdirSync(join(PACKAGE_ROOT, "data", "scenarios")).filter((f) => f.endsWith(".json"));
    assert.deepEqual(
      cases.map((c) => c.name),
      ["defaults", ...scenarios.map((f) => f.slice(0, -5)), "typed in the panel"],
    );
    for (const c of cases) {
      // four live charts (the cost ladder first) and two Monte Carlo charts, each a real SVG (more than an empty frame)
      assert.equal(c.charts, liveCharts.length + monteCarloCharts.length, c.name);
      assert.ok(c.svgBytes > c.charts * 5_000, `${c.name}: ${c.svgBytes} bytes of SVG`);
      assert.ok(c.headlineRows > 0, c.name);
      assert.ok(c.findings >= 4, `${c.name}: ${c.findings} findings`);
    }
  });
});
