import assert from "node:assert/strict";
import { asIsoDate } from "../../src/input/as-date.js";

describe("input/as-date", () => {
  it("asIsoDate reads a YYYY-MM-DD day or a Date's UTC day", () => {
    assert.equal(asIsoDate("2024-02-29", "trainingStart"), "2024-02-29");
    assert.equal(asIsoDate(new Date("2024-09-01T23:00:00Z"), "trainingStart"), "2024-09-01");
  });

  it("asIsoDate refuses what is not a real day, naming the field", () => {
    for (const [value, shown] of [
      ["2023-02-29", '"2023-02-29"'],
      ["2024-9-1", '"2024-9-1"'],
      [20240901, "20240901"],
      [undefined, "undefined"],
    ] as const) {
      assert.throws(() => asIsoDate(value, "purchaseDate"), {
        message: `invalid purchaseDate: ${shown} (expected a date as YYYY-MM-DD or a valid Date)`,
      });
    }
    assert.throws(() => asIsoDate(new Date("nope"), "purchaseDate"), {
      message: 'invalid purchaseDate: "Invalid Date" (expected a date as YYYY-MM-DD or a valid Date)',
    });
  });
});
