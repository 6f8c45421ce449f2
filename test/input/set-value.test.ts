import assert from "node:assert/strict";
import { readSetValue, setValueText } from "../../src/input/set-value.js";

describe("input/set-value", () => {
  it("readSetValue reads JSON where the text is JSON, else keeps the text, as --set does", () => {
    assert.equal(readSetValue("2048"), 2048);
    assert.deepEqual(readSetValue("[2000, 3000]"), [2000, 3000]);
    assert.deepEqual(readSetValue('{"low":2,"high":4.916}'), { low: 2, high: 4.916 });
    assert.equal(readSetValue("400万～500万日元"), "400万～500万日元");
    assert.equal(readSetValue("JPY"), "JPY");
  });

  it("setValueText writes what readSetValue reads back as the same value", () => {
    for (const value of [
      2048,
      [2000, 3000],
      { low: 2, high: 4, currency: "USD" },
      "400万日元",
      "2048",
      "true",
      "H800",
    ]) {
      assert.deepEqual(readSetValue(setValueText(value)), value, JSON.stringify(value));
    }
    assert.equal(setValueText("400万日元"), "400万日元");
    // a string that reads as JSON is quoted, so that it stays a string
    assert.equal(setValueText("2048"), '"2048"');
  });
});
