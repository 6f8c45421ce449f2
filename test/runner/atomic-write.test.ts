import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { failedPath, writeFileAtomic } from "../../src/runner/atomic-write.js";

describe("runner/atomic-write", () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), "atomic-"))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("writeFileAtomic(path, text) replaces the file and leaves no temporary file behind", async () => {
    const path = join(dir, "sub", "a.ipynb");
    await writeFileAtomic(path, "one");
    await writeFileAtomic(path, "two");
    assert.equal(await readFile(path, "utf8"), "two");
    assert.deepEqual(await readdir(join(dir, "sub")), ["a.ipynb"]);
  });

  it("writeFileAtomic leaves the old file intact and cleans up when the write cannot complete", async () => {
    const path = join(dir, "a.json");
    await writeFile(path, "good");
    // a folder where the file should go makes the final rename fail
    await mkdir(join(dir, "taken", "inside"), { recursive: true });
    await assert.rejects(writeFileAtomic(join(dir, "taken"), "bad"), /EISDIR|ENOTEMPTY|EEXIST/);
    assert.equal(await readFile(path, "utf8"), "good");
    assert.deepEqual((await readdir(dir)).sort(), ["a.json", "taken"]);
  });

  it("failedPath(path) names a failed run's output beside the good one", () => {
    assert.equal(failedPath("/r/notebooks/02-buy.ipynb"), "/r/notebooks/02-buy.failed.ipynb");
    assert.equal(failedPath("/r/summary.json"), "/r/summary.failed.json");
    assert.equal(failedPath("/r.d/out"), "/r.d/out.failed");
  });
});
