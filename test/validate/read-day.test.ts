import assert from "node:assert/strict";
import { isoDay, readDay } from "../../src/validate/read-day.js";
import { throwsText } from "../throws-text.js";

describe("validate/read-day", () => {
  it("isoDay(text) is the UTC midnight of a real day, leap days included", () => {
    assert.equal(isoDay("2025-02-11")?.toISOString(), "2025-02-11T00:00:00.000Z");
    // 2024 is a leap year (divisible by 4, not by 100); 2000 is one too (divisible by 400)
    assert.equal(isoDay("2024-02-29")?.toISOString(), "2024-02-29T00:00:00.000Z");
    assert.equal(isoDay("2000-02-29")?.toISOString(), "2000-02-29T00:00:00.000Z");
  });

  it("isoDay(text) is undefined for a day the calendar does not have or a form other than YYYY-MM-DD", () => {
    // Date alone reads 2025-02-30 as March 2; 1900 is no leap year (divisible by 100, not by 400)
    for (const text of [
      "2025-02-30",
      "2025-02-29",
      "1900-02-29",
      "2025-04-31",
      "2025-13-01",
      "2025-00-10",
      "2025-2-3",
      "20250211",
      "2025-02-11T00:00",
      " 2025-02-11",
      "",
    ]) {
      assert.equal(isoDay(text), undefined, text);
    }
  });

  it("readDay(value, name) gives YYYY-MM-DD from a real day or a valid Date, else notDate naming the field", () => {
    assert.equal(readDay("2025-02-11", "on"), "2025-02-11");
    assert.equal(readDay(new Date(Date.UTC(2025, 1, 11, 23, 59)), "on"), "2025-02-11");
    throwsText(
      () => readDay("2025-02-30", "on"),
      'invalid on: "2025-02-30" (expected a date as YYYY-MM-DD or a valid Date)',
    );
    throwsText(
      () => readDay(new Date("x"), "on"),
      'invalid on: "Invalid Date" (expected a date as YYYY-MM-DD or a valid Date)',
    );
    throwsText(
      () => readDay(20250211, "trainingStart"),
      "invalid trainingStart: 20250211 (expected a date as YYYY-MM-DD or a valid Date)",
    );
    throwsText(() => readDay(undefined, "on"), "invalid on: undefined (expected a date as YYYY-MM-DD or a valid Date)");
  });

  it("readDay refuses a Date in a year YYYY-MM-DD cannot write, 10000 or -3, rather than give +010000-01", () => {
    throwsText(
      () => readDay(new Date(Date.UTC(10000, 0, 1)), "on"),
      "invalid on: a Date in the year 10000 (expected a day from 0000-01-01 to 9999-12-31, as YYYY-MM-DD writes them)",
    );
    throwsText(
      () => readDay(new Date(Date.UTC(-3, 0, 1)), "on"),
      "invalid on: a Date in the year -3 (expected a day from 0000-01-01 to 9999-12-31, as YYYY-MM-DD writes them)",
    );
    // the last day it can write
    assert.equal(readDay(new Date(Date.UTC(9999, 11, 31)), "on"), "9999-12-31");
  });
});
