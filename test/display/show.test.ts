import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { kernelDisplay, show, VEGA_LITE_MIME } from "../../src/display/show.js";
import { allCharts } from "../charts/all-charts.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
type Hook = { __tslab__?: unknown };

/** Runs `body` as if inside a tslab kernel: `__tslab__.require("tslab")` answers a display that records its calls. */
function inFakeKernel(body: () => void): [string, unknown][] {
  const calls: [string, unknown][] = [];
  const display = { raw: (mime: string, value: unknown) => void calls.push([mime, value]) };
  const g = globalThis as Hook;
  const before = g.__tslab__;
  g.__tslab__ = { require: (id: string) => (id === "tslab" ? { display } : undefined) };
  try {
    body();
  } finally {
    if (before === undefined) delete g.__tslab__;
    else g.__tslab__ = before;
  }
  return calls;
}

describe("display/show", () => {
  it("show(spec) sends the spec once, as application/vnd.vegalite.v5+json, and returns nothing", () => {
    const spec = allCharts["cost-comparison"]!;
    let returned: unknown = "not called";
    const calls = inFakeKernel(() => (returned = show(spec)));
    assert.deepEqual(calls, [[VEGA_LITE_MIME, spec]]);
    assert.equal(returned, undefined, "a cell ending in show() prints no spec text");
  });

  it("show(spec) outside a tslab kernel fails with a message saying so", () => {
    assert.equal(kernelDisplay(), undefined);
    assert.throws(() => show(allCharts.tornado!), {
      message:
        "cannot show(): no tslab kernel is running (expected a call from a notebook cell; outside one, save the spec with JSON.stringify)",
    });
  });

  it("show checks its input", () => {
    assert.throws(() => inFakeKernel(() => show("bar" as never)), {
      message: 'invalid spec: "bar" (expected a Vega-Lite spec object, from a chart builder)',
    });
  });

  it("importing the library outside a kernel does not load tslab", function () {
    this.timeout(30_000);
    const script = `await import(${JSON.stringify(`${ROOT}src/index.ts`)});
      const { createRequire } = await import("node:module");
      const cache = createRequire(import.meta.url).cache;
      console.log(Object.keys(cache).filter((k) => k.includes("/node_modules/tslab/")).length);`;
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
    });
    assert.equal(out.trim(), "0");
  });
});
