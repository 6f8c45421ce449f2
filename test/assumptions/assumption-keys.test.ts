import assert from "node:assert/strict";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { assumptionNames } from "../../src/assumptions/specs.js";
import { throwsText } from "../throws-text.js";

const known = `known: ${assumptionNames.join(", ")}`;

describe("assumptions/assumptions: keys and fields", () => {
  it("the names of Object.prototype are unknown assumptions, as any other name", () => {
    for (const name of ["constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "__defineGetter__"]) {
      throwsText(() => assumptions({ [name]: 1 }), `unknown assumption "${name}" (${known})`);
    }
  });

  it('an own "__proto__" key, as JSON.parse makes from -f params.json, is an unknown assumption, not a prototype', () => {
    const overrides = JSON.parse('{"__proto__": {"gpuCount": 1}}') as Record<string, unknown>;
    throwsText(() => assumptions(overrides), `unknown assumption "__proto__" (${known})`);
    throwsText(() => estimate(overrides), `unknown assumption "__proto__" (${known})`);
  });

  it("overrides that inherit fields, or are not plain objects, are refused rather than read in part", () => {
    // `{ __proto__: … }` in a literal sets the prototype: gpuCount would be read but not seen by Object.keys
    throwsText(
      () => assumptions({ __proto__: { gpuCount: 1 } } as never),
      "invalid overrides: {} (expected a plain object, not an object that inherits gpuCount)",
    );
    throwsText(
      () => assumptions(new Map([["gpuCount", 1]]) as never),
      "invalid overrides: {} (expected a plain object, not a Map)",
    );
    // a null-prototype object is plain: its own fields are read
    const bare = Object.assign(Object.create(null) as object, { gpuCount: 2048 });
    assert.deepEqual(assumptions(bare).gpuCount, { low: 2048, high: 2048 });
  });

  it("a value object with a field the library does not know is refused, naming the field", () => {
    // { low, high, unit: "JPY" } was read as US dollars: 151.65 times the article's price
    throwsText(
      () => assumptions({ gpuPrice: { low: 4e6, high: 5e6, unit: "JPY" } } as never),
      'invalid gpuPrice.unit: "JPY" (expected only the fields low, high, currency, or a cost view\'s view, label, basis, breakdown, formula)',
    );
    throwsText(
      () => assumptions({ gpuCount: { low: 2000, high: 3000, unit: "GPU" } } as never),
      'invalid gpuCount.unit: "GPU" (expected only the fields low, high)',
    );
    throwsText(
      () => assumptions({ pue: { low: 1.1, high: 1.4, mode: 1.2 } } as never),
      "invalid pue.mode: 1.2 (expected only the fields low, high)",
    );
    throwsText(
      () => assumptions(JSON.parse('{"gpuHours": {"low": 1, "high": 2, "__proto__": {"high": 3}}}') as never),
      'invalid gpuHours.__proto__: {"high":3} (expected only the fields low, high)',
    );
  });

  it("assumptions() read back through assumptions() and spread into overrides (as sensitivity() does) pass", () => {
    const a = assumptions({ gpuPrice: "400万～500万日元", gpuCount: 2048 });
    assert.deepEqual(assumptions({ ...a }).gpuPrice, a.gpuPrice);
    assert.deepEqual(assumptions({ ...a, gpuCount: a.gpuCount }).gpuCount, { low: 2048, high: 2048 });
  });
});
