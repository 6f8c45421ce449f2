/**
 * Runs last: after the browser and every JupyterLab server are stopped, no `jupyter-lab`, tslab kernel
 * or Chromium process this run started survives. Compares the process table with the one at the start
 * (by id and command line) and, where `/proc` tells, keeps only processes carrying this run's tag.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { listProcesses, type ProcessInfo } from "../helpers/lab-processes.js";
import { processesAtStart, RUN_TAG_NAME, runTag, sharedBrowserStarted, shutdownAll } from "./helpers/session.js";

const watched = /jupyter-lab|jupyter-nbconvert|tslab kernel|chromium|chrome_crashpad|headless_shell/;

/** True when the process's environment carries this run's tag (or when it cannot be read: count it). */
function fromThisRun(p: ProcessInfo): boolean {
  try {
    return readFileSync(`/proc/${p.pid}/environ`, "latin1").split("\0").includes(`${RUN_TAG_NAME}=${runTag}`);
  } catch {
    return p.command !== "";
  }
}

function leftovers(): ProcessInfo[] {
  const before = new Set(processesAtStart.map((p) => `${p.pid} ${p.command}`));
  return listProcesses().filter(
    (p) => p.pid !== process.pid && watched.test(p.command) && !before.has(`${p.pid} ${p.command}`) && fromThisRun(p),
  );
}

describe("after the run", () => {
  it("no jupyter-lab, tslab kernel or chromium process started by the run survives", async () => {
    // While the browser still runs, the check must see it: a check that sees nothing proves nothing.
    if (sharedBrowserStarted())
      assert.ok(
        leftovers().some((p) => /chrom/.test(p.command)),
        "the run's own Chromium is visible",
      );
    await shutdownAll();
    let left = leftovers();
    for (let i = 0; i < 50 && left.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      left = leftovers();
    }
    assert.deepEqual(
      left.map((p) => `${p.pid} ${p.command.slice(0, 120)}`),
      [],
    );
  });
});
