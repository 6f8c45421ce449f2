import assert from "node:assert/strict";
import { readOverrides } from "../../src/live/read-controls.js";
import { drawnFigures, liveFigures } from "../../src/live/live-figures.js";
import { DEFAULTS_HASH, hashOf, langOfHash, overridesOfHash, sameOverrides } from "../../src/live/overrides-hash.js";

describe("live/overrides-hash", () => {
  it("hashOf writes each changed assumption as --set does; overridesOfHash reads it back", () => {
    const overrides = { gpuCount: 2048, gpuPrice: "400万～500万日元", experimentsMultiplier: { low: 2, high: 4 } };
    const hash = hashOf(overrides, {});
    assert.equal(
      hash,
      "#gpuCount=2048&gpuPrice=400%E4%B8%87%EF%BD%9E500%E4%B8%87%E6%97%A5%E5%85%83&experimentsMultiplier=%7B%22low%22%3A2%2C%22high%22%3A4%7D",
    );
    assert.deepEqual(overridesOfHash(hash), overrides);
  });

  it("the headline case is kept in the hash with the other assumptions, and the findings follow it", () => {
    const hash = hashOf({ case: "minimax-m1", gpuCount: 1024 }, {});
    assert.equal(hash, "#case=minimax-m1&gpuCount=1024");
    const back = overridesOfHash(hash)!;
    assert.deepEqual(back, { case: "minimax-m1", gpuCount: 1024 });
    const reading = readOverrides(back);
    assert.equal(reading.assumptions!.case.id, "minimax-m1");
    const { findings } = drawnFigures(liveFigures(reading.assumptions!), undefined);
    // 512 GPUs × 1,024 set here: the GPU-hours stay the case's 258,048 (512 × 3 weeks)
    assert.match(findings[0]!.text, /^MiniMax's \$534,700 for MiniMax-M1 is 258K H800 GPU-hours at an implied/);
  });

  it("the report's own run has no hash, and every default a hash of its own when the run changed some", () => {
    const run = { gpuCount: 2048 };
    assert.equal(hashOf({ gpuCount: 2048 }, run), "");
    assert.equal(hashOf({}, run), DEFAULTS_HASH);
    assert.deepEqual(overridesOfHash(DEFAULTS_HASH), {});
    assert.equal(overridesOfHash(""), undefined);
  });

  it("overridesOfHash leaves an anchor (a section's id, no '=') alone, and keeps unknown names for assumptions() to refuse", () => {
    assert.equal(overridesOfHash("#nb-03-assumptions"), undefined);
    assert.deepEqual(overridesOfHash("#gpuCont=2048"), { gpuCont: 2048 });
  });

  it("the language rides in the hash after the assumptions; overridesOfHash ignores it, langOfHash reads it", () => {
    assert.equal(hashOf({ gpuCount: 2048 }, {}, "ja"), "#gpuCount=2048&lang=ja");
    assert.equal(hashOf({}, {}, "zh"), "#lang=zh");
    assert.equal(hashOf({}, { gpuCount: 2048 }, "zh"), "#defaults&lang=zh");
    assert.deepEqual(overridesOfHash("#gpuCount=2048&lang=ja"), { gpuCount: 2048 });
    // the report's own run in another language: no assumptions in the hash
    assert.equal(overridesOfHash("#lang=ja"), undefined);
    assert.deepEqual(overridesOfHash("#defaults&lang=zh"), {});
    assert.equal(langOfHash("#gpuCount=2048&lang=ja"), "ja");
    assert.equal(langOfHash("#defaults&lang=zh"), "zh");
    assert.equal(langOfHash("#gpuCount=2048"), undefined);
    assert.equal(langOfHash("#lang=fr"), undefined);
    assert.equal(langOfHash("#nb-03-assumptions"), undefined);
  });

  it("sameOverrides compares values, not key order, and reads undefined as absent", () => {
    assert.ok(sameOverrides({ a: { low: 1, high: 2 }, b: 1 }, { b: 1, a: { high: 2, low: 1 } }));
    assert.ok(sameOverrides({ a: undefined }, {}));
    assert.ok(!sameOverrides({ a: [1, 2] }, { a: [2, 1] }));
  });
});
