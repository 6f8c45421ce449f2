import assert from "node:assert/strict";
import { runInNewContext } from "node:vm";
import { isPlainObject, knownKeys, plainObject } from "../../src/validate/known-keys.js";
import { throwsText } from "../throws-text.js";

describe("validate/known-keys", () => {
  it("knownKeys(value, known, name) accepts a plain object whose own fields are all known, absent ones too", () => {
    knownKeys({ low: 1, high: 2 }, ["low", "high", "currency"], "gpuPrice");
    knownKeys({}, ["low"], "x");
    knownKeys(Object.assign(Object.create(null) as object, { low: 1 }), ["low"], "x");
  });

  it("knownKeys refuses an unknown field by name, with its value, never ignoring it", () => {
    throwsText(
      () => knownKeys({ low: 4e6, high: 5e6, unit: "JPY" }, ["low", "high", "currency"], "gpuPrice"),
      'invalid gpuPrice.unit: "JPY" (expected only the fields low, high, currency)',
    );
    throwsText(
      () => knownKeys({ samples: 1e6 }, ["n", "seed"], "options"),
      "invalid options.samples: 1000000 (expected only the fields n, seed)",
    );
    throwsText(() => knownKeys({ a: 1 }, [], "options"), "invalid options.a: 1 (expected no fields)");
  });

  it("the names of Object.prototype are fields like any other: an own __proto__ (as JSON.parse makes), constructor, toString, hasOwnProperty", () => {
    const known = ["low", "high"];
    throwsText(
      () => knownKeys(JSON.parse('{"low":1,"high":2,"__proto__":{"low":0}}') as object, known, "gpuCount"),
      'invalid gpuCount.__proto__: {"low":0} (expected only the fields low, high)',
    );
    for (const name of ["constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"]) {
      throwsText(
        () => knownKeys({ low: 1, high: 2, [name]: 3 }, known, "gpuCount"),
        `invalid gpuCount.${name}: 3 (expected only the fields low, high)`,
      );
    }
  });

  it("describing fields are let through and named apart", () => {
    const describing = { what: "a cost view", fields: ["label"] };
    knownKeys({ low: 1, high: 2, label: "x" }, ["low", "high"], "finalRun", describing);
    throwsText(
      () => knownKeys({ low: 1, high: 2, unit: "JPY" }, ["low", "high"], "finalRun", describing),
      'invalid finalRun.unit: "JPY" (expected only the fields low, high, or a cost view\'s label)',
    );
  });

  it("plainObject refuses what is not a plain object, saying what it is instead", () => {
    throwsText(
      () => plainObject(new Map([["gpuCount", 1]]), "overrides"),
      "invalid overrides: {} (expected a plain object, not a Map)",
    );
    throwsText(
      () => plainObject(new Date(0), "options"),
      'invalid options: "1970-01-01T00:00:00.000Z" (expected a plain object, not a Date)',
    );
    // `{ __proto__: … }` in a literal sets the prototype: gpuCount would be read without being shown
    throwsText(
      () => plainObject({ __proto__: { gpuCount: 1, pue: 2 } }, "overrides"),
      "invalid overrides: {} (expected a plain object, not an object that inherits gpuCount, pue)",
    );
    class Options {}
    throwsText(
      () => plainObject(new Options(), "options"),
      "invalid options: {} (expected a plain object, not an Options)",
    );
    throwsText(
      () => plainObject(null as never, "options"),
      "invalid options: null (expected a plain object, not null)",
    );
    throwsText(() => plainObject(5 as never, "options"), "invalid options: 5 (expected a plain object, not a number)");
    throwsText(
      () => plainObject(Object.create(Object.create(null) as object) as object, "options"),
      "invalid options: {} (expected a plain object, not an object with a prototype of its own)",
    );
  });

  it("isPlainObject is true for object literals of this realm and another (a vm context), and null-prototype objects", () => {
    assert.equal(isPlainObject({}), true);
    assert.equal(isPlainObject(runInNewContext("({ low: 1 })")), true);
    assert.equal(isPlainObject(Object.create(null)), true);
    assert.equal(isPlainObject([]), false);
    assert.equal(isPlainObject(new Map()), false);
    assert.equal(isPlainObject("x"), false);
    assert.equal(isPlainObject(null), false);
  });
});
