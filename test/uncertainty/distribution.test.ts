import assert from "node:assert/strict";
import { checkDistribution } from "../../src/uncertainty/distribution.js";
import { throwsText } from "../throws-text.js";

describe("uncertainty/distribution", () => {
  it("checkDistribution accepts each kind written as a literal", () => {
    for (const d of [
      { kind: "uniform", low: 2000, high: 3000 },
      { kind: "triangular", low: 0.3, mode: 0.4, high: 0.6 },
      { kind: "lognormal", p05: 1.5, p95: 2.5 },
      { kind: "point", value: 2048 },
    ]) {
      assert.doesNotThrow(() => checkDistribution(d, "d"));
    }
  });

  it("checkDistribution refuses an unknown kind and a non-object, naming the field", () => {
    throwsText(
      () => checkDistribution({ kind: "normal", mean: 1 }, "distributions.price"),
      'invalid distributions.price: {"kind":"normal","mean":1} (expected a distribution of kind "uniform", "triangular", "lognormal" or "point")',
    );
    throwsText(
      () => checkDistribution(undefined, "distribution"),
      'invalid distribution: undefined (expected a distribution of kind "uniform", "triangular", "lognormal" or "point")',
    );
  });

  it("checkDistribution checks a literal's parameters as its constructor does", () => {
    throwsText(
      () => checkDistribution({ kind: "lognormal", p05: 3, p95: 2 }, "distributions.price"),
      "invalid distributions.price: p05 3, p95 2 (expected 0 < p05 < p95)",
    );
    throwsText(
      () => checkDistribution({ kind: "uniform", low: 1 }, "distributions.hours"),
      "invalid distributions.hours.high: undefined (expected a finite number)",
    );
  });

  it("checkDistribution refuses a field its kind does not have, rather than read another kind", () => {
    // a mode on a uniform: the user meant a triangular
    throwsText(
      () => checkDistribution({ kind: "uniform", low: 1.1, high: 1.4, mode: 1.2 }, "distributions.pue"),
      "invalid distributions.pue.mode: 1.2 (expected only the fields kind, low, high)",
    );
    throwsText(
      () => checkDistribution({ kind: "lognormal", p05: 1, p95: 2, median: 1.4 }, "d"),
      "invalid d.median: 1.4 (expected only the fields kind, p05, p95)",
    );
    throwsText(
      () => checkDistribution({ kind: "point", value: 1, low: 0 }, "d"),
      "invalid d.low: 0 (expected only the fields kind, value)",
    );
    throwsText(
      () => checkDistribution({ kind: "triangular", low: 0, mode: 1, high: 2, p95: 3 }, "d"),
      "invalid d.p95: 3 (expected only the fields kind, low, mode, high)",
    );
    throwsText(
      () => checkDistribution(JSON.parse('{"kind":"point","value":1,"__proto__":{"value":2}}'), "d"),
      'invalid d.__proto__: {"value":2} (expected only the fields kind, value)',
    );
  });
});
