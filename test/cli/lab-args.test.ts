import assert from "node:assert/strict";
import { labArgs } from "../../src/cli/lab-args.js";

describe("cli/lab-args", () => {
  it("labArgs(rootDir, extra) binds to loopback, roots in rootDir, opens no browser, and puts extra last", () => {
    const args = labArgs("/p/notebooks", ["--port=9000", "--ServerApp.open_browser=True"]);
    const root = process.getuid?.() === 0 ? ["--allow-root"] : [];
    assert.deepEqual(args, [
      "lab",
      "--ServerApp.ip=127.0.0.1",
      "--ServerApp.root_dir=/p/notebooks",
      "--no-browser",
      ...root,
      "--port=9000",
      "--ServerApp.open_browser=True",
    ]);
  });
});
