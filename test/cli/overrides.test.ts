import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GpuCostError } from "../../src/errors/error.js";
import { loadParametersFile, mergeOverrides, parseSet } from "../../src/cli/overrides.js";
import { loadScenario, scenarioNames } from "../../src/node/scenarios.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { assumptionNames } from "../../src/assumptions/specs.js";

describe("cli/overrides", () => {
  it("parseSet(key=value) reads the value as JSON when it parses, else as text", () => {
    assert.deepEqual(parseSet("gpuCount=2048"), ["gpuCount", 2048]);
    assert.deepEqual(parseSet('gpuCount={"low":2000,"high":3000}'), ["gpuCount", { low: 2000, high: 3000 }]);
    assert.deepEqual(parseSet("gpuPrice=400万～500万日元"), ["gpuPrice", "400万～500万日元"]);
    assert.deepEqual(parseSet("currency=JPY"), ["currency", "JPY"]);
    assert.deepEqual(parseSet("note=a=b"), ["note", "a=b"], "only the first = separates");
  });

  it("parseSet refuses an argument without key=", () => {
    for (const arg of ["gpuCount", "=3"]) {
      assert.throws(
        () => parseSet(arg),
        (e: unknown) =>
          e instanceof GpuCostError && e.message === `invalid --set: ${JSON.stringify(arg)} (expected key=value)`,
      );
    }
  });

  it("mergeOverrides(scenario, file, set) lets later sources win key by key", () => {
    assert.deepEqual(mergeOverrides({ gpuCount: 1, pue: 1.1 }, { gpuCount: 2 }, { currency: "JPY" }), {
      gpuCount: 2,
      pue: 1.1,
      currency: "JPY",
    });
  });

  it("mergeOverrides keeps every key an own field, __proto__ too, so that assumptions() sees and refuses it", () => {
    const file = JSON.parse('{"__proto__": {"gpuCount": 1}}') as Record<string, unknown>;
    const merged = mergeOverrides({ pue: 1.1 }, file, {});
    // Object.assign would have set the prototype: gpuCount 1 read by assumptions(), never injected
    assert.equal(Object.getPrototypeOf(merged), Object.prototype);
    assert.deepEqual(Object.keys(merged), ["pue", "__proto__"]);
    assert.equal((merged as { gpuCount?: unknown }).gpuCount, undefined);
    assert.throws(() => assumptions(merged), {
      message: `unknown assumption "__proto__" (known: ${assumptionNames.join(", ")})`,
    });
    const set = Object.fromEntries([parseSet('__proto__={"gpuCount":1}')]);
    assert.deepEqual(Object.keys(mergeOverrides(set)), ["__proto__"]);
  });

  it("the shipped scenarios load, carry a description and sources, and pass the library's validation", async () => {
    const names = await scenarioNames();
    assert.deepEqual(names, ["article", "deepseek-paper", "full-programme", "spec-speed"]);
    for (const name of names) {
      const scenario = await loadScenario(name);
      assert.ok(scenario.description.length > 20, name);
      for (const source of scenario.sources) assert.match(source.url, /^https:\/\//, name);
      assumptions(scenario.assumptions);
    }
    // the paper's figures: 2,048 GPUs; 2,664K + 119K + 5K = 2,788K GPU-hours
    assert.deepEqual((await loadScenario("deepseek-paper")).assumptions, {
      gpuCount: 2048,
      gpuHours: 2_664_000 + 119_000 + 5_000,
    });
    assert.deepEqual((await loadScenario("full-programme")).assumptions, {
      experimentsMultiplier: { low: 2, high: 4 },
    });
  });

  it("loadScenario(unknown) lists the known scenarios, and refuses path-like names", async () => {
    for (const name of ["artcle", "../package"]) {
      await assert.rejects(
        loadScenario(name),
        (e: unknown) =>
          e instanceof GpuCostError &&
          e.message ===
            `invalid scenario: ${JSON.stringify(name)} (expected one of: article, deepseek-paper, full-programme, spec-speed)`,
      );
    }
  });

  it("loadParametersFile(path) reads a JSON object and refuses anything else", async () => {
    const dir = await mkdtemp(join(tmpdir(), "params-"));
    try {
      await writeFile(join(dir, "ok.json"), '{"gpuCount": 2048}');
      await writeFile(join(dir, "list.json"), "[1]");
      assert.deepEqual(await loadParametersFile(join(dir, "ok.json")), { gpuCount: 2048 });
      const expected = "a JSON object of assumptions";
      await assert.rejects(loadParametersFile(join(dir, "list.json")), {
        message: `invalid parameters file: ${join(dir, "list.json")} (expected ${expected}: it is an array)`,
      });
      await assert.rejects(loadParametersFile(join(dir, "none.json")), {
        message: `invalid parameters file: ${join(dir, "none.json")} (expected ${expected}: no such file)`,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("loadParametersFile(path) reads UTF-8 with a byte-order mark, and refuses UTF-16 naming the encoding", async () => {
    const dir = await mkdtemp(join(tmpdir(), "params-"));
    try {
      const json = '{"gpuCount": 2048}';
      // EF BB BF: the UTF-8 byte-order mark some editors write, which the CSV loaders accept too
      await writeFile(join(dir, "bom.json"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]));
      assert.deepEqual(await loadParametersFile(join(dir, "bom.json")), { gpuCount: 2048 });
      // FF FE then UTF-16LE: Windows Notepad's "Unicode"
      await writeFile(
        join(dir, "utf16.json"),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, "utf16le")]),
      );
      await assert.rejects(loadParametersFile(join(dir, "utf16.json")), {
        message: `invalid ${join(dir, "utf16.json")} line 1: a UTF-16 (little-endian) byte-order mark, FF FE (expected UTF-8 text: save the file as UTF-8)`,
      });
      // UTF-16BE without a mark: the NUL before "{"
      await writeFile(join(dir, "be.json"), Buffer.from(json, "utf16le").swap16());
      await assert.rejects(loadParametersFile(join(dir, "be.json")), {
        message: `invalid ${join(dir, "be.json")} line 1, byte 1: a NUL byte, as UTF-16 text has beside every ASCII character (expected UTF-8 text: save the file as UTF-8)`,
      });
      // Latin-1: é is E9, not UTF-8
      await writeFile(join(dir, "latin1.json"), Buffer.from('{"gpu": "\u00e9"}', "latin1"));
      await assert.rejects(loadParametersFile(join(dir, "latin1.json")), {
        message: `invalid ${join(dir, "latin1.json")} line 1, byte 10: a byte that is not UTF-8 (expected UTF-8 text: save the file as UTF-8)`,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
