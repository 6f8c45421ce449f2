import assert from "node:assert/strict";
import { LAB } from "../../src/cli/commands.js";
import { parseOptions } from "../../src/cli/option-table.js";

describe("cli/lab", () => {
  it("lab takes --setup-only and -h for itself and passes everything else to jupyter lab, in order", () => {
    assert.deepEqual(parseOptions(LAB, ["--setup-only"]), {
      values: { "setup-only": true },
      positional: undefined,
      rest: [],
    });
    assert.deepEqual(parseOptions(LAB, ["--port=9000", "--setup-only", "--ServerApp.open_browser=True", "-xy", "nb"]), {
      values: { "setup-only": true },
      positional: undefined,
      rest: ["--port=9000", "--ServerApp.open_browser=True", "-xy", "nb"],
    });
    assert.deepEqual(parseOptions(LAB, ["--port", "9000", "--", "--help", "--setup-only"]), {
      values: {},
      positional: undefined,
      rest: ["--port", "9000", "--help", "--setup-only"],
    });
  });
});
