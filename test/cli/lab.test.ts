import assert from "node:assert/strict";
import { parseLabCommand } from "../../src/cli/lab.js";

describe("cli/lab", () => {
  it("parseLabCommand(argv) takes --setup-only for itself and passes everything else to jupyter lab in order", () => {
    assert.deepEqual(parseLabCommand(["--setup-only"]), { setupOnly: true, jupyterArgs: [] });
    assert.deepEqual(parseLabCommand(["--port=9000", "--ServerApp.open_browser=True"]), {
      setupOnly: false,
      jupyterArgs: ["--port=9000", "--ServerApp.open_browser=True"],
    });
  });
});
