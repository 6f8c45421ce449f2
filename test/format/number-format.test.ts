import assert from "node:assert/strict";
import { numberFormat } from "../../src/format/number-format.js";

describe("format/number-format", () => {
  it("numberFormat(options) writes en-US numbers and builds one format per set of options", () => {
    assert.equal(numberFormat({ maximumFractionDigits: 2 }).format(52_753_049.785691), "52,753,049.79");
    assert.equal(numberFormat({ maximumFractionDigits: 2 }), numberFormat({ maximumFractionDigits: 2 }));
    assert.notEqual(numberFormat({ maximumFractionDigits: 2 }), numberFormat({ maximumFractionDigits: 3 }));
  });
});
