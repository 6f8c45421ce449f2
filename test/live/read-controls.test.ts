import assert from "node:assert/strict";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { readControls, readOverrides } from "../../src/live/read-controls.js";
import { libraryMessage } from "../library-message.js";

describe("live/read-controls", () => {
  it("readControls reads each box as --set does, leaves blank boxes out, and validates the whole", () => {
    const reading = readControls({ gpuCount: " 2048 ", gpuPrice: "400万～500万日元", pue: "", currency: "" });
    assert.deepEqual(reading.overrides, { gpuCount: 2048, gpuPrice: "400万～500万日元" });
    assert.deepEqual(reading.problems, {});
    assert.deepEqual(reading.assumptions, assumptions({ gpuCount: 2048, gpuPrice: "400万～500万日元" }));
  });

  it("readControls puts the library's own message beside each box it refuses, and validates nothing more", () => {
    const reading = readControls({ gpuCount: "-3", pue: "0.9", gpuHours: "2788000" });
    assert.deepEqual(reading.problems, {
      gpuCount: libraryMessage({ gpuCount: -3 }),
      pue: libraryMessage({ pue: 0.9 }),
    });
    assert.equal(reading.assumptions, undefined);
    assert.match(reading.problems["pue"], /^invalid pue: 0\.9 \(expected a number ≥ 1/);
  });

  it("readOverrides says what names no box (an unknown assumption in a link) apart from the boxes", () => {
    const reading = readOverrides({ gpuCont: 2048 });
    assert.deepEqual(reading.problems, {});
    assert.equal(reading.problem, libraryMessage({ gpuCont: 2048 }));
    assert.match(reading.problem, /^unknown assumption "gpuCont" \(did you mean "gpuCount"\?/);
  });
});
