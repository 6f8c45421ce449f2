import assert from "node:assert/strict";
import { readDay } from "../../src/validate/read-day.js";

describe("validate/read-day, as the assumptions read dates", () => {
  it("readDay reads a YYYY-MM-DD day or a Date's UTC day", () => {
    assert.equal(readDay("2024-02-29", "trainingStart"), "2024-02-29");
    assert.equal(readDay(new Date("2024-09-01T23:00:00Z"), "trainingStart"), "2024-09-01");
  });

  it("readDay refuses what is not a real day, naming the field", () => {
    for (const [value, shown] of [
      ["2023-02-29", '"2023-02-29"'],
      ["2024-9-1", '"2024-9-1"'],
      [20240901, "20240901"],
      [undefined, "undefined"],
    ] as const) {
      assert.throws(() => readDay(value, "purchaseDate"), {
        message: `invalid purchaseDate: ${shown} (expected a date as YYYY-MM-DD or a valid Date)`,
      });
    }
    assert.throws(() => readDay(new Date("nope"), "purchaseDate"), {
      message: 'invalid purchaseDate: "Invalid Date" (expected a date as YYYY-MM-DD or a valid Date)',
    });
  });
});
