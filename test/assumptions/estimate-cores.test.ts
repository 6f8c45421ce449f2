/**
 * Validated values go to the cores, not back through the doors (STYLE.md, habit 3; issue 19):
 * once `assumptions()` has checked everything, `estimate()`, `simulate()`, `sensitivity()` and
 * `turningPoints()` compute every view from the validated values, and enter neither the input
 * readers (src/input/) nor the amount reader again (each default is read once, then kept). Counted in a child process whose readers are
 * wrapped as they load (test/helpers/input-probe.mjs); the library's source is as it ships.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { PACKAGE_ROOT } from "../../src/node/package-root.js";

/** The calls each reader received while `code` ran, after the imports, the defaults and `const a = assumptions(…)`. */
function readsDuring(code: string): Record<string, number> {
  const src = (m: string) => JSON.stringify(`${PACKAGE_ROOT}/src/${m}`);
  const script = `
    const { useNodeDataFiles } = await import(${src("node/data-files.ts")});
    const { assumptions } = await import(${src("assumptions/assumptions.ts")});
    const { estimate } = await import(${src("assumptions/estimate.ts")});
    const { simulate } = await import(${src("assumptions/simulate.ts")});
    const { sensitivity } = await import(${src("assumptions/sensitivity.ts")});
    const { turningPoints } = await import(${src("assumptions/turning-points.ts")});
    const { purchaseCost } = await import(${src("cost/purchase.ts")});
    useNodeDataFiles();
    assumptions(); // every default read once: they are kept (src/assumptions/assumptions.ts, readDefault)
    const a = assumptions({ gpuPrice: "400万～500万日元", valuation: "training-start" });
    for (const k of Object.keys(globalThis.__inputReads)) globalThis.__inputReads[k] = 0;
    ${code};
    console.log(JSON.stringify(globalThis.__inputReads));`;
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "--import", "./test/helpers/input-probe.mjs", "--input-type=module", "-e", script],
    { cwd: PACKAGE_ROOT, encoding: "utf8" },
  );
  return JSON.parse(out) as Record<string, number>;
}

const none = { asRange: 0, asMoneyRange: 0, parseAmount: 0, parseAmounts: 0 };

describe("assumptions/estimate-cores: the views' cores, given validated values", function () {
  this.timeout(60_000);

  it("estimate(a) of validated assumptions enters no input reader and no amount reader", () => {
    assert.deepEqual(readsDuring("estimate(a)"), none);
  });

  it("simulate, sensitivity and turningPoints of validated assumptions enter none either", () => {
    assert.deepEqual(
      readsDuring(
        `simulate(a, { n: 1000 }); sensitivity(a, { view: "amortized" }); sensitivity(a); turningPoints(a); turningPoints(a, { view: "programme" })`,
      ),
      none,
    );
  });

  it("the probe counts: a view's door reads its inputs, and estimate of overrides reads the values given, once", () => {
    // purchaseCost's door: gpuCount, serverOverhead and interconnectFraction as ranges, gpuPrice as money from text
    assert.deepEqual(readsDuring(`purchaseCost({ gpuCount: 2048, gpuPrice: "400万日元" })`), {
      asRange: 3,
      asMoneyRange: 1,
      parseAmount: 1,
      parseAmounts: 0,
    });
    // estimate of overrides: assumptions() reads the one value given (the text through the amount reader), once
    assert.deepEqual(readsDuring(`estimate({ gpuPrice: "400万～500万日元" })`), {
      asRange: 0,
      asMoneyRange: 1,
      parseAmount: 1,
      parseAmounts: 0,
    });
  });
});
