import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { headlineCsv } from "../../src/analysis/headline/headline-csv.js";
import { HEADLINE_MONTE_CARLO, headlineDraws } from "../../src/analysis/headline/headline-draws.js";
import { simulate } from "../../src/assumptions/simulate.js";
import { withExperiments } from "../../src/assumptions/with-experiments.js";
import { headlineRows } from "../../src/analysis/headline/headline-rows.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { COMMANDS } from "../../src/cli/commands.js";
import { toolHelp } from "../../src/cli/help.js";
import { sleep } from "../../src/runner/timing.js";
import { libraryMessage } from "../library-message.js";
import { STAND_IN_ENV } from "../helpers/stand-in.js";
import { processesMentioning, runCli, startCli } from "./run-cli.js";

/** A fixture notebook of the stand-in kernel, relative to the project (the CLI's working folder). */
const fixture = (path: string) => join("test", "runner", "fixtures", "stand-in", path);
/** The arguments and environment that run the stand-in kernel. */
const STAND_IN = ["--kernel", "stand-in"];

/** The Monte Carlo's figures `estimate` prints for `overrides`. */
function drawsOf(overrides: Record<string, unknown>) {
  const e = estimate(overrides);
  return headlineDraws(simulate(withExperiments(e.assumptions), HEADLINE_MONTE_CARLO), e.reported!.low);
}

// the command line's exits, messages and signals: on the stand-in kernel, whatever the kernel
describe("cli/cli", function () {
  this.timeout(120_000);
  let temp: string;
  beforeEach(async () => (temp = await mkdtemp(join(tmpdir(), "cli-test-"))));
  afterEach(() => rm(temp, { recursive: true, force: true }));

  it("from the command line (main.ts, each command loaded when it runs): --help, a bad option, estimate", async () => {
    // what test/cli/cli.test.ts and estimate-command.test.ts check in this process, once through the entry point
    const help = await runCli(["--help"]);
    assert.deepEqual([help.status, help.stdout], [0, `${toolHelp(COMMANDS)}\n`]);
    const bad = await runCli(["report", "--jbos", "2"]);
    assert.deepEqual(
      [bad.status, bad.stderr],
      [2, "gpu-cost-lab: Unknown option '--jbos' (see gpu-cost-lab report --help)\n"],
    );
    const csv = await runCli(["estimate", "--format", "csv", "--set", "gpuCount=2048"]);
    assert.deepEqual(
      [csv.status, csv.stdout, csv.stderr],
      // with the medians and intervals of the page's Monte Carlo (100,000 draws, seed 1)
      [0, headlineCsv(headlineRows(estimate({ gpuCount: 2048 }), drawsOf({ gpuCount: 2048 }))), ""],
    );
  });

  it("an unknown assumption or a bad value stops with the library's message, exit status 2, before any kernel starts", async () => {
    // a kernel that leaves a mark when started: it must never be
    const marker = join(temp, "kernel-started");
    await mkdir(join(temp, "jupyter", "kernels", "marker"), { recursive: true });
    await writeFile(
      join(temp, "jupyter", "kernels", "marker", "kernel.json"),
      JSON.stringify({ argv: ["sh", "-c", `touch ${marker}; sleep 30`] }),
    );
    for (const [command, arg, overrides] of [
      [["report"], "gpuCont=3", { gpuCont: 3 }],
      [["run", fixture("clean/parameters.ipynb")], "gpuCount=-3", { gpuCount: -3 }],
    ] as const) {
      {
        const result = await runCli([...command, "--set", arg, "--kernel", "marker", "--out", join(temp, "out")], {
          JUPYTER_PATH: join(temp, "jupyter"),
        });
        assert.deepEqual([result.status, result.stderr], [2, `gpu-cost-lab: ${libraryMessage(overrides)}\n`]);
      }
    }
    assert.equal(existsSync(marker), false, "no kernel was started");
    assert.equal(existsSync(join(temp, "out")), false, "nothing was written");
  });

  it("run on a notebook with a failing cell exits 1 naming the cell, its first lines and the kernel's diagnostic", async () => {
    const out = join(temp, "reply-error.ipynb");
    const result = await runCli(["run", fixture("failing/reply-error.ipynb"), "--out", out, ...STAND_IN], STAND_IN_ENV);
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr,
      "cell 3 of reply-error.ipynb failed:\n    // a diagnostic\n    fail 1:7 - the value is not a number\n1:7 - the value is not a number\n",
    );
    assert.equal(existsSync(out), false);
    assert.equal(existsSync(join(temp, "reply-error.failed.ipynb")), true);
    assert.match(
      result.stdout,
      /^running reply-error\.ipynb\nFAILED +reply-error\.ipynb {2}2 code cells {2}[\d.]+ s {2}→ .*reply-error\.failed\.ipynb\nwrote .*reply-error\.failed\.ipynb\n$/,
    );
  });

  it("run --timeout 1 on a hanging cell interrupts it and exits 1 naming the cell", async () => {
    const result = await runCli(
      ["run", fixture("failing/hang.ipynb"), "--out", join(temp, "hang.ipynb"), "--timeout", "1", ...STAND_IN],
      STAND_IN_ENV,
    );
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr,
      "cell 2 of hang.ipynb timed out after 1 s (the kernel was interrupted)\n    // waits until interrupted\n    hang\n    print never\n",
    );
  });

  it("run on a notebook whose kernel dies mid-cell exits 1 with 'kernel died while running cell 3 of …'", async () => {
    const result = await runCli(
      ["run", fixture("failing/kernel-killed.ipynb"), "--out", join(temp, "k.ipynb"), ...STAND_IN],
      STAND_IN_ENV,
    );
    assert.equal(result.status, 1);
    assert.equal(result.stderr, "kernel died while running cell 3 of kernel-killed.ipynb (it was killed by SIGKILL)\n");
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`report killed mid-run with ${signal} shuts every kernel down and leaves no report files`, async () => {
      const out = join(temp, "out");
      const run = startCli(["report", "--notebooks", fixture("failing"), "--jobs", "2", "--out", out, ...STAND_IN], {
        ...STAND_IN_ENV,
        TMPDIR: temp,
      });
      // wait until the run's kernels are up (their connection files live in its private temp folder)
      for (
        let waited = 0;
        waited < 60_000 && !(processesMentioning(temp).length >= 2 && run.stdout().includes("running"));
        waited += 100
      )
        await sleep(100);
      assert.ok(processesMentioning(temp).length >= 1, "kernels started");
      run.child.kill(signal);
      const result = await run.done;
      assert.equal(result.status, signal === "SIGTERM" ? 143 : 130);
      assert.deepEqual(processesMentioning(temp), [], "no kernel of the run survives");
      const written = existsSync(out) ? await readdir(out) : [];
      assert.deepEqual(
        written.filter((f) => f !== "notebooks"),
        [],
        "no summary or page, no temporary files",
      );
    });
  }
});
