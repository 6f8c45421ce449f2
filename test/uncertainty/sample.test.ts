import assert from "node:assert/strict";
import { range } from "../../src/range/range.js";
import { lognormal90 } from "../../src/uncertainty/lognormal.js";
import { MAX_DRAWS, sample, sampleAll } from "../../src/uncertainty/sample.js";
import { triangular } from "../../src/uncertainty/triangular.js";
import { uniform } from "../../src/uncertainty/uniform.js";
import { throwsText } from "../throws-text.js";

const price = lognormal90(range(1.5, 2.5));
const hours = triangular(2.0e6, 2.5e6, 3.5e6);

describe("uncertainty/sample", () => {
  it("sample(d, n, { seed }) returns a Float64Array of n draws", () => {
    const xs = sample(price, 1001, { seed: 5 });
    assert.ok(xs instanceof Float64Array);
    assert.equal(xs.length, 1001);
    assert.equal(sample(price, 0).length, 0);
  });

  it("the same seed gives identical arrays; another seed gives different ones", () => {
    assert.deepEqual(sample(price, 1000, { seed: 5 }), sample(price, 1000, { seed: 5 }));
    assert.notDeepEqual(sample(price, 1000, { seed: 5 }), sample(price, 1000, { seed: 6 }));
  });

  it("the seed defaults to 0 and the key to ''", () => {
    assert.deepEqual(sample(hours, 100), sample(hours, 100, { seed: 0, key: "" }));
  });

  it("the first k draws do not depend on n", () => {
    assert.deepEqual(sample(price, 11, { seed: 5 }).subarray(0, 10), sample(price, 10, { seed: 5 }));
  });

  it("sampleAll gives each key its own stream: sample(d, n, { seed, key }) equals sampleAll({ key: d }, n, { seed })[key]", () => {
    const all = sampleAll({ price, hours }, 500, { seed: 9 });
    assert.deepEqual(all.price, sample(price, 500, { seed: 9, key: "price" }));
    assert.deepEqual(all.hours, sample(hours, 500, { seed: 9, key: "hours" }));
  });

  it("sampleAll: adding or reordering inputs leaves the others' draws as they were", () => {
    const two = sampleAll({ price, hours }, 500, { seed: 9 });
    const three = sampleAll({ factor: uniform(range(1, 1.3)), hours, price }, 500, { seed: 9 });
    assert.deepEqual(three.price, two.price);
    assert.deepEqual(three.hours, two.hours);
  });

  it("sampleAll: two inputs with the same distribution still get different draws", () => {
    const { a, b } = sampleAll({ a: price, b: price }, 100, { seed: 1 });
    assert.notDeepEqual(a, b);
  });

  it("n must be a whole number from 0 to MAX_DRAWS", () => {
    const text = (v: string) => `invalid n: ${v} (expected a whole number from 0 to ${MAX_DRAWS})`;
    throwsText(() => sample(price, -1), text("-1"));
    throwsText(() => sample(price, 2.5), text("2.5"));
    throwsText(() => sampleAll({ price }, MAX_DRAWS + 1), text(String(MAX_DRAWS + 1)));
  });

  it("sampleAll checks every input before drawing, naming the bad one", () => {
    throwsText(
      () => sampleAll({ price, hours: { kind: "triangular", low: 3, mode: 1, high: 2 } }, 10),
      "invalid distributions.hours: low 3, mode 1, high 2 (expected low ≤ mode ≤ high and low < high)",
    );
    throwsText(
      () => sampleAll([price] as never, 10),
      'invalid distributions: [{"kind":"lognormal","p05":1.5,"p95":2.5}] (expected an object of distributions by input name)',
    );
  });
});
