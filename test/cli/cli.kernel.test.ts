import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HELP, main } from "../../src/cli/cli.js";
import { REPORT_HELP } from "../../src/cli/report-command.js";
import { RUN_HELP } from "../../src/cli/run-command.js";
import { sleep } from "../../src/runner/timing.js";
import { libraryMessage } from "../library-message.js";
import { processesMentioning, runCli, startCli } from "./run-cli.js";

const fixture = (path: string) => join("test", "runner", "fixtures", path);

/** Runs the CLI's `main` in this process, capturing what it prints (for cases that start no kernel). */
async function inProcess(args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const { log, error } = console;
  console.log = (...parts: unknown[]) => void (stdout += `${parts.join(" ")}\n`);
  console.error = (...parts: unknown[]) => void (stderr += `${parts.join(" ")}\n`);
  try {
    const status = await main(args, new AbortController().signal);
    return { status, stdout, stderr };
  } finally {
    Object.assign(console, { log, error });
  }
}

describe("cli/cli", function () {
  this.timeout(120_000);
  let temp: string;
  beforeEach(async () => (temp = await mkdtemp(join(tmpdir(), "cli-test-"))));
  afterEach(() => rm(temp, { recursive: true, force: true }));

  it("--help prints the usage of the tool and of each command, with exit status 0", async () => {
    for (const [args, text] of [
      [["--help"], HELP],
      [["run", "--help"], RUN_HELP],
      [["report", "-h"], REPORT_HELP],
    ] as const) {
      assert.deepEqual(await inProcess(args), { status: 0, stdout: `${text}\n`, stderr: "" });
    }
    const child = await runCli(["--help"]);
    assert.deepEqual([child.status, child.stdout], [0, `${HELP}\n`], "the same from the command line");
  });

  it("bad arguments stop with one clear line and exit status 2", async () => {
    const cases: Array<[string[], string]> = [
      [["report", "--jbos", "2"], "Unknown option '--jbos' (see gpu-cost-lab report --help)"],
      [["rnu"], 'invalid command: "rnu" (expected run or report; see gpu-cost-lab --help)'],
      [["run"], "Expected one NOTEBOOK, got 0 (see gpu-cost-lab run --help)"],
      [["run", "--timeout"], "Option '--timeout <value>' argument missing (see gpu-cost-lab run --help)"],
      [["report", "--jobs", "0"], 'invalid --jobs: "0" (expected a positive whole number)'],
      [["report", "--timeout", "soon"], 'invalid --timeout: "soon" (expected a positive number of seconds)'],
      [
        ["report", "--scenario", "artcle"],
        'invalid scenario: "artcle" (expected one of: article, deepseek-paper, full-programme, spec-speed)',
      ],
      [["report", "--set", "gpuCount"], 'invalid --set: "gpuCount" (expected key=value)'],
    ];
    for (const [args, message] of cases) {
      assert.deepEqual(
        await inProcess(args),
        { status: 2, stdout: "", stderr: `gpu-cost-lab: ${message}\n` },
        args.join(" "),
      );
    }
    const child = await runCli(["report", "--jbos", "2"]);
    assert.deepEqual(
      [child.status, child.stderr],
      [2, "gpu-cost-lab: Unknown option '--jbos' (see gpu-cost-lab report --help)\n"],
      "the same from the command line",
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

  it("run on a notebook with a type error exits 1 naming the cell, its first lines and the diagnostic", async () => {
    const out = join(temp, "type-error.ipynb");
    const result = await runCli(["run", fixture("failing/type-error.ipynb"), "--out", out]);
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr,
      "cell 3 of type-error.ipynb failed:\n    const hours: number = \"2788K\";\n    console.log(hours);\n1:7 - Type 'string' is not assignable to type 'number'.\n",
    );
    assert.equal(existsSync(out), false);
    assert.equal(existsSync(join(temp, "type-error.failed.ipynb")), true);
    assert.match(
      result.stdout,
      /^running type-error\.ipynb\nFAILED +type-error\.ipynb {2}2 code cells {2}[\d.]+ s {2}→ .*type-error\.failed\.ipynb\nwrote .*type-error\.failed\.ipynb\n$/,
    );
  });

  it("run --timeout 1 on a hanging cell interrupts it and exits 1 naming the cell", async () => {
    const result = await runCli([
      "run",
      fixture("failing/hang.ipynb"),
      "--out",
      join(temp, "hang.ipynb"),
      "--timeout",
      "1",
    ]);
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr,
      "cell 2 of hang.ipynb timed out after 1 s (the kernel was interrupted)\n    let spins = 0;\n    while (true) {\n      spins++;\n    … (1 more line)\n",
    );
  });

  it("run on a notebook whose kernel dies mid-cell exits 1 with 'kernel died while running cell 3 of …'", async () => {
    const result = await runCli(["run", fixture("failing/kernel-killed.ipynb"), "--out", join(temp, "k.ipynb")]);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, "kernel died while running cell 3 of kernel-killed.ipynb (it was killed by SIGKILL)\n");
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`report killed mid-run with ${signal} shuts every kernel down and leaves no report files`, async () => {
      const out = join(temp, "out");
      const run = startCli(["report", "--notebooks", fixture("failing"), "--jobs", "2", "--out", out], {
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
