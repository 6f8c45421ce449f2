/**
 * The report as a whole, over an earlier one: all or nothing (a failing or interrupted run leaves
 * the last good report byte for byte), the execution cache (what it reuses and what it reruns),
 * and no process or key left behind when the runner is killed. On the stand-in kernel (these are
 * the runner's mechanics), with its tiny fixture notebooks copied to a temporary folder; the
 * kernel starts are counted in each test's title.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runReport, type ReportResult, type RunReportOptions } from "../../src/report/run-report.js";
import type { Kernelspec } from "../../src/runner/kernelspec.js";
import { sleep } from "../../src/runner/timing.js";
import { startCli, type CliResult } from "../cli/run-cli.js";
import { standIn, STAND_IN_ENV, STAND_IN_NOTEBOOKS } from "../helpers/stand-in.js";
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

const cachedOf = (summary: { notebooks: readonly { name: string; cached: boolean }[] }) =>
  summary.notebooks.map((n) => [n.name, n.cached]);

/**
 * Each test starts from the same earlier report: the cold run of `before` (parameters.ipynb and
 * stream.ipynb, 2 kernel starts), copied with its cache into a folder of the test's own, over the
 * same notebooks and dependency (the cache keys hold the notebooks' folder and the dependencies).
 */
describe("report/run-report over an earlier report", function () {
  this.timeout(60_000);
  let spec: Kernelspec;
  let temp: string;
  let notebooks: string;
  let dependency: string;
  let cold: ReportResult;
  let coldDir: string;
  let out: string;
  let runs = 0;
  const addNotebook = (name: string, from = "clean") =>
    copyFile(join(STAND_IN_NOTEBOOKS, from, name), join(notebooks, name));
  const resetInputs = async () => {
    await rm(notebooks, { recursive: true, force: true });
    await mkdir(notebooks);
    for (const name of ["parameters.ipynb", "stream.ipynb"]) await addNotebook(name);
    await writeFile(dependency, "v1");
  };
  const report = (options: RunReportOptions = {}) =>
    runReport({ notebooksDir: notebooks, outDir: out, jobs: 2, dependencies: [dependency], spec, ...options });

  before(async () => {
    spec = await standIn();
    temp = await mkdtemp(join(tmpdir(), "report-lifecycle-"));
    notebooks = join(temp, "notebooks");
    dependency = join(temp, "library.js");
    coldDir = join(temp, "cold");
    await resetInputs();
    out = coldDir;
    cold = await report();
  });
  beforeEach(async () => {
    await resetInputs();
    out = join(temp, `report-${++runs}`);
    await cp(coldDir, out, { recursive: true });
  });
  after(() => rm(temp, { recursive: true, force: true }));

  it("a cold run executes every notebook (2 kernel starts)", () => {
    assert.equal(cold.summary.status, "ok");
    assert.deepEqual(cachedOf(cold.summary), [
      ["parameters.ipynb", false],
      ["stream.ipynb", false],
    ]);
  });

  it("nothing changed: both come from the cache (no kernel), the executed copies identical", async () => {
    const executed = await readFile(join(coldDir, "notebooks", "stream.ipynb"), "utf8");
    const second = await report();
    assert.deepEqual(cachedOf(second.summary), [
      ["parameters.ipynb", true],
      ["stream.ipynb", true],
    ]);
    assert.equal(await readFile(join(out, "notebooks", "stream.ipynb"), "utf8"), executed);
  });

  it("one notebook's code edited: only it runs (1 kernel start)", async () => {
    const stream = JSON.parse(await readFile(join(notebooks, "stream.ipynb"), "utf8")) as {
      cells: { source: string[] }[];
    };
    stream.cells[1]!.source = ["print 48"];
    await writeFile(join(notebooks, "stream.ipynb"), JSON.stringify(stream));
    const third = await report();
    assert.deepEqual(cachedOf(third.summary), [
      ["parameters.ipynb", true],
      ["stream.ipynb", false],
    ]);
    assert.match(await readFile(join(out, "notebooks", "stream.ipynb"), "utf8"), /"48\\n"/);
  });

  it("a parameter set: only the notebook with a parameters cell runs (1 kernel start)", async () => {
    const fourth = await report({ overrides: { gpuCount: 2048 } });
    assert.deepEqual(cachedOf(fourth.summary), [
      ["parameters.ipynb", false],
      ["stream.ipynb", true],
    ]);
    assert.match(await readFile(join(out, "notebooks", "parameters.ipynb"), "utf8"), /gpuCount\\":2048/);
  });

  it("a dependency changed (the library, the data): everything runs (2 kernel starts)", async () => {
    await writeFile(dependency, "v2");
    const fifth = await report();
    assert.deepEqual(cachedOf(fifth.summary), [
      ["parameters.ipynb", false],
      ["stream.ipynb", false],
    ]);
  });

  it("a failing notebook added: the run fails into failed/, the good report is untouched byte for byte (1 kernel start)", async () => {
    const good = await snapshot(out);
    await addNotebook("runtime-error.ipynb", "failing");
    const failing = await report();
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
  });

  it("a failure is never cached: it runs again on the next run, the others come from the cache (2 kernel starts)", async () => {
    await addNotebook("runtime-error.ipynb", "failing");
    assert.equal((await report()).summary.status, "failed");
    const again = await report();
    assert.deepEqual(cachedOf(again.summary), [
      ["parameters.ipynb", true],
      ["runtime-error.ipynb", false],
      ["stream.ipynb", true],
    ]);
  });

  it("without the cache everything runs, and the next good run deletes failed/ and leaves no staging (3 kernel starts)", async () => {
    await addNotebook("runtime-error.ipynb", "failing");
    assert.equal((await report()).summary.status, "failed");
    assert.equal(existsSync(join(out, "failed")), true);
    await rm(join(notebooks, "runtime-error.ipynb"));
    const forced = await report({ cache: false });
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
  });

  it("a run interrupted after its first cell leaves the last good report byte for byte, and no staging (1 or 2 kernel starts)", async () => {
    const lastGood = await snapshot(out);
    const controller = new AbortController();
    const interrupted = await report({
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
   * Starts a report of the stand-in's notebook that spawns `sleep 127` and a detached `sleep 129` (a
   * session of its own, out of the kernel's group) and waits; resolves once launcher, kernel and both
   * sleeps run.
   */
  async function started() {
    const run = startCli(
      [
        "report",
        ...["--notebooks", join(STAND_IN_NOTEBOOKS, "orphans"), "--out", join(temp, "out"), "--no-cache"],
        ...["--kernel", "stand-in"],
      ],
      {
        ...STAND_IN_ENV,
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
