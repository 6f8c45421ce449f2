import assert from "node:assert/strict";
import { col, parseCell } from "../../src/data/schema.js";

const value = (text: string, spec = col.number("x")) => {
  const r = parseCell(text, spec);
  return r.ok ? r.value : `expected ${r.expected}`;
};

describe("data/schema", () => {
  it("parseCell(text, number) reads plain decimals only: no separators, spaces, bare points or non-finite words", () => {
    assert.equal(value("989.5"), 989.5);
    assert.equal(value("14800000000000"), 14.8e12);
    assert.equal(value("1e3"), 1000);
    for (const bad of ["1,000", " 7", "7 ", "1.", ".5", "NaN", "Infinity", "0x10", "7OO"])
      assert.equal(value(bad), "expected a number", bad);
  });

  it("parseCell(text, number) applies the sign and whole-number rules", () => {
    assert.equal(value("-1"), "expected a number ≥ 0");
    assert.equal(value("0"), 0);
    assert.equal(value("0", col.number("x", { sign: "positive" })), "expected a positive number");
    assert.equal(value("2.5", col.number("x", { integer: true })), "expected a whole number");
  });

  it("parseCell(text, date) gives a UTC-midnight Date for a real YYYY-MM-DD day only", () => {
    assert.deepEqual(value("2025-02-11", col.date("d")), new Date(Date.UTC(2025, 1, 11)));
    for (const bad of ["2025-02-30", "2025-2-11", "11/02/2025", "2025-02-11T00:00"])
      assert.equal(value(bad, col.date("d")), "expected a date as YYYY-MM-DD", bad);
  });

  it('parseCell("", spec) is null when optional and an error when required', () => {
    assert.equal(value("", col.number("x", { required: false })), null);
    assert.equal(value("", col.string("s")), "expected a value: the column is required");
  });

  it("parseCell(text, unit | currency | enum) accepts only the listed values, exactly", () => {
    assert.equal(value("fraction", col.unit("u")), "fraction");
    assert.equal(value("usd", col.currency("c")), "expected one of USD, JPY, CNY, EUR");
    assert.equal(value("b", col.enum("e", ["a", "b"])), "b");
  });

  it("parseCell(text, boolean) reads true and false as written, nothing else", () => {
    assert.equal(value("true", col.boolean("b")), true);
    assert.equal(value("false", col.boolean("b")), false);
    for (const bad of ["TRUE", "1", "yes", " true"])
      assert.equal(value(bad, col.boolean("b")), "expected true or false", bad);
  });
});
