/**
 * The report as a whole, over an earlier one: all or nothing (a failing or interrupted run leaves
 * the last good report byte for byte), the execution cache (what it reuses and what it reruns),
 * and no process or key left behind when the runner is killed. Tiny fixture notebooks; the
 * kernel starts are counted in each test's comment.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runReport, type RunReportOptions } from "../../src/report/run-report.js";
import { sleep } from "../../src/runner/timing.js";
import { startCli, type CliResult } from "../cli/run-cli.js";
import { FIXTURES } from "../runner/live-kernel.js";
import { processesWithEnv } from "../runner/processes.js";
import { removeLeftBehind } from "../../src/report/staging.js";

/** Every file under `dir` (hidden ones too, the cache excepted) with its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (at: string, prefix: string) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      if (entry.name === ".cache") continue;
      if (entry.isDirectory()) await walk(join(at, entry.name), `${prefix}${entry.name}/`);
      else files[`${prefix}${entry.name}`] = (await readFile(join(at, entry.name))).toString("base64");
    }
  };
  await walk(dir, "");
  return files;
}

describe("report/run-report over an earlier report", function () {
  this.timeout(300_000);
  let temp: string;
  let notebooks: string;
  let out: string;
  let dependency: string;
  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), "report-lifecycle-"));
    notebooks = join(FIXTURES, `lifecycle-${temp.slice(-6)}`); // inside the project: tslab finds @types/node
    out = join(temp, "report");
    dependency = join(temp, "library.js");
    await mkdir(notebooks);
    await writeFile(dependency, "v1");
    for (const name of ["parameters.ipynb", "stream.ipynb"])
      await copyFile(join(FIXTURES, "clean", name), join(notebooks, name));
  });
  afterEach(async () => {
    await rm(temp, { recursive: true, force: true });
    await rm(notebooks, { recursive: true, force: true });
  });
  const report = (options: RunReportOptions = {}) =>
    runReport({ notebooksDir: notebooks, outDir: out, jobs: 2, dependencies: [dependency], ...options });
  const cachedOf = (summary: { notebooks: readonly { name: string; cached: boolean }[] }) =>
    summary.notebooks.map((n) => [n.name, n.cached]);

  it("reuses unchanged notebooks, reruns what code, parameters or dependencies change, never caches a failure, and a failing or interrupted run leaves the last good report byte for byte", async () => {
    // 1. cold: both run (2 kernel starts)
    const first = await report();
    assert.equal(first.summary.status, "ok");
    assert.deepEqual(cachedOf(first.summary), [
      ["parameters.ipynb", false],
      ["stream.ipynb", false],
    ]);
    const executed = await readFile(join(out, "notebooks", "stream.ipynb"), "utf8");
    // 2. nothing changed: both from the cache (no kernel), the executed copies identical
    const second = await report();
    assert.deepEqual(cachedOf(second.summary), [
      ["parameters.ipynb", true],
      ["stream.ipynb", true],
    ]);
    assert.equal(await readFile(join(out, "notebooks", "stream.ipynb"), "utf8"), executed);
    // 3. one notebook's code edited: only it runs (1 kernel start)
    const stream = JSON.parse(await readFile(join(notebooks, "stream.ipynb"), "utf8")) as {
      cells: { source: string[] }[];
    };
    stream.cells[1]!.source = ["6 * 8"];
    await writeFile(join(notebooks, "stream.ipynb"), JSON.stringify(stream));
    const third = await report();
    assert.deepEqual(cachedOf(third.summary), [
      ["parameters.ipynb", true],
      ["stream.ipynb", false],
    ]);
    assert.match(await readFile(join(out, "notebooks", "stream.ipynb"), "utf8"), /"48\\n"/); // 6 × 8
    // 4. a parameter set: only the notebook with a parameters cell runs (1 kernel start)
    const fourth = await report({ overrides: { gpuCount: 2048 } });
    assert.deepEqual(cachedOf(fourth.summary), [
      ["parameters.ipynb", false],
      ["stream.ipynb", true],
    ]);
    // 5. a dependency changed (the library, the data): everything runs (2 kernel starts)
    await writeFile(dependency, "v2");
    const fifth = await report({ overrides: { gpuCount: 2048 } });
    assert.deepEqual(cachedOf(fifth.summary), [
      ["parameters.ipynb", false],
      ["stream.ipynb", false],
    ]);
    // 6. a failing notebook added: the run fails into failed/, the good report is untouched (1 kernel start)
    const good = await snapshot(out);
    await copyFile(join(FIXTURES, "failing", "runtime-error.ipynb"), join(notebooks, "runtime-error.ipynb"));
    const failing = await report({ overrides: { gpuCount: 2048 } });
    assert.equal(failing.summary.status, "failed");
    assert.deepEqual(failing.files, [join(out, "failed", "summary.json"), join(out, "failed", "index.html")]);
    const after = await snapshot(out);
    for (const [file, bytes] of Object.entries(good)) assert.equal(after[file], bytes, file);
    assert.deepEqual(
      Object.keys(after)
        .filter((f) => !(f in good))
        .sort(),
      [
        "failed/index.html",
        "failed/notebooks/parameters.ipynb",
        "failed/notebooks/runtime-error.failed.ipynb",
        "failed/notebooks/stream.ipynb",
        "failed/summary.json",
      ],
    );
    // 7. the failure was not cached: it runs again (1 kernel start); the others come from the cache
    const again = await report({ overrides: { gpuCount: 2048 } });
    assert.deepEqual(cachedOf(again.summary), [
      ["parameters.ipynb", true],
      ["runtime-error.ipynb", false],
      ["stream.ipynb", true],
    ]);
    // 8. --no-cache: everything runs (3 kernel starts); removing the failing notebook, the next good run deletes failed/
    await rm(join(notebooks, "runtime-error.ipynb"));
    const forced = await report({ overrides: { gpuCount: 2048 }, cache: false });
    assert.deepEqual(cachedOf(forced.summary), [
      ["parameters.ipynb", false],
      ["stream.ipynb", false],
    ]);
    assert.equal(existsSync(join(out, "failed")), false);
    assert.deepEqual(
      (await readdir(out)).filter((f) => f.startsWith(".") && f !== ".cache"),
      [],
      "no staging left",
    );
    // 9. interrupted after its first cell (1 or 2 kernel starts): the good report of step 8 stays byte for byte, no staging
    const lastGood = await snapshot(out);
    const controller = new AbortController();
    const interrupted = await report({
      overrides: { gpuCount: 2048 },
      cache: false,
      signal: controller.signal,
      onEvent: (e) => void (e.type === "cell" && controller.abort()),
    });
    assert.equal(interrupted.summary.status, "cancelled");
    assert.deepEqual(interrupted.files, []);
    assert.deepEqual(await snapshot(out), lastGood);
    assert.deepEqual((await readdir(out)).sort(), [".cache", "index.html", "notebooks", "summary.json"]);
  });
});

describe("gpu-cost-lab report killed", function () {
  this.timeout(120_000);
  let temp: string;
  beforeEach(async () => (temp = await mkdtemp(join(tmpdir(), "report-killed-"))));
  afterEach(() => rm(temp, { recursive: true, force: true }));

  /**
   * Starts a report of the notebook that spawns `sleep 127` and a detached `sleep 129` (a session of
   * its own, out of the kernel's group) and waits; resolves once launcher, kernel and both sleeps run.
   */
  async function started() {
    const run = startCli(
      ["report", "--notebooks", join(FIXTURES, "orphans"), "--out", join(temp, "out"), "--no-cache"],
      {
        TMPDIR: temp, // every process of the run carries it in its environment
      },
    );
    const mine = () => processesWithEnv("TMPDIR", temp).filter((pid) => pid !== run.child.pid);
    let exited: CliResult | undefined;
    void run.done.then((result) => (exited = result));
    const started = Date.now();
    while (
      Date.now() - started < 90_000 &&
      exited === undefined &&
      !(mine().length >= 4 && run.stdout().includes("running"))
    )
      await sleep(100);
    await sleep(1500); // the first cell has spawned the sleep
    assert.ok(
      mine().length >= 4,
      `launcher, kernel, sleep and detached sleep: [${mine().join(", ")}] after ${Date.now() - started} ms; the report ${
        exited ? `had exited (${exited.status ?? exited.signal})` : "was running"
      }; its stdout: ${JSON.stringify(run.stdout())}; its stderr: ${JSON.stringify(run.stderr())}`,
    );
    return { run, mine };
  }

  it("by SIGKILL: within seconds no kernel it started, nor their children, is alive, and no connection file is left; the next run removes its staging folder (1 kernel start)", async () => {
    const { run, mine } = await started();
    run.child.kill("SIGKILL");
    await run.done;
    for (let waited = 0; waited < 5000 && mine().length > 0; waited += 100) await sleep(100);
    assert.deepEqual(mine(), [], "no process of the run survives");
    assert.deepEqual(
      (await readdir(temp)).filter((f) => f.startsWith("gpu-cost-lab-")),
      [],
      "no runtime folder",
    );
    // no handler sees a SIGKILL: the staging folder stays, named after its owner, until the next run
    // removes it first thing (runReport calls removeLeftBehind before it stages)
    const left = (await readdir(join(temp, "out"))).filter((f) => f.startsWith(".staging-"));
    assert.equal(left.length, 1, `left: ${left.join(", ")}`);
    assert.match(left[0]!, new RegExp(`^\\.staging-${run.child.pid}-\\d+-`));
    assert.deepEqual(await removeLeftBehind(join(temp, "out")), [join(temp, "out", left[0]!)]);
  });

  it("by two SIGINTs: exit 130, no process left, the runtime folder with its keys removed (1 kernel start)", async () => {
    const { run, mine } = await started();
    run.child.kill("SIGINT");
    run.child.kill("SIGINT");
    const result = await run.done;
    assert.equal(result.status, 130);
    for (let waited = 0; waited < 5000 && mine().length > 0; waited += 100) await sleep(100);
    assert.deepEqual(mine(), []);
    assert.deepEqual(
      (await readdir(temp)).filter((f) => f !== "out"),
      [],
      "no runtime folder",
    );
    assert.deepEqual(
      existsSync(join(temp, "out")) ? (await readdir(join(temp, "out"))).filter((f) => f !== ".cache") : [],
      [],
    );
  });
});
