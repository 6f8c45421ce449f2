/**
 * Every notebook in notebooks/ executes clean through the runner, on the project's tslab, with
 * the default assumptions (part of `npm test`). The folder is listed when the tests load, so a
 * new notebook is tested without being named here; an empty folder is a failure.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeRuntimeDir } from "../src/runner/connection-file.js";
import { PACKAGE_ROOT } from "../src/node/package-root.js";
import { runNotebook } from "../src/runner/run-notebook.js";

const dir = join(PACKAGE_ROOT, "notebooks");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".ipynb"))
  .sort();

describe("notebooks", function () {
  this.timeout(600_000);
  let out: string;
  let runtimeDir: string;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), "notebooks-test-"));
    runtimeDir = await makeRuntimeDir();
  });
  after(async () => {
    await rm(out, { recursive: true, force: true });
    await rm(runtimeDir, { recursive: true, force: true });
  });

  it("notebooks/ holds at least one notebook", () => {
    assert.ok(names.length > 0, `no .ipynb in ${dir}`);
  });

  for (const name of names) {
    it(`${name} executes clean through the runner`, async () => {
      const result = await runNotebook(join(dir, name), { out: join(out, name), runtimeDir });
      assert.equal(result.status, "ok", result.errors.join("\n\n"));
      assert.deepEqual(result.warnings, []);
    });
  }
});
