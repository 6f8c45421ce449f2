import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { processStartTime } from "../../src/runner/process-marks.js";
import { makeWorkingFolder, removeLeftBehind } from "../../src/report/staging.js";
import { markerKernel } from "../cli/marker-kernel.js";
import { inProcess } from "../cli/in-process.js";

/** The pid of a process that has ended (a `true` run to its end). */
function endedPid(): number {
  return spawnSync("true").pid;
}

describe("report/staging", () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), "staging-"))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("makeWorkingFolder names the folder after this process, by pid and start time", async () => {
    const staging = await makeWorkingFolder(dir, "staging");
    const start = processStartTime(process.pid);
    assert.ok(start !== undefined && start > 0);
    assert.match(staging, new RegExp(`/\\.staging-${process.pid}-${start}-[A-Za-z0-9]{6}$`));
  });

  it("removeLeftBehind removes the folders whose owner has ended or whose pid now names another process, and keeps a live owner's", async () => {
    const mine = await makeWorkingFolder(dir, "staging");
    const previous = await makeWorkingFolder(dir, "previous");
    const ended = join(dir, `.staging-${endedPid()}-123-Ab12Cd`);
    // this pid, but another start time: the pid was reused since its owner ended
    const reused = join(dir, `.previous-${process.pid}-1-Ab12Cd`);
    for (const d of [ended, reused]) await mkdir(join(d, "notebooks"), { recursive: true });
    await writeFile(join(dir, ".staging-a-file"), "not a folder");
    const removed = await removeLeftBehind(dir);
    assert.deepEqual(removed.sort(), [reused, ended].sort());
    assert.deepEqual(
      (await readdir(dir)).sort(),
      [".staging-a-file", ...[mine, previous].map((p) => p.slice(dir.length + 1))].sort(),
    );
  });

  it("a folder named before owners were recorded is removed once a day old, and kept before", async () => {
    const old = join(dir, ".staging-Ab12Cd");
    const recent = join(dir, ".staging-Xy34Zw");
    await mkdir(old);
    await mkdir(recent);
    const dayAndMore = (Date.now() - 25 * 60 * 60 * 1000) / 1000;
    await utimes(old, dayAndMore, dayAndMore);
    assert.deepEqual(await removeLeftBehind(dir), [old]);
    assert.deepEqual(await readdir(dir), [".staging-Xy34Zw"]);
  });

  describe("the next report removes what a killed one left", () => {
    const kernel = markerKernel("staging-report-", join("test", "runner", "fixtures", "clean", "stream.ipynb"));

    it("report removes a staging folder whose owner is gone before it stages its own (the marker kernel: no tslab)", async () => {
      const out = join(kernel.temp, "r");
      const left = join(out, `.staging-${endedPid()}-123-Ab12Cd`);
      await mkdir(join(left, "notebooks"), { recursive: true });
      const result = await inProcess([
        "report",
        "--notebooks",
        join(kernel.temp, "nbs"),
        "--out",
        out,
        "--kernel",
        "marker",
        "--no-cache",
      ]);
      assert.equal(result.status, 1, result.stderr); // the marker kernel cannot run the notebook
      assert.deepEqual(
        (await readdir(out)).filter((f) => f.startsWith(".staging-") || f.startsWith(".previous-")),
        [],
        "no working folder left",
      );
    });
  });
});
